-- Onboarding: the workflow that brings one person onto one project in a role (onboarding_workflows), and its checklist
-- of tasks (onboarding_tasks) in five categories: documentation, training, equipment, access and compliance.
-- The database derives a workflow's progress (the share of its required tasks that are done or waived, 0 to 100 with
-- two decimals; 100 for a workflow without required tasks) whatever is written, completes a workflow only when every
-- required task is done or waived, and keeps a completed workflow complete: none of its tasks goes back to pending and
-- no pending required task joins it until the workflow itself is reopened (moved back to in_progress). Waiving a
-- required task needs a reason and pipeline.onboarding.approve, whoever writes the row. A person has one live (not
-- cancelled) workflow per project.

-- --- onboarding workflows ---

create table atlvs.onboarding_workflows (
    organization_id uuid          not null,
    id              uuid          not null default atlvs.uuid_v7(),
    person_id       uuid          not null,
    project_id      uuid          not null,
    crew_role_id    uuid,
    role_name       text          not null,
    status          text          not null default 'not_started',
    due_date        date,
    progress_pct    numeric(5, 2) not null default 0,
    completed_at    timestamptz,
    notes           text,
    created_at      timestamptz   not null,
    created_by      uuid,
    updated_at      timestamptz   not null,
    updated_by      uuid,
    version         bigint        not null,
    constraint onboarding_workflows_pkey primary key (organization_id, id),
    constraint onboarding_workflows_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint onboarding_workflows_person_fkey foreign key (organization_id, person_id)
        references atlvs.people (organization_id, id) on delete cascade,
    constraint onboarding_workflows_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete cascade,
    constraint onboarding_workflows_crew_role_fkey foreign key (organization_id, crew_role_id)
        references atlvs.people_roles (organization_id, id) on delete set null (crew_role_id),
    constraint onboarding_workflows_role_name_check check (length(btrim(role_name)) between 1 and 200),
    constraint onboarding_workflows_status_check check (status in ('not_started', 'in_progress', 'completed', 'cancelled')),
    constraint onboarding_workflows_progress_pct_check check (progress_pct between 0 and 100),
    constraint onboarding_workflows_notes_check check (length(notes) <= 4000)
);

comment on table atlvs.onboarding_workflows is
    'The onboarding of one person onto one project in a role: a checklist of onboarding_tasks with its progress. One live '
    '(not cancelled) workflow per person and project.';
comment on column atlvs.onboarding_workflows.crew_role_id is 'The crew role (people_roles of the people module) the person is onboarded for, when the role is one of the directory''s.';
comment on column atlvs.onboarding_workflows.role_name is 'The role''s name as the checklist shows it.';
comment on column atlvs.onboarding_workflows.progress_pct is
    'Derived by the database: the share of the required tasks that are done or waived, 0 to 100 (100 without required tasks). Never written by hand.';
comment on column atlvs.onboarding_workflows.completed_at is 'Set by the database when the workflow is completed, cleared when it is reopened.';

create unique index onboarding_workflows_live_unique on atlvs.onboarding_workflows (organization_id, person_id, project_id)
    where status <> 'cancelled';
create index onboarding_workflows_project_idx on atlvs.onboarding_workflows (organization_id, project_id, status);
create index onboarding_workflows_person_idx on atlvs.onboarding_workflows (organization_id, person_id);
create index onboarding_workflows_crew_role_idx on atlvs.onboarding_workflows (organization_id, crew_role_id)
    where crew_role_id is not null;
select atlvs.register_tenant_table('atlvs.onboarding_workflows', sensitive_columns => array['person_id', 'notes']);
select atlvs.null_on_delete('atlvs.onboarding_workflows', 'onboarding_workflows_crew_role_fkey');
select atlvs.register_person_data('atlvs.onboarding_workflows', 'person_id', 'delete');
select atlvs.register_entity_type('onboarding_workflow', 'atlvs.onboarding_workflows');

-- --- onboarding tasks ---

