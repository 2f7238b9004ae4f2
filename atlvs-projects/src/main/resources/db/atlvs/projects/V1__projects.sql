-- Projects: a production engagement (festival build, brand tour, corporate show) with its team, tasks,
-- milestones, task dependencies, planned resources, timelines and budget lines; its documents and tags
-- are views over the polymorphic attachments and taggings (core V7).
--
-- Every child row names its project, and references between children of one project are composite
-- (organization_id, project_id, x_id) → x (organization_id, project_id, id): a sub-task, a dependency,
-- a resource or a baseline can never point into another project, whatever code writes it. Lifecycle
-- transitions (L-PLAN for projects, L-WORK for tasks) are checked in Java before the write; the
-- database holds the states, and every invariant that does not need an override.


------------------------------------------------------------------------------------------------------
-- Projects
------------------------------------------------------------------------------------------------------

create table atlvs.projects (
    organization_id    uuid          not null,
    id                 uuid          not null default atlvs.uuid_v7(),
    code               text          not null,
    name               text          not null,
    description        text,
    type               text          not null default 'client',
    status             text          not null default 'planning',
    priority           text          not null default 'medium',
    manager_user_id    uuid,
    location_id        uuid,
    client_company_id  uuid,
    start_date         date,
    end_date           date,
    actual_start_date  date,
    actual_end_date    date,
    currency           char(3),
    budget_amount      numeric(19, 4),
    progress_pct       numeric(5, 2) not null default 0,
    visibility         text          not null default 'team',
    metadata           jsonb         not null default '{}',
    created_at         timestamptz   not null,
    created_by         uuid,
    updated_at         timestamptz   not null,
    updated_by         uuid,
    version            bigint        not null,
    deleted_at         timestamptz,
    constraint projects_pkey primary key (organization_id, id),
    constraint projects_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint projects_manager_fkey foreign key (organization_id, manager_user_id)
        references atlvs.organization_members (organization_id, user_id) on delete set null (manager_user_id),
    constraint projects_location_fkey foreign key (organization_id, location_id)
        references atlvs.locations (organization_id, id) on delete set null (location_id),
    constraint projects_code_check check (code ~ '^[A-Za-z0-9][A-Za-z0-9._/-]{0,31}$'),
    constraint projects_name_check check (length(btrim(name)) between 1 and 200),
    constraint projects_description_check check (length(description) <= 10000),
    constraint projects_type_check check (type in ('internal', 'client', 'maintenance', 'research', 'development',
                                                   'tour', 'festival', 'activation', 'corporate_event')),
    constraint projects_status_check
        check (status in ('planning', 'active', 'on_hold', 'completed', 'cancelled', 'archived')),
    constraint projects_priority_check check (priority in ('none', 'low', 'medium', 'high', 'critical')),
    constraint projects_end_date_check check (end_date >= start_date),
    constraint projects_actual_end_date_check check (actual_end_date >= actual_start_date),
    constraint projects_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint projects_budget_amount_check check (budget_amount >= 0),
    constraint projects_budget_currency_check check (budget_amount is null or currency is not null),
    constraint projects_progress_pct_check check (progress_pct between 0 and 100),
    constraint projects_visibility_check
        check (visibility in ('private', 'team', 'organization', 'public', 'client')),
    constraint projects_metadata_check check (jsonb_typeof(metadata) = 'object')
);
comment on column atlvs.projects.client_company_id is
    'The client company. No foreign key yet: the companies module that holds companies does not exist; '
    'it adds (organization_id, client_company_id) → companies when it does.';
comment on column atlvs.projects.budget_amount is
    'Derived: the project''s planned budget, fed from its budget lines (and later finance); not edited by hand.';
comment on column atlvs.projects.progress_pct is
    'Derived: the progress rollup of the project''s tasks weighted by estimated hours; not edited by hand.';

