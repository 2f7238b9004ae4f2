-- The domain event types the projects module publishes (see atlvs.event_types).
select atlvs.register_event_type('project.created', 'project', 'a project was created');
select atlvs.register_event_type('project.status_changed', 'project', 'a project moved to another status');
select atlvs.register_event_type('task.created', 'task', 'a task was created');
select atlvs.register_event_type('task.status_changed', 'task', 'a task moved to another status');
