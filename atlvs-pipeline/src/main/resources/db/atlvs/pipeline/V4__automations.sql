-- Pipeline automations are rules of the core's rule store (settings_workflows, core V32) whose module is pipeline: the
-- audit's pipeline_automations survives as a view of them. Their trigger types (pipeline.stage_entered,
-- pipeline.idle_days, pipeline.value_above, pipeline.close_date_passed) and action types (pipeline.create_task,
-- pipeline.notify_owner, pipeline.set_probability, pipeline.move_stage) are contributed by the module in Java and run
-- by the core's automation engine.

create view atlvs.pipeline_automations with (security_invoker = true) as
select w.organization_id, w.id, w.name, w.description, w.trigger_type, w.trigger_config, w.conditions, w.actions,
       w.is_active, w.fail_on_error, w.run_as, w.run_count, w.last_run_at, w.last_error, w.created_at, w.created_by,
       w.updated_at, w.updated_by, w.version
  from atlvs.settings_workflows w
 where w.module = 'pipeline' and w.kind = 'automation' and w.deleted_at is null;

comment on view atlvs.pipeline_automations is
    'The audit''s pipeline_automations: the live automation rules of settings_workflows whose module is pipeline '
    '(triggers stage_entered, idle_days, value_above, close_date_passed; actions create_task, notify_owner, '
    'set_probability, move_stage). Read-only; rules are written through the core''s AutomationRules.';
