-- Findings of the benchmark suite (atlvs-benchmarks) at multi-tenant scale.

-- A project's live tasks by due date, the order of its schedule and Gantt views: a keyset page over
-- (due_date, id) reads its 50 rows straight from this index instead of sorting every dated task of the
-- project (4.3 ms -> 0.2 ms for a project of 2,500 tasks; the cost no longer grows with the project).
create index project_tasks_project_due_idx on atlvs.project_tasks (organization_id, project_id, due_date, id)
    where deleted_at is null;

-- The row triggers below look rows up in the table they guard. PL/pgSQL caches the plans of those
-- lookups per session; planned while a table is still small (a new tenant, a fresh database, the start
-- of a bulk load), the cached plan scans the whole table, and every later row of a large COPY or
-- INSERT ... SELECT pays a scan of a growing table: loading 100,000 tasks took 5 minutes (326 rows/s).
-- Their lookups are always by a key that leads one of the table's indexes, so an index scan is the
-- right plan at any size; the functions are planned without sequential scans (13,000 rows/s).
alter function atlvs.check_project_task() set enable_seqscan = off;
alter function atlvs.check_project_dependency() set enable_seqscan = off;
alter function atlvs.check_comment() set enable_seqscan = off;