-- The job number is unique among the organization's live projects, whatever its case.
create unique index projects_code_unique on atlvs.projects (organization_id, lower(code)) where deleted_at is null;
create index projects_manager_idx on atlvs.projects (organization_id, manager_user_id);
create index projects_location_idx on atlvs.projects (organization_id, location_id);
create index projects_client_company_idx on atlvs.projects (organization_id, client_company_id)
    where client_company_id is not null;
-- The project list by status and start, and by name.
create index projects_status_idx on atlvs.projects (organization_id, status, start_date) where deleted_at is null;
create index projects_active_name_idx on atlvs.projects (organization_id, name) where deleted_at is null;
select atlvs.register_tenant_table('atlvs.projects', soft_delete => true);
select atlvs.register_entity_type('project', 'atlvs.projects');


------------------------------------------------------------------------------------------------------
-- The project team: members of the organization (user_id) or crew without a login (person_id, from the
-- people module), each with a project role. A staffed project always has a manager (or owner).
------------------------------------------------------------------------------------------------------

create table atlvs.project_members (
    organization_id uuid          not null,
    id              uuid          not null default atlvs.uuid_v7(),
    project_id      uuid          not null,
    user_id         uuid,
    person_id       uuid,
    role            text          not null default 'member',
    function        text,
    allocation_pct  numeric(5, 2),
    start_date      date,
    end_date        date,
    bill_rate       numeric(19, 4),
    cost_rate       numeric(19, 4),
    currency        char(3),
    created_at      timestamptz   not null,
    created_by      uuid,
    updated_at      timestamptz   not null,
    updated_by      uuid,
    version         bigint        not null,
    constraint project_members_pkey primary key (organization_id, id),
    constraint project_members_user_unique unique (organization_id, project_id, user_id),
    constraint project_members_person_unique unique (organization_id, project_id, person_id),
    constraint project_members_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete cascade,
    -- A membership that goes takes its project seats with it.
    constraint project_members_member_fkey foreign key (organization_id, user_id)
        references atlvs.organization_members (organization_id, user_id) on delete cascade,
    constraint project_members_user_or_person_check check (num_nonnulls(user_id, person_id) = 1),
    constraint project_members_role_check check (role in ('owner', 'manager', 'member', 'viewer', 'client')),
    constraint project_members_function_check check (length(btrim(function)) between 1 and 200),
    constraint project_members_allocation_pct_check check (allocation_pct between 0 and 100),
    constraint project_members_end_date_check check (end_date >= start_date),
    constraint project_members_bill_rate_check check (bill_rate >= 0),
    constraint project_members_cost_rate_check check (cost_rate >= 0),
    constraint project_members_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint project_members_rate_currency_check check ((bill_rate is null and cost_rate is null) or currency is not null)
);
comment on column atlvs.project_members.person_id is
    'Crew without a login, from the people module. No foreign key yet: that module does not exist; '
    'it adds (organization_id, person_id) → people when it does.';
create index project_members_member_idx on atlvs.project_members (organization_id, user_id);
select atlvs.register_tenant_table('atlvs.project_members');

