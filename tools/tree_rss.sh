# tools/tree_rss.sh: sourced by the benchmarks. tree_rss PID prints the
# resident memory (KiB) of a process and its children, from /proc: tally's
# supervisor and its worker processes together.
tree_rss() {
  local total=0 p kib
  for p in "$1" $(cat /proc/"$1"/task/*/children 2>/dev/null); do
    kib=$(awk '/^VmRSS:/ {print $2}' /proc/"$p"/status 2>/dev/null || true)
    total=$((total + ${kib:-0}))  # a process may exit between the reads
  done
  echo "$total"
}

# watch_tree PID: waits for PID (a child of this shell), sampling tree_rss
# every 0.05 s; sets PEAK_KIB to the largest sample and returns PID's exit
# status.
watch_tree() {
  local rss
  PEAK_KIB=0
  while kill -0 "$1" 2>/dev/null; do
    rss=$(tree_rss "$1")
    ((rss > PEAK_KIB)) && PEAK_KIB=$rss
    sleep 0.05
  done
  wait "$1"
}
