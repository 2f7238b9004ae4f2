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
runtime=${ATLVS_RUNTIME_ROLE:-atlvs_app}
here=$(cd "$(dirname "$0")" && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

psql -X -q -v runtime="$runtime" -f "$here/setup.sql" >/dev/null
# An active owner, one of their organization's projects and one of its tasks.
set -- $(psql -X -At -F ' ' -c "select m.organization_id, m.user_id, t.project_id, t.id
    from atlvs.organization_members m join atlvs.project_tasks t on t.organization_id = m.organization_id
   where m.role = 'owner' and m.status = 'active' and t.deleted_at is null
   order by m.organization_id, t.id limit 1")
org=$1 actor=$2 project=$3 task=$4
open="select atlvs.begin_tenant_transaction('$org', '$actor', null, 'default', now(), audit_parts.proof('$org', '$actor', now())) is not null;"
variants="off nothing constant_row whole_rows claimed_random_ids claimed verified indexed policy notifying audited"
for variant in $variants; do
    printf 'begin;\n%s\ninsert into audit_parts.tasks_%s (organization_id, id, project_id, title, status, priority, start_date, due_date, position) values (%s, gen_random_uuid(), %s, %s, %s, %s, current_date, current_date + 7, 0) returning *;\ncommit;\n' \
        "$open" "$variant" "'$org'" "'$project'" "'Benchmark task'" "'todo'" "'medium'" > "$work/insert-$variant.sql"
    printf 'begin;\n%s\nupdate audit_parts.tasks_%s set title = %s || (random() * 1000)::int, priority = %s where organization_id = %s and id = %s returning *;\ncommit;\n' \
        "$open" "$variant" "'Task '" "'high'" "'$org'" "'$task'" > "$work/update-$variant.sql"
done
# Each script once before the runs: its statement must write exactly one task, or the run would time something else.
for script in "$work"/*.sql; do
    written=$(PGUSER="$runtime" psql -X -q -v ON_ERROR_STOP=1 -At -f "$script" | grep -c '^[0-9a-f]\{8\}-' || true)
    if [ "$written" != 1 ]; then
        echo "$(basename "$script"): the statement wrote $written rows, not 1" >&2
        exit 1
    fi
done
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