-- A user on a project team is an active member of the organization (a user who is no member at all is
-- the foreign key's to report).
create function atlvs.check_project_member() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    perform atlvs.require_current_tenant(new.organization_id, 'project_members');
    if new.user_id is not null and (tg_op = 'INSERT' or new.user_id is distinct from old.user_id)
       and exists (select 1 from atlvs.organization_members m
                    where m.organization_id = new.organization_id and m.user_id = new.user_id and m.status <> 'active') then
        raise exception 'only an active member of the organization joins a project team'
            using errcode = 'check_violation', constraint = 'project_members_user_active', table = 'project_members',
                  column = 'user_id';
    end if;
    return new;
end
$$;

create trigger check_project_member
    before insert or update on atlvs.project_members
    for each row execute function atlvs.check_project_member();

-- A project with a team has at least one manager (or owner) on it: checked at commit, so a team can be
-- set up in any order within one transaction.
create function atlvs.require_a_project_manager() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant uuid := case when tg_op = 'DELETE' then old.organization_id else new.organization_id end;
    project uuid;
begin
    foreach project in array array_remove(array[case when tg_op <> 'DELETE' then new.project_id end,
                                                 case when tg_op <> 'INSERT' then old.project_id end], null) loop
        if exists (select 1 from atlvs.project_members m where m.organization_id = tenant and m.project_id = project)
           and not exists (select 1 from atlvs.project_members m
                            where m.organization_id = tenant and m.project_id = project and m.role in ('owner', 'manager')) then
            raise exception 'a project team has at least one manager'
                using errcode = 'check_violation', constraint = 'project_members_manager', table = 'project_members',
                      column = 'role';
        end if;
    end loop;
    return null;
end
$$;

create constraint trigger require_a_project_manager
    after insert or update of role, project_id or delete on atlvs.project_members
    deferrable initially deferred
    for each row execute function atlvs.require_a_project_manager();


------------------------------------------------------------------------------------------------------
-- Milestones: dated checkpoints (contract signed, load-in complete, show day, settlement), some of
-- them payment milestones. Their status (pending, completed, overdue) is derived from completed_at and
-- due_date against today, never stored.
------------------------------------------------------------------------------------------------------

create table atlvs.project_milestones (
    organization_id      uuid          not null,
    id                   uuid          not null default atlvs.uuid_v7(),
    project_id           uuid          not null,
    title                text          not null,
    description          text,
    type                 text          not null default 'milestone',
    due_date             date          not null,
    completed_at         timestamptz,
    is_payment_milestone boolean       not null default false,
    amount               numeric(19, 4),
    currency             char(3),
    progress_pct         numeric(5, 2) not null default 0,
    created_at           timestamptz   not null,
    created_by           uuid,
    updated_at           timestamptz   not null,
    updated_by           uuid,
    version              bigint        not null,
    constraint project_milestones_pkey primary key (organization_id, id),
    -- The key tasks point at, so that a task's milestone is one of its own project.
    constraint project_milestones_project_key unique (organization_id, project_id, id),
    constraint project_milestones_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete cascade,
    constraint project_milestones_title_check check (length(btrim(title)) between 1 and 200),
    constraint project_milestones_description_check check (length(description) <= 10000),
    constraint project_milestones_type_check
        check (type in ('kickoff', 'phase_start', 'milestone', 'delivery', 'closure')),
    constraint project_milestones_amount_check check (amount >= 0),
    constraint project_milestones_payment_amount_check check (is_payment_milestone or amount is null),
    constraint project_milestones_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint project_milestones_amount_currency_check check ((amount is null) = (currency is null)),
    constraint project_milestones_progress_pct_check check (progress_pct between 0 and 100)
);
comment on column atlvs.project_milestones.progress_pct is
    'Derived: the share of the milestone''s linked tasks that are done; not edited by hand.';
-- A project's milestones by date.
create index project_milestones_project_due_idx on atlvs.project_milestones (organization_id, project_id, due_date);
-- Open milestones due in a window, across projects.
create index project_milestones_open_due_idx on atlvs.project_milestones (organization_id, due_date)
    where completed_at is null;
select atlvs.register_tenant_table('atlvs.project_milestones');
select atlvs.register_entity_type('milestone', 'atlvs.project_milestones');


------------------------------------------------------------------------------------------------------
-- Tasks: the project's to-dos, in an acyclic sub-task tree inside one project, optionally towards one
-- of its milestones. completed_at is set exactly when the task is done; a parent is done only once its
-- sub-tasks are done or cancelled.
------------------------------------------------------------------------------------------------------

create table atlvs.project_tasks (
    organization_id  uuid          not null,
    id               uuid          not null default atlvs.uuid_v7(),
    project_id       uuid          not null,
    parent_task_id   uuid,
    milestone_id     uuid,
    title            text          not null,
    description      text,
    status           text          not null default 'todo',
    priority         text          not null default 'medium',
    assignee_user_id uuid,
    reporter_user_id uuid,
    estimated_hours  numeric(8, 2),
    actual_hours     numeric(8, 2) not null default 0,
    start_date       date,
    due_date         date,
    completed_at     timestamptz,
    position         integer       not null default 0,
    created_at       timestamptz   not null,
    created_by       uuid,
    updated_at       timestamptz   not null,
    updated_by       uuid,
    version          bigint        not null,
    deleted_at       timestamptz,
    constraint project_tasks_pkey primary key (organization_id, id),
    -- The key sub-tasks, dependencies and resources point at, so that they stay inside one project. It
    -- contains the primary key, so it holds whether rows are live or deleted.
    constraint project_tasks_project_key unique (organization_id, project_id, id),
    constraint project_tasks_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete cascade,
    constraint project_tasks_parent_fkey foreign key (organization_id, project_id, parent_task_id)
        references atlvs.project_tasks (organization_id, project_id, id) on delete cascade,
    constraint project_tasks_milestone_fkey foreign key (organization_id, project_id, milestone_id)
        references atlvs.project_milestones (organization_id, project_id, id) on delete set null (milestone_id),
    constraint project_tasks_assignee_fkey foreign key (organization_id, assignee_user_id)
        references atlvs.organization_members (organization_id, user_id) on delete set null (assignee_user_id),
    constraint project_tasks_reporter_fkey foreign key (organization_id, reporter_user_id)
        references atlvs.organization_members (organization_id, user_id) on delete set null (reporter_user_id),
    constraint project_tasks_title_check check (length(btrim(title)) between 1 and 500),
    constraint project_tasks_description_check check (length(description) <= 20000),
    constraint project_tasks_status_check
        check (status in ('todo', 'in_progress', 'review', 'blocked', 'done', 'cancelled')),
    constraint project_tasks_priority_check check (priority in ('none', 'low', 'medium', 'high', 'critical')),
    constraint project_tasks_estimated_hours_check check (estimated_hours >= 0),
    constraint project_tasks_actual_hours_check check (actual_hours >= 0),
    constraint project_tasks_due_date_check check (due_date >= start_date),
    constraint project_tasks_completed_at_check check ((status = 'done') = (completed_at is not null)),
    constraint project_tasks_position_check check (position >= 0),
    constraint project_tasks_parent_task_id_check check (parent_task_id <> id)
);
comment on column atlvs.project_tasks.actual_hours is
    'Derived from time entries once the time-tracking tables exist; not edited by hand.';
create index project_tasks_parent_idx on atlvs.project_tasks (organization_id, project_id, parent_task_id);
create index project_tasks_milestone_idx on atlvs.project_tasks (organization_id, project_id, milestone_id);
-- A member's tasks by due date (and the assignee foreign key).
create index project_tasks_assignee_idx on atlvs.project_tasks (organization_id, assignee_user_id, due_date);
create index project_tasks_reporter_idx on atlvs.project_tasks (organization_id, reporter_user_id);
-- A project's board: its live tasks by status and due date.
create index project_tasks_project_status_idx on atlvs.project_tasks (organization_id, project_id, status, due_date)
    where deleted_at is null;
-- Overdue work across projects: open live tasks by due date.
create index project_tasks_open_due_idx on atlvs.project_tasks (organization_id, due_date)
    where deleted_at is null and status not in ('done', 'cancelled');
select atlvs.register_tenant_table('atlvs.project_tasks', soft_delete => true);
select atlvs.register_entity_type('task', 'atlvs.project_tasks');

create function atlvs.check_project_task() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    parent_done boolean;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'project_tasks');
    if tg_op = 'INSERT' or new.parent_task_id is distinct from old.parent_task_id then
        perform atlvs.check_acyclic('atlvs.project_tasks', new.organization_id, new.id, new.parent_task_id,
                                    'id', 'parent_task_id', 'project_tasks_parent_cycle', 'parent_task_id');
    end if;
    -- A task is done only once its live sub-tasks are done or cancelled.
    if new.status = 'done' and new.deleted_at is null
       and (tg_op = 'INSERT' or old.status <> 'done' or old.deleted_at is not null)
       and exists (select 1 from atlvs.project_tasks c
                    where c.organization_id = new.organization_id and c.project_id = new.project_id
                      and c.parent_task_id = new.id and c.deleted_at is null
                      and c.status not in ('done', 'cancelled')) then
        raise exception 'a task is done only once its sub-tasks are done or cancelled'
            using errcode = 'check_violation', constraint = 'project_tasks_children_open', table = 'project_tasks',
                  column = 'status';
    end if;
    -- ... and no open sub-task is put (or reopened, or restored) under a done parent. The parent is locked
    -- so that a concurrent completion of the parent waits for this change and then sees it.
    if new.parent_task_id is not null and new.deleted_at is null and new.status not in ('done', 'cancelled')
       and (tg_op = 'INSERT' or new.parent_task_id is distinct from old.parent_task_id
            or old.status in ('done', 'cancelled') or old.deleted_at is not null) then
        select p.status = 'done' and p.deleted_at is null into parent_done
          from atlvs.project_tasks p
         where p.organization_id = new.organization_id and p.id = new.parent_task_id
           for share;
        if parent_done then
            raise exception 'an open sub-task cannot be under a done task'
                using errcode = 'check_violation', constraint = 'project_tasks_parent_done', table = 'project_tasks',
                      column = 'parent_task_id';
        end if;
    end if;
    return new;
