# tools/tree_rss.sh: sourced by the benchmarks. tree_rss PID prints the
# resident memory (KiB) of a process and its children, from /proc: tally's
# supervisor and its worker processes together (also left in TREE_RSS_KIB,
# so that a caller need not fork a subshell to read it). Bash builtins only:
# a sampler that started awk and cat twenty times a second took a share of
# the 2 cores of the runs it measured.
tree_rss() {
  local total=0 p f kids="" more key kib _
  for f in /proc/"$1"/task/*/children; do
    # (The list ends without a newline, so read reports end of file.)
    more=""
    read -r more <"$f" 2>/dev/null || true
    kids+=" $more"
  done
  for p in "$1" $kids; do
    # A process may exit between the reads.
    while read -r key kib _; do
      if [[ $key == VmRSS: ]]; then
        total=$((total + kib))
        break
      fi
    done 2>/dev/null <"/proc/$p/status" || true
  done
  TREE_RSS_KIB=$total
  echo "$total"
}

# pause SECONDS: sleeps without starting a process (read's timeout on a
# pipe nobody writes to).
pause() {
  [[ -n ${_pause_fd:-} ]] || exec {_pause_fd}<> <(:)
  read -rt "$1" -u "$_pause_fd" || true
}

# watch_tree PID: waits for PID (a child of this shell), sampling tree_rss
# every 0.05 s; sets PEAK_KIB to the largest sample and returns PID's exit
# status.
watch_tree() {
  PEAK_KIB=0
  while kill -0 "$1" 2>/dev/null; do
    tree_rss "$1" >/dev/null
    ((TREE_RSS_KIB > PEAK_KIB)) && PEAK_KIB=$TREE_RSS_KIB
    pause 0.05
  done
  wait "$1"
}
