# tools/kill_resume.sh: sourced by the benchmarks that check resuming.
#
#   kill_resume KILLS WALL MAX_FRACTION DB TOTAL COMMAND...
#
# Runs COMMAND (an ingest into DB) KILLS times, each time killing it with
# SIGKILL after a random 5% .. MAX_FRACTION of WALL seconds (an
# uninterrupted run's time; each run resumes the last, so the kills land
# mid-batch), and says after each kill how many of TOTAL documents DB holds,
# or that the run had ended before the kill. Then runs COMMAND once more to
# the end. Compare DB with an uninterrupted run's with same_content
# (tools/db_content.sh).
kill_resume() {
  local kills=$1 wall=$2 max=$3 db=$4 total=$5 k delay pid stored
  shift 5
  for ((k = 1; k <= kills; k++)); do
    delay=$(awk -v w="$wall" -v m="$max" -v s="$RANDOM" \
      'BEGIN {srand(s); printf "%.2f", w * (0.05 + (m - 0.05) * rand())}')
    "$@" &
    pid=$!
    sleep "$delay"
    # A process that ended but is not yet reaped (Z) can still be "killed".
    if [ "$(awk '{print $3}' /proc/"$pid"/stat 2>/dev/null)" != Z ] &&
      kill -9 "$pid" 2>/dev/null; then
      wait "$pid" 2>/dev/null || true
      stored=$(sqlite3 "$db" "SELECT count(*) FROM documents" 2>/dev/null || echo 0)
      echo "kill $k after ${delay}s: $stored of $total documents stored"
    else
      wait "$pid" 2>/dev/null || true
      echo "kill $k after ${delay}s: missed, the run had ended"
    fi
  done
  "$@" || true
}
