#!/bin/sh
# Audit on / off as one pair: the single-row insert and update of copy `off` and of copy `audited` (setup.sql), four
# scripts chosen at random per transaction in one pgbench run that logs every transaction (pgbench -l). Prints, per
# operation, the median latency of each side over the run and their ratio, then the ratio of the medians in each tenth
# of the run and an interval over the tenths (batch means: the mean of the ten ratios, plus or minus 2.262, the
# t quantile for 9 degrees of freedom, times their standard deviation over the square root of ten). Two runs, say one
# quiet and one beside other work, can then be set side by side.
#
#   pair.sh [seconds, default 150]
#
# Connection as for run.sh.
set -eu
seconds=${1:-150}
here=$(cd "$(dirname "$0")" && pwd)
variants="off audited"
. "$here/scripts.sh"
if ! (cd "$work" && PGUSER="$runtime" pgbench -n -M prepared -T "$seconds" -l --log-prefix=tx \
        -f insert-off.sql -f insert-audited.sql -f update-off.sql -f update-audited.sql >pgbench.out 2>&1); then
    cat "$work/pgbench.out" >&2
    exit 1
fi

# One line per transaction: script number (0 insert off, 1 insert audited, 2 update off, 3 update audited), the tenth
# of the run it ended in, its latency in µs.
cat "$work"/tx.* | awk '{ script[NR] = $4; latency[NR] = $3; t[NR] = $5 * 1000000 + $6
                           if (NR == 1 || t[NR] < first) first = t[NR]; if (NR == 1 || t[NR] > last) last = t[NR] }
    END { for (i = 1; i <= NR; i++) print script[i], int((t[i] - first) * 10 / (last - first + 1)), latency[i] }' \
    > "$work/transactions"

# The median of each script's latencies, over the run (tenth "all") and in each tenth.
median() {
    sort -k1,1n -k2,2 -k3,3n | awk '
        function flush() { if (n > 0) { m = (n % 2) ? v[(n + 1) / 2] : (v[n / 2] + v[n / 2 + 1]) / 2; print key, m } n = 0 }
        { k = $1 " " $2; if (k != key) { flush(); key = k } v[++n] = $3 }
        END { flush() }'
}
{
    awk '{ print $1, "all", $3 }' "$work/transactions" | median
    median < "$work/transactions"
} > "$work/medians"

echo "audit on / off, $seconds s, $(wc -l < "$work/transactions") transactions (opening, statement, commit)"
awk '
    { median[$1, $2] = $3 }
    END {
        split("insert update", operation, " ")
        for (o = 1; o <= 2; o++) {
            off = 2 * (o - 1); on = off + 1
            sum = 0; squares = 0; low = 0; high = 0
            for (s = 0; s < 10; s++) {
                r = median[on, s] / median[off, s]
                sum += r; squares += r * r
                if (s == 0 || r < low) low = r
                if (s == 0 || r > high) high = r
            }
            mean = sum / 10; deviation = sqrt((squares - 10 * mean * mean) / 9); half = 2.262 * deviation / sqrt(10)
            printf "  %s: median off %.1f µs, audited %.1f µs, ratio %.3f; by tenths %.3f [%.3f, %.3f], tenths from %.3f to %.3f\n",
                operation[o], median[off, "all"], median[on, "all"], median[on, "all"] / median[off, "all"],
                mean, mean - half, mean + half, low, high
        }
    }' "$work/medians"