end
$$;

create trigger check_project_task
    before insert or update on atlvs.project_tasks
    for each row execute function atlvs.check_project_task();


------------------------------------------------------------------------------------------------------
-- Dependencies: precedence edges between two tasks of the same project, for scheduling and the Gantt
-- chart (finish-to-start, start-to-start, finish-to-finish, start-to-finish, with a lag in days; a
-- negative lag is a lead). No edge joins a task to itself, and no set of edges forms a cycle.
------------------------------------------------------------------------------------------------------

create table atlvs.project_dependencies (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    project_id      uuid        not null,
    predecessor_id  uuid        not null,
    successor_id    uuid        not null,
    type            text        not null default 'fs',
    lag_days        integer     not null default 0,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint project_dependencies_pkey primary key (organization_id, id),
    constraint project_dependencies_edge_unique unique (organization_id, predecessor_id, successor_id),
    constraint project_dependencies_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete cascade,
    constraint project_dependencies_predecessor_fkey foreign key (organization_id, project_id, predecessor_id)
        references atlvs.project_tasks (organization_id, project_id, id) on delete cascade,
    constraint project_dependencies_successor_fkey foreign key (organization_id, project_id, successor_id)
        references atlvs.project_tasks (organization_id, project_id, id) on delete cascade,
    constraint project_dependencies_type_check check (type in ('fs', 'ss', 'ff', 'sf')),
    constraint project_dependencies_lag_days_check check (lag_days between -3650 and 3650),
    constraint project_dependencies_self check (successor_id <> predecessor_id)
);
create index project_dependencies_predecessor_idx on atlvs.project_dependencies (organization_id, project_id, predecessor_id);
create index project_dependencies_successor_idx on atlvs.project_dependencies (organization_id, project_id, successor_id);
select atlvs.register_tenant_table('atlvs.project_dependencies');

