#!/bin/bash
# Samples a command's memory while it runs, to see when its peak falls.
#
#   benches/rss.sh juxta build -q --force        # in a project folder
#
# Prints the command's stage timings (JUXTA_TIMINGS=1) with the second each
# ended, then every 0.2 s: seconds since the start, process id, VmRSS,
# RssAnon (heap) and RssFile (mapped files: the binary, the index), in KB,
# for the command and the template's child process.
set -u
start=$(date +%s.%N)
since() { echo "$(date +%s.%N) - $start" | bc | cut -c1-7; }
JUXTA_TIMINGS=1 "$@" 2> >(while IFS= read -r l; do echo "$(since) $l"; done) &
pid=$!
while kill -0 "$pid" 2>/dev/null; do
  for p in "$pid" $(pgrep -P "$pid"); do
    r=$(grep -E "VmRSS|RssAnon|RssFile" "/proc/$p/status" 2>/dev/null | awk '{printf "%s ", $2}')
    [ -n "$r" ] && echo "$(since) rss $p $r"
  done
  sleep 0.2
done
wait "$pid"
