-- Indexes, planner settings and statistics of the task tables, found by the benchmark suite
-- (atlvs-benchmarks) at multi-tenant scale.

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

-- The same cached plans, made on a small table, tie between indexes and may pick one that serves only a
-- prefix of the lookup: the "sub-tasks still open" check of a task completion then read every task of the
-- project through (organization_id, project_id, due_date, id), and the dependency cycle walk hashed every
-- edge of the project at each step. Both grew with the size of the project on every row (a 635,000-task
-- tenant loaded at a few rows per second). The check gets an index that matches it exactly, so it is the
-- cheapest at any size; the walk (V1) probes the edges of each reached task by their index.
create index project_tasks_open_children_idx on atlvs.project_tasks (organization_id, project_id, parent_task_id)
    where deleted_at is null and parent_task_id is not null and status not in ('done', 'cancelled');

-- A project belongs to one organization, so a filter on both columns is as selective as one on the project:
-- without saying so, the planner multiplies their selectivities, expects one row per project where a large
-- one has thousands, and the generic plan of a prepared statement (the plan pgjdbc's server-side statements
-- settle on after five executions) pages a project's tasks by sorting all of them through whichever
-- (organization_id, project_id, ...) index it meets first: 6.3 ms instead of 0.6 ms for a 3,300-task project
-- at 5 million tasks. Functional-dependency statistics on the pair give it the right estimate.
create statistics atlvs.project_tasks_project_stats (dependencies, ndistinct) on organization_id, project_id
    from atlvs.project_tasks;
create statistics atlvs.project_dependencies_project_stats (dependencies, ndistinct) on organization_id, project_id
    from atlvs.project_dependencies;
create statistics atlvs.project_milestones_project_stats (dependencies, ndistinct) on organization_id, project_id
    from atlvs.project_milestones;
