-- Automations: the one rule store of every module (settings_workflows) and the log of what its automations did
-- (automation_runs). A rule names a trigger type contributed by a module (pipeline.stage_entered), a configuration of
-- that trigger, conditions over the entity's state and the actions to run, in order; the SDK's automation engine
-- (dev.atlvs.core.automation) matches, evaluates and runs them inside the tenant transaction that raised the event,
-- and records each execution. Approval policies are rules of the same store (kind approval_policy) that the engine
-- does not execute.
--
-- The shapes of configurations, conditions and actions depend on the module's trigger and action types, which only
-- the SDK knows: the database holds their JSON kinds, the SDK their contents. A set of rules that would trigger one
-- another in a circle is refused by the SDK when a rule is saved (settings_workflows_loop); a loop written around it
-- is stopped by the engine at run time (each rule runs once per entity and chain, and a chain stops at its depth
-- limit), recorded as a skipped run.

create table atlvs.settings_workflows (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    module          text        not null,
    kind            text        not null default 'automation',
    name            text        not null,
    description     text,
    trigger_type    text        not null,
    trigger_config  jsonb       not null default '{}',
    conditions      jsonb       not null default '{}',
    actions         jsonb       not null default '[]',
    is_active       boolean     not null default true,
    fail_on_error   boolean     not null default false,
    run_as          text        not null default 'system',
    run_count       bigint      not null default 0,
    last_run_at     timestamptz,
    last_error      text,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    deleted_at      timestamptz,
    constraint settings_workflows_pkey primary key (organization_id, id),
    constraint settings_workflows_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint settings_workflows_module_check check (length(btrim(module)) between 1 and 50),
    constraint settings_workflows_kind_check check (kind in ('automation', 'approval_policy')),
    constraint settings_workflows_name_check check (length(btrim(name)) between 1 and 200),
    constraint settings_workflows_description_check check (length(description) <= 2000),
    constraint settings_workflows_trigger_type_check check (length(btrim(trigger_type)) between 1 and 100),
    constraint settings_workflows_trigger_config_check check (jsonb_typeof(trigger_config) = 'object'),
    constraint settings_workflows_conditions_check check (jsonb_typeof(conditions) = 'object'),
    constraint settings_workflows_actions_check check (jsonb_typeof(actions) = 'array'),
    constraint settings_workflows_run_as_check check (run_as in ('system', 'creator')),
    constraint settings_workflows_run_count_check check (run_count >= 0),
    constraint settings_workflows_last_error_check check (length(last_error) <= 1000)
);
-- One live rule of a name per module and organization.
create unique index settings_workflows_name_unique on atlvs.settings_workflows (organization_id, module, name)
    where deleted_at is null;
-- The engine's look-up: the active automations of a trigger type.
create index settings_workflows_trigger_idx on atlvs.settings_workflows (organization_id, trigger_type)
    where is_active and deleted_at is null and kind = 'automation';
select atlvs.register_tenant_table('atlvs.settings_workflows', soft_delete => true);

comment on table atlvs.settings_workflows is
    'The rules of every module: automations (a trigger type with its configuration, conditions over the entity''s '
    'state, actions in order) and approval policies, told apart by kind. Executed by the SDK''s automation engine, '
    'which counts the runs and keeps the last error; each run is in automation_runs.';
comment on column atlvs.settings_workflows.module is 'The module that contributes the trigger type (pipeline, finance, ...).';
comment on column atlvs.settings_workflows.trigger_type is 'A trigger type of the module: <module>.<what>, such as pipeline.stage_entered.';
comment on column atlvs.settings_workflows.conditions is
    'Conditions over the entity''s state: {} (always), {"all": [...]}, {"any": [...]}, {"not": {...}} or '
    '{"field": ..., "op": ..., "value": ...} with op one of eq, ne, gt, gte, lt, lte, in, not_in, contains, is_null, '
    'not_null, changed.';
comment on column atlvs.settings_workflows.actions is 'The actions, in order: [{"type": "<module>.<what>", "params": {...}}, ...].';
comment on column atlvs.settings_workflows.fail_on_error is
    'Whether a failing action fails the transaction that raised the event; otherwise the failure is recorded '
    '(last_error and a failed run) and the rule''s other actions are undone.';

-- The log of executions: one row per rule and event, whatever the outcome. A time-based trigger fires a rule once
-- per occurrence: its runs carry the occurrence (an idle period, a close date), unique per rule and entity. Events
-- raised by actions run in the chain of the event that caused them, one level deeper.
create table atlvs.automation_runs (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    workflow_id     uuid        not null,
    entity_type     text        not null,
    entity_id       uuid        not null,
    trigger_type    text        not null,
    occurrence      text,
    chain_id        uuid        not null,
    depth           integer     not null,
    outcome         text        not null,
    actions         jsonb       not null default '[]',
    error           text,
    ran_at          timestamptz not null,
    constraint automation_runs_pkey primary key (organization_id, id),
    constraint automation_runs_workflow_fkey foreign key (organization_id, workflow_id)
        references atlvs.settings_workflows (organization_id, id) on delete cascade,
    constraint automation_runs_occurrence_unique unique (organization_id, workflow_id, entity_id, occurrence),
    constraint automation_runs_entity_type_check check (length(btrim(entity_type)) between 1 and 100),
    constraint automation_runs_trigger_type_check check (length(btrim(trigger_type)) between 1 and 100),
    constraint automation_runs_occurrence_check check (length(occurrence) <= 200),
    constraint automation_runs_depth_check check (depth >= 0),
    constraint automation_runs_outcome_check check (outcome in ('succeeded', 'failed', 'skipped')),
    constraint automation_runs_actions_check check (jsonb_typeof(actions) = 'array'),
    constraint automation_runs_error_check check (length(error) <= 1000)
);
create index automation_runs_workflow_idx on atlvs.automation_runs (organization_id, workflow_id, ran_at);
create index automation_runs_entity_idx on atlvs.automation_runs (organization_id, entity_id, ran_at);
create index automation_runs_chain_idx on atlvs.automation_runs (organization_id, chain_id);
select atlvs.register_log_table('atlvs.automation_runs');

-- Runs are never changed, and removed only with their rule (a rule is soft-deleted by the SDK; a hard delete, such as
-- the purge of an organization, takes its runs along inside the foreign key's trigger).
create function atlvs.check_automation_run() returns trigger
    language plpgsql
    set search_path = pg_catalog
as $$
begin
    if tg_op = 'DELETE' and pg_trigger_depth() > 1 then
        return old;
    end if;
    raise exception 'automation_runs is append-only'
        using errcode = 'insufficient_privilege', table = 'automation_runs';
end
$$;

create trigger append_only
    before update or delete on atlvs.automation_runs
    for each row execute function atlvs.check_automation_run();

comment on table atlvs.automation_runs is
    'What each automation did: one row per rule and event (succeeded, failed or skipped, with the actions taken and '
    'an error without values), append-only. A time-based trigger''s run carries its occurrence, once per rule and entity.';

-- The old name of the rule store.
create view atlvs.automation_rules with (security_invoker = true) as
    select * from atlvs.settings_workflows where kind = 'automation';

comment on view atlvs.automation_rules is 'Consolidated into settings_workflows: its rows of kind automation.';
