#!/bin/sh
# Takes the audit's cost apart: builds the copies of setup.sql, then runs pgbench once over the single-row inserts and
# once over the single-row updates of every copy, the scripts chosen at random per transaction, and prints each
# copy's mean latency of the opening, the statement and the commit (pgbench -r).
#
#   run.sh [seconds per run, default 120]
#
# Connection: the libpq environment (PGHOST, PGPORT, PGDATABASE); PGUSER a superuser; ATLVS_RUNTIME_ROLE the
# run-time role (default atlvs_app), which must be able to log in without a password prompt (PGPASSWORD, .pgpass or trust).
set -eu
seconds=${1:-120}
here=$(cd "$(dirname "$0")" && pwd)
variants="off nothing constant_row whole_rows claimed_random_ids claimed verified indexed policy notifying audited"
. "$here/scripts.sh"
for operation in insert update; do
    scripts=""
    for variant in $variants; do
        # constant_row writes an insert's audit row whatever the statement: it stands for the trail's insert only there
        if [ "$operation" = update ] && [ "$variant" = constant_row ]; then continue; fi
        scripts="$scripts -f $work/$operation-$variant.sql"
    done
    echo "$operation, $seconds s, mean latency in ms: opening, statement, commit"
    PGUSER="$runtime" pgbench -n -M prepared -r -T "$seconds" $scripts 2>&1 | awk -v op="$operation" '
        /^SQL script/ { name = $NF; sub(/.*\//, "", name); sub(/\.sql$/, "", name); sub(op "-", "", name); n = 0 }
        /^ +[0-9.]+ +[0-9]+ +/ { n++; value[n] = $1; if (n == 4) printf "  %-20s %s %s %s\n", name, value[2], value[3], value[4] }
        /^ *(- )?number of failed transactions: [1-9]|ERROR|error:/ { print }'
done
