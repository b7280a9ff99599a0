#!/usr/bin/env sh
# Where a command's processor time goes, by thread, as Linux's scheduler counts it: for each
# kind of thread of the JVM (the model's worker threads, the optimising and the quick
# compiler, the main thread, the collector), the seconds it ran and the seconds it was ready
# to run but waited for a processor. On a shared machine the first is what the work cost and
# the second what the other work on the machine took from it; a thread that neither ran nor
# waited was blocked (a lock, the collector) or idle. Linux only (/proc/PID/task/TID/schedstat).
#
# usage: src/jmh/scripts/thread-times.sh COMMAND [ARGS...]
#   src/jmh/scripts/thread-times.sh java -jar target/sahelsim.jar compare default france-stays --seeds 20 --threads 2
# The threads are read every 0.1 s: a thread that ends between two readings loses its last 0.1 s.
set -e
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
start=$(date +%s.%N)
"$@" > "$work/out" 2> "$work/err" &
pid=$!
while kill -0 "$pid" 2> /dev/null; do
  for t in /proc/"$pid"/task/*; do
    [ -r "$t/schedstat" ] || continue
    name=$(cat "$t/comm" 2> /dev/null) || continue
    stat=$(cat "$t/schedstat" 2> /dev/null) || continue
    printf '%s\t%s\t%s\n' "${t##*/}" "$name" "$stat"
  done >> "$work/samples"
  sleep 0.1
done
rc=0
wait "$pid" || rc=$?
end=$(date +%s.%N)
[ "$rc" = 0 ] || { cat "$work/err" >&2; echo "the command failed ($rc)" >&2; }
awk -F '\t' -v start="$start" -v end="$end" '
  { split($3, s, " "); run[$1] = s[1]; wait[$1] = s[2]; name[$1] = $2 }
  END {
    for (t in run) {
      n = name[t]
      if (n ~ /^C2 Compiler/) k = "optimising compiler (C2)"
      else if (n ~ /^C1 Compiler/) k = "quick compiler (C1)"
      else if (n ~ /^pool-/) k = "worker threads"
      else if (n ~ /^(GC|G1|VM Thread)/) k = "collector and VM"
      else if (n == "java") k = "main thread"
      else k = "other threads"
      r[k] += run[t] / 1e9; w[k] += wait[t] / 1e9; total += run[t] / 1e9
    }
    printf "wall %.2f s, processor time of all threads %.2f s\n", end - start, total
    for (k in r) printf "  %-26s ran %7.2f s, waited for a processor %7.2f s\n", k, r[k], w[k] | "sort"
  }' "$work/samples"
exit "$rc"