create table atlvs.onboarding_tasks (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    workflow_id     uuid        not null,
    category        text        not null,
    title           text        not null,
    description     text,
    is_required     boolean     not null default true,
    status          text        not null default 'pending',
    due_date        date,
    assignee_id     uuid,
    completed_at    timestamptz,
    completed_by    uuid,
    waiver_reason   text,
    sort_order      integer     not null default 0,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint onboarding_tasks_pkey primary key (organization_id, id),
    constraint onboarding_tasks_workflow_fkey foreign key (organization_id, workflow_id)
        references atlvs.onboarding_workflows (organization_id, id) on delete cascade,
    constraint onboarding_tasks_category_check check (category in ('documentation', 'training', 'equipment', 'access', 'compliance')),
    constraint onboarding_tasks_title_check check (length(btrim(title)) between 1 and 200),
    constraint onboarding_tasks_description_check check (length(description) <= 4000),
    constraint onboarding_tasks_status_check check (status in ('pending', 'done', 'waived')),
    constraint onboarding_tasks_waiver_reason_check check (length(btrim(waiver_reason)) between 1 and 2000),
    constraint onboarding_tasks_sort_order_check check (sort_order >= 0),
    constraint onboarding_tasks_waiver_reason_required check (status <> 'waived' or not is_required or waiver_reason is not null)
);

comment on table atlvs.onboarding_tasks is
    'One item of an onboarding checklist: its category, whether it is required, pending, done or waived (a required task '
    'is waived with a reason, by a holder of pipeline.onboarding.approve), due date and assignee (a user).';
comment on column atlvs.onboarding_tasks.assignee_id is 'The user who sees the task through (a user id, like the actor columns).';
comment on column atlvs.onboarding_tasks.completed_at is 'Set by the database when the task is done or waived, cleared when it is reopened.';
comment on column atlvs.onboarding_tasks.completed_by is 'Set by the database: the acting user who marked the task done or waived it.';

create index onboarding_tasks_workflow_idx on atlvs.onboarding_tasks (organization_id, workflow_id, sort_order);
create index onboarding_tasks_pending_due_idx on atlvs.onboarding_tasks (organization_id, status, due_date)
    where status = 'pending';
select atlvs.register_tenant_table('atlvs.onboarding_tasks', sensitive_columns => array['waiver_reason']);

-- The progress of a workflow: the share of its required tasks that are done or waived, 0 to 100 with two decimals;
-- 100 for a workflow without required tasks (nothing required is outstanding).
create function atlvs.onboarding_progress(tenant uuid, workflow uuid) returns numeric
    language plpgsql stable
    set search_path = pg_catalog, atlvs
as $$
declare
    required bigint;
    fulfilled bigint;
begin
    select count(*) filter (where t.is_required), count(*) filter (where t.is_required and t.status in ('done', 'waived'))
      into required, fulfilled
      from atlvs.onboarding_tasks t
     where t.organization_id = tenant and t.workflow_id = workflow;
    if required = 0 then
        return 100.00;
    end if;
    return round(100.0 * fulfilled / required, 2);
end
$$;