-- Refuses an edge that would close a cycle: it does when its predecessor is reachable from its successor
-- over the project's other edges. Edges of one project are added one transaction at a time (an advisory
-- lock per project, held to commit), so two edges added concurrently cannot form a cycle together.
create function atlvs.check_project_dependency() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    loops boolean;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'project_dependencies');
    -- A self-edge is the check constraint's to report; an unchanged edge closes nothing new.
    if new.predecessor_id = new.successor_id
       or (tg_op = 'UPDATE' and (new.predecessor_id, new.successor_id, new.project_id)
                                is not distinct from (old.predecessor_id, old.successor_id, old.project_id)) then
        return new;
    end if;
    perform pg_advisory_xact_lock(hashtext('atlvs.project_dependencies'),
                                  hashtext(new.organization_id::text || '/' || new.project_id::text));
    with recursive reachable(task_id) as (
        select new.successor_id
        union
        -- One probe of the edge key (organization_id, predecessor_id, ...) per reached task: "offset 0" keeps
        -- it a parameterized lookup whatever the plan cached for the session estimated from a small table.
        select d.successor_id
          from reachable r
          cross join lateral (select e.successor_id
                                from atlvs.project_dependencies e
                               where e.organization_id = new.organization_id and e.predecessor_id = r.task_id
                                 and e.id <> new.id
                              offset 0) d
    )
    select exists (select 1 from reachable where task_id = new.predecessor_id) into loops;
    if loops then
        raise exception 'the dependency would close a cycle'
            using errcode = 'check_violation', constraint = 'project_dependencies_cycle', table = 'project_dependencies',
                  column = 'successor_id';
    end if;
    return new;
