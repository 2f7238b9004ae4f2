# Sourced by run.sh and pair.sh, with $here (their directory) and $variants set: makes the copies of setup.sql and a
# working directory $work (removed on exit), then writes $work/insert-<variant>.sql and $work/update-<variant>.sql for
# each variant (open a tenant transaction, write one task, commit) and runs each once, stopping unless its statement
# writes exactly one task. $runtime: the run-time role.
runtime=${ATLVS_RUNTIME_ROLE:-atlvs_app}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
trap 'exit 1' HUP INT PIPE TERM
psql -X -q -v runtime="$runtime" -f "$here/setup.sql" >/dev/null
# An active owner, one of their organization's projects and one of its tasks.
set -- $(psql -X -At -F ' ' -c "select m.organization_id, m.user_id, t.project_id, t.id
    from atlvs.organization_members m join atlvs.project_tasks t on t.organization_id = m.organization_id
   where m.role = 'owner' and m.status = 'active' and t.deleted_at is null
   order by m.organization_id, t.id limit 1")
org=$1 actor=$2 project=$3 task=$4
open="select atlvs.begin_tenant_transaction('$org', '$actor', null, 'default', now(), audit_parts.proof('$org', '$actor', now())) is not null;"
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