-- A workflow: its progress is derived whatever is written; completed_at follows the status; it is completed only when
-- every required task is done or waived (decided one transaction at a time per workflow, with the tasks' reopening).
create function atlvs.check_onboarding_workflow() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    perform atlvs.require_current_tenant(new.organization_id, 'onboarding_workflows');
    new.progress_pct := atlvs.onboarding_progress(new.organization_id, new.id);
    if new.status = 'completed' then
        new.completed_at := case when tg_op = 'UPDATE' and old.status = 'completed'
                                 then coalesce(old.completed_at, new.completed_at, now())
                                 else coalesce(new.completed_at, now()) end;
    else
        new.completed_at := null;
    end if;
    if atlvs.restoring() then
        return new;
    end if;
    if new.status = 'completed' and (tg_op = 'INSERT' or old.status <> 'completed') then
        perform atlvs.serialize_decision(new.organization_id, 'onboarding_workflows_completed_tasks', new.id);
        if exists (select 1 from atlvs.onboarding_tasks t
                    where t.organization_id = new.organization_id and t.workflow_id = new.id
                      and t.is_required and t.status = 'pending') then
            raise exception 'an onboarding workflow is completed only when every required task is done or waived (constraint "onboarding_workflows_completed_tasks")'
                using errcode = 'check_violation', constraint = 'onboarding_workflows_completed_tasks',
                      table = 'onboarding_workflows', column = 'status';
        end if;
    end if;
    return new;
end
$$;

-- A task: completed_at and completed_by follow the status; waiving a required task needs pipeline.onboarding.approve;
-- a completed workflow's tasks do not go back to pending and no pending required task joins it.
create function atlvs.check_onboarding_task() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    platform boolean;
    actor uuid;
    opens boolean;
    workflow_status text;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'onboarding_tasks');
    if new.status in ('done', 'waived') then
        if tg_op = 'UPDATE' and old.status = new.status then
            new.completed_at := coalesce(old.completed_at, new.completed_at, now());
            new.completed_by := old.completed_by;
        else
            new.completed_at := now();
            new.completed_by := atlvs.current_actor();
        end if;
    else
        new.completed_at := null;
        new.completed_by := null;
    end if;
    if atlvs.restoring() then
        return new;
    end if;
    if new.status = 'waived' and new.is_required
       and (tg_op = 'INSERT' or old.status <> 'waived' or not old.is_required) then
        select a.platform, a.actor into platform, actor from atlvs.privilege_actor() a;
        if not coalesce(platform, false)
           and (actor is null or not atlvs.actor_covers(array['pipeline.onboarding.approve'], null, null)) then
            perform atlvs.refuse_privilege('onboarding_tasks_waiver_permission', 'onboarding_tasks', 'status',
                'waiving a required onboarding task needs pipeline.onboarding.approve (constraint "onboarding_tasks_waiver_permission")');
        end if;
    end if;
    opens := (tg_op = 'UPDATE' and old.status <> 'pending' and new.status = 'pending')
             or (new.is_required and new.status = 'pending'
                 and (tg_op = 'INSERT' or not old.is_required or new.workflow_id <> old.workflow_id));
    if opens then
        -- the workflow's row first, then the decision: the order a workflow's completion takes them in
        select w.status into workflow_status from atlvs.onboarding_workflows w
         where w.organization_id = new.organization_id and w.id = new.workflow_id
           for no key update;
        perform atlvs.serialize_decision(new.organization_id, 'onboarding_workflows_completed_tasks', new.workflow_id);
        if workflow_status = 'completed' then
            raise exception 'a completed onboarding workflow''s tasks stay done or waived until the workflow is reopened (constraint "onboarding_tasks_workflow_completed")'
                using errcode = 'check_violation', constraint = 'onboarding_tasks_workflow_completed',
                      table = 'onboarding_tasks', column = 'status';
        end if;
    end if;
    return new;
end
$$;

-- After a task changes, its workflow's progress is derived again (written only when it changes).
create function atlvs.derive_onboarding_progress() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant uuid;
    workflow uuid;
    progress numeric;
begin
    if tg_op = 'DELETE' then
        tenant := old.organization_id;
        workflow := old.workflow_id;
    else
        tenant := new.organization_id;
        workflow := new.workflow_id;
    end if;
    progress := atlvs.onboarding_progress(tenant, workflow);
    update atlvs.onboarding_workflows w set progress_pct = progress
     where w.organization_id = tenant and w.id = workflow and w.progress_pct is distinct from progress;
    if tg_op = 'UPDATE' and old.workflow_id <> new.workflow_id then
        progress := atlvs.onboarding_progress(old.organization_id, old.workflow_id);
        update atlvs.onboarding_workflows w set progress_pct = progress
         where w.organization_id = old.organization_id and w.id = old.workflow_id and w.progress_pct is distinct from progress;
    end if;
    return null;
end
$$;

create trigger check_onboarding_workflow
    before insert or update on atlvs.onboarding_workflows
    for each row execute function atlvs.check_onboarding_workflow();

create trigger check_onboarding_task
    before insert or update on atlvs.onboarding_tasks
    for each row execute function atlvs.check_onboarding_task();

create trigger derive_onboarding_progress
    after insert or update or delete on atlvs.onboarding_tasks
    for each row execute function atlvs.derive_onboarding_progress();
