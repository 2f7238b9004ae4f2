-- The optional references of projects and tasks lose their target when it is deleted (the column is set to
-- null, the row stays) through the trigger of core's atlvs.null_on_delete instead of ON DELETE SET NULL, which
-- Citus refuses on keys that hold the distribution column (organization_id).

select atlvs.null_on_delete('atlvs.projects', 'projects_manager_fkey');
select atlvs.null_on_delete('atlvs.projects', 'projects_location_fkey');
select atlvs.null_on_delete('atlvs.project_tasks', 'project_tasks_milestone_fkey');
select atlvs.null_on_delete('atlvs.project_tasks', 'project_tasks_assignee_fkey');
select atlvs.null_on_delete('atlvs.project_tasks', 'project_tasks_reporter_fkey');
select atlvs.null_on_delete('atlvs.project_resources', 'project_resources_task_fkey');
select atlvs.null_on_delete('atlvs.project_timelines', 'project_timelines_baseline_of_fkey');
