#!/usr/bin/env sh
# Whole-process timings of two commands, run in turn (A B, B A, A B, ...) so that both meet the
# same load on a shared machine; prints each command's median wall time and CPU time and the
# median of the B/A ratios of the pairs.
#
# usage: src/jmh/scripts/paired-timings.sh ROUNDS 'COMMAND A' 'COMMAND B'
# Each run gets an empty folder in $OUT, e.g.
#   src/jmh/scripts/paired-timings.sh 10 'java -jar old.jar run --seed 2 --out "$OUT"' './sahelsim run --seed 2 --out "$OUT"'
set -e
rounds=$1
a=$2
b=$3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
once() { # label command
  OUT="$work/out"
  rm -rf "$OUT"
  export OUT
  /usr/bin/time -f "%e %U %S" -o "$work/time" sh -c "$2" > /dev/null 2> "$work/err" || { cat "$work/err" >&2; exit 1; }
  read -r wall user sys < "$work/time"
  echo "$1 $wall $user $sys" | awk '{print $1, $2, $3 + $4}' >> "$work/runs"
}
i=0
while [ "$i" -lt "$rounds" ]; do
  if [ $((i % 2)) = 0 ]; then once A "$a"; once B "$b"; else once B "$b"; once A "$a"; fi
  i=$((i + 1))
done
median() { sort -n | awk '{v[NR]=$1} END {if (NR % 2) print v[(NR+1)/2]; else printf "%.3f\n", (v[NR/2]+v[NR/2+1])/2}'; }
for label in A B; do
  wall=$(awk -v l=$label '$1==l {print $2}' "$work/runs" | median)
  cpu=$(awk -v l=$label '$1==l {print $3}' "$work/runs" | median)
  echo "$label: median wall ${wall} s, median CPU (user+sys) ${cpu} s over $rounds runs"
done
# ratios per pair: the k-th run of B over the k-th run of A
awk '$1=="A" {a[++na]=$2; ac[na]=$3} $1=="B" {b[++nb]=$2; bc[nb]=$3} END {for (k=1;k<=na;k++) print b[k]/a[k], bc[k]/ac[k]}' "$work/runs" > "$work/ratios"
echo "B/A: median wall ratio $(cut -d' ' -f1 "$work/ratios" | median), median CPU ratio $(cut -d' ' -f2 "$work/ratios" | median)"
echo "load average at the end: $(cut -d' ' -f1-3 /proc/loadavg 2>/dev/null || uptime)"