end
$$;

create trigger check_project_dependency
    before insert or update on atlvs.project_dependencies
    for each row execute function atlvs.check_project_dependency();


------------------------------------------------------------------------------------------------------
-- Resources: the planned use of a person, crew role, asset, vendor service or space on a project (or one
-- of its tasks) over a time window. Confirmed bookings of one person or one serialized asset never add
-- up to more than 100% at any moment, across every project of the organization.
------------------------------------------------------------------------------------------------------

create table atlvs.project_resources (
    organization_id uuid           not null,
    id              uuid           not null default atlvs.uuid_v7(),
    project_id      uuid           not null,
    task_id         uuid,
    resource_type   text           not null,
    resource_id     uuid,
    name            text           not null,
    quantity        numeric(12, 2) not null default 1,
    unit            text           not null default 'each',
    start_at        timestamptz    not null,
    end_at          timestamptz    not null,
    allocation_pct  numeric(5, 2)  not null default 100,
    planned_cost    numeric(19, 4),
    currency        char(3),
    status          text           not null default 'tentative',
    created_at      timestamptz    not null,
    created_by      uuid,
    updated_at      timestamptz    not null,
    updated_by      uuid,
    version         bigint         not null,
    constraint project_resources_pkey primary key (organization_id, id),
    constraint project_resources_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete cascade,
    constraint project_resources_task_fkey foreign key (organization_id, project_id, task_id)
        references atlvs.project_tasks (organization_id, project_id, id) on delete set null (task_id),
    constraint project_resources_resource_type_check
        check (resource_type in ('person', 'role', 'asset', 'vendor', 'space')),
    constraint project_resources_name_check check (length(btrim(name)) between 1 and 200),
    constraint project_resources_quantity_check check (quantity > 0),
    constraint project_resources_unit_check check (unit in ('hour', 'day', 'each')),
    constraint project_resources_end_at_check check (end_at > start_at),
    constraint project_resources_allocation_pct_check check (allocation_pct > 0 and allocation_pct <= 100),
    constraint project_resources_planned_cost_check check (planned_cost >= 0),
    constraint project_resources_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint project_resources_cost_currency_check check (planned_cost is null or currency is not null),
    constraint project_resources_status_check check (status in ('tentative', 'confirmed', 'released'))
);
comment on column atlvs.project_resources.resource_id is
    'The booked person, role, asset, vendor or space of its module; empty while only the need is known (e.g. "2 riggers").';
-- A project's resources by time (and the project foreign key).
create index project_resources_project_window_idx on atlvs.project_resources (organization_id, project_id, start_at);
create index project_resources_task_idx on atlvs.project_resources (organization_id, project_id, task_id);
-- The confirmed bookings of one resource by time, for the capacity check and availability screens.
create index project_resources_booked_idx on atlvs.project_resources (organization_id, resource_type, resource_id, start_at)
    where status = 'confirmed';
select atlvs.register_tenant_table('atlvs.project_resources');

