-- The task rules run on insert only for a row a rule can apply to.
--
-- On insert, atlvs.check_project_task decides two things about a new task: that it does not close a cycle of
-- parents and is not an open sub-task of a done task (both need a parent), and that a task inserted as done has
-- no open sub-task (it needs the status done). A task inserted without a parent and not done has nothing to decide;
-- the trigger's first step for it, refusing a row of another organization, raises exactly the error the tenant
-- policy's check raises for that row anyway ("new row violates row-level security policy for table
-- "project_tasks"", SQLSTATE 42501). So the insert trigger fires only for rows with a parent or done, and skips
-- the PL/pgSQL call (about 8 µs per row, a tenant verification among it) for the others: most tasks of a bulk
-- load, and every top-level task created open. Updates keep the trigger on every row.
drop trigger check_project_task on atlvs.project_tasks;
create trigger check_project_task
    before insert on atlvs.project_tasks
    for each row when (new.parent_task_id is not null or new.status = 'done')
    execute function atlvs.check_project_task();
create trigger check_project_task_update
    before update on atlvs.project_tasks
    for each row execute function atlvs.check_project_task();