-- The peak load of a person or serialized asset over the new booking's window is the largest sum of
-- allocations at a moment where a booking starts; bookings of one resource are checked one transaction
-- at a time (an advisory lock per resource), so two concurrent bookings cannot overbook it together.
create function atlvs.check_project_resource() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    peak numeric;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'project_resources');
    if new.status <> 'confirmed' or new.resource_type not in ('person', 'asset') or new.resource_id is null then
        return new;
    end if;
    perform pg_advisory_xact_lock(hashtext('atlvs.project_resources'),
                                  hashtext(new.organization_id::text || '/' || new.resource_id::text));
    with booked as (
        select r.start_at, r.end_at, r.allocation_pct
          from atlvs.project_resources r
         where r.organization_id = new.organization_id and r.resource_type = new.resource_type
           and r.resource_id = new.resource_id and r.status = 'confirmed' and r.id <> new.id
           and r.start_at < new.end_at and r.end_at > new.start_at
        union all
        select new.start_at, new.end_at, new.allocation_pct
    )
    select max(load) into peak
      from (select sum(b.allocation_pct) as load
              from (select distinct greatest(k.start_at, new.start_at) as at from booked k) moment
              join booked b on b.start_at <= moment.at and b.end_at > moment.at
             group by moment.at) loads;
    if peak > 100 then
        raise exception 'the resource would be booked beyond its capacity'
            using errcode = 'exclusion_violation', constraint = 'project_resources_capacity', table = 'project_resources',
                  column = 'allocation_pct';
    end if;
    return new;
end
$$;

create trigger check_project_resource
    before insert or update on atlvs.project_resources
    for each row execute function atlvs.check_project_resource();


------------------------------------------------------------------------------------------------------
-- Timelines: named phases (load-in, show days, load-out), run-of-show schedules, and baselines: a
-- baseline is a captured snapshot of the plan (baseline_of names the timeline it was taken of) that
-- never changes once captured.
------------------------------------------------------------------------------------------------------

create table atlvs.project_timelines (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    project_id      uuid        not null,
    name            text        not null,
    kind            text        not null default 'phase',
    starts_at       timestamptz not null,
    ends_at         timestamptz not null,
    baseline_of     uuid,
    snapshot        jsonb,
    color           text,
    sort_order      integer     not null default 0,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint project_timelines_pkey primary key (organization_id, id),
    constraint project_timelines_project_key unique (organization_id, project_id, id),
    constraint project_timelines_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete cascade,
    constraint project_timelines_baseline_of_fkey foreign key (organization_id, project_id, baseline_of)
        references atlvs.project_timelines (organization_id, project_id, id) on delete set null (baseline_of),
    constraint project_timelines_name_check check (length(btrim(name)) between 1 and 200),
    constraint project_timelines_kind_check check (kind in ('phase', 'baseline', 'run_of_show')),
    constraint project_timelines_ends_at_check check (ends_at > starts_at),
    constraint project_timelines_baseline_of_check check (baseline_of is null or (kind = 'baseline' and baseline_of <> id)),
    constraint project_timelines_snapshot_check check (jsonb_typeof(snapshot) = 'object'),
    constraint project_timelines_baseline_snapshot_check check ((kind = 'baseline') = (snapshot is not null)),
    constraint project_timelines_color_check check (color ~ '^#[0-9A-Fa-f]{6}$'),
    constraint project_timelines_sort_order_check check (sort_order >= 0)
);
create index project_timelines_baseline_of_idx on atlvs.project_timelines (organization_id, project_id, baseline_of);
create index project_timelines_project_order_idx on atlvs.project_timelines (organization_id, project_id, sort_order, starts_at);
select atlvs.register_tenant_table('atlvs.project_timelines');

-- A captured baseline keeps its kind, snapshot and dates; its name, color and order may change.
create function atlvs.keep_baselines_fixed() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if old.kind = 'baseline'
       and (new.kind, new.snapshot, new.starts_at, new.ends_at) is distinct from (old.kind, old.snapshot, old.starts_at, old.ends_at) then
        raise exception 'a captured baseline does not change; capture a new one'
            using errcode = 'check_violation', constraint = 'project_timelines_baseline_immutable', table = 'project_timelines',
                  column = case when new.snapshot is distinct from old.snapshot then 'snapshot'
                                when new.kind is distinct from old.kind then 'kind'
                                when new.starts_at is distinct from old.starts_at then 'starts_at'
                                else 'ends_at' end;
    end if;
    return new;
end
$$;

create trigger keep_baselines_fixed
    before update of kind, snapshot, starts_at, ends_at on atlvs.project_timelines
    for each row execute function atlvs.keep_baselines_fixed();


------------------------------------------------------------------------------------------------------
-- Budget lines: a project's cost plan by category, in revisions (a changed plan is a new revision of
-- the category). The finance module feeds committed and actual amounts later.
------------------------------------------------------------------------------------------------------

create table atlvs.project_budgets (
    organization_id  uuid           not null,
    id               uuid           not null default atlvs.uuid_v7(),
    project_id       uuid           not null,
    category         text           not null,
    description      text,
    planned_amount   numeric(19, 4) not null default 0,
    committed_amount numeric(19, 4) not null default 0,
    actual_amount    numeric(19, 4) not null default 0,
    currency         char(3)        not null,
    contingency_pct  numeric(5, 2)  not null default 0,
    revision         integer        not null default 1,
    created_at       timestamptz    not null,
    created_by       uuid,
    updated_at       timestamptz    not null,
    updated_by       uuid,
    version          bigint         not null,
    constraint project_budgets_pkey primary key (organization_id, id),
    constraint project_budgets_revision_unique unique (organization_id, project_id, category, revision),
    constraint project_budgets_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete cascade,
    constraint project_budgets_category_check
        check (category in ('equipment', 'construction', 'catering', 'travel', 'marketing', 'operations',
                            'personnel', 'facilities', 'technology', 'other')),
    constraint project_budgets_description_check check (length(description) <= 2000),
    constraint project_budgets_planned_amount_check check (planned_amount >= 0),
    constraint project_budgets_committed_amount_check check (committed_amount >= 0),
    constraint project_budgets_actual_amount_check check (actual_amount >= 0),
    constraint project_budgets_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint project_budgets_contingency_pct_check check (contingency_pct between 0 and 100),
    constraint project_budgets_revision_check check (revision >= 1)
);
comment on column atlvs.project_budgets.committed_amount is 'Fed by the finance module (open purchase orders).';
comment on column atlvs.project_budgets.actual_amount is 'Fed by the finance module (posted costs).';
select atlvs.register_tenant_table('atlvs.project_budgets');


------------------------------------------------------------------------------------------------------
-- Consolidated names: project_documents (the audit's project_files) and project_tags survive as views
-- over attachments + storage_files and taggings + tags. They run with the caller's rights, so
-- row-level security of the canonical tables applies unchanged.
------------------------------------------------------------------------------------------------------

create view atlvs.project_documents with (security_invoker = true) as
    select a.organization_id,
           a.id,
           a.entity_id       as project_id,
           a.file_id,
           f.name,
           f.media_type,
           f.size_bytes,
           f.status          as file_status,
           f.version_of,
           not exists (select 1 from atlvs.storage_files n
                        where n.organization_id = f.organization_id and n.version_of = f.id) as is_latest,
           a.label,
           a.description,
           a.is_public,
           f.uploaded_by,
           a.created_at,
           a.created_by,
           a.updated_at,
           a.updated_by
      from atlvs.attachments a
      join atlvs.storage_files f on f.organization_id = a.organization_id and f.id = a.file_id
     where a.entity_type = 'project'
       and f.status <> 'deleted';

create view atlvs.project_tags with (security_invoker = true) as
    select g.organization_id,
           g.entity_id  as project_id,
           g.tag_id,
           t.name       as tag,
           t.color,
           g.id         as tagging_id,
           g.created_at,
           g.created_by
      from atlvs.taggings g
      join atlvs.tags t on t.organization_id = g.organization_id and t.id = g.tag_id
     where g.entity_type = 'project';

comment on view atlvs.project_documents is
    'Consolidated into attachments + storage_files: the files attached to projects (deleted files left out); '
    'is_latest is derived from the storage_files version chain.';
comment on view atlvs.project_tags is 'Consolidated into taggings + tags: the tags on projects.';
