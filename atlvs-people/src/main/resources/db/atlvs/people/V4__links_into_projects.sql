-- The links of the projects module into people and companies, which did not exist when its tables were made: a
-- team seat of crew without a login names a person of the directory, a project's client is a company, and a
-- booking of a person or a vendor names one of the organization's people or companies.

-- Where Citus is installed, the projects tables are distributed already and a key from them may only point at a
-- distributed table: the tables of this module made so far are distributed first (nothing happens without Citus).
select atlvs.distribute_schema();

-- A person deleted for good leaves the teams they were on.
create index project_members_person_idx on atlvs.project_members (organization_id, person_id) where person_id is not null;
alter table atlvs.project_members
    add constraint project_members_person_fkey foreign key (organization_id, person_id)
        references atlvs.people (organization_id, id) on delete cascade;
comment on column atlvs.project_members.person_id is
    'Crew without a login: a person of the people module''s directory. A person deleted for good leaves the team.';

-- A company that is a project's client is kept (deleted for good only once no project names it). No action rather
-- than restrict, so that deleting the whole organization, which removes both in one statement, still works.
alter table atlvs.projects
    add constraint projects_client_company_fkey foreign key (organization_id, client_company_id)
        references atlvs.companies (organization_id, id) on delete no action;
comment on column atlvs.projects.client_company_id is
    'The client company, of the people module''s companies; a company that is a client of a project is not deleted.';

-- A booking of a person names a person of the organization, a booking of a vendor one of its companies. The reference is
-- polymorphic (resource_type says which table), so a trigger holds it; it locks the named row like a foreign key does, so
-- that a concurrent delete waits for the booking's transaction.
create function atlvs.check_project_resource_reference() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    found boolean := true;
begin
    if new.resource_id is null or new.resource_type not in ('person', 'vendor')
       or (tg_op = 'UPDATE' and (new.resource_type, new.resource_id) is not distinct from (old.resource_type, old.resource_id)) then
        return new;
    end if;
    if new.resource_type = 'person' then
        perform 1 from atlvs.people p
         where p.organization_id = new.organization_id and p.id = new.resource_id
           for key share;
        found := found and exists (select 1 from atlvs.people p where p.organization_id = new.organization_id and p.id = new.resource_id);
    else
        perform 1 from atlvs.companies c
         where c.organization_id = new.organization_id and c.id = new.resource_id
           for key share;
        found := found and exists (select 1 from atlvs.companies c where c.organization_id = new.organization_id and c.id = new.resource_id);
    end if;
    if not found then
        raise exception 'a booked person or vendor is one of the organization''s people or companies'
            using errcode = 'check_violation', constraint = 'project_resources_resource_reference', table = 'project_resources',
                  column = 'resource_id';
    end if;
    return new;
end
$$;

create trigger check_project_resource_reference
    before insert or update on atlvs.project_resources
    for each row execute function atlvs.check_project_resource_reference();

-- What a deleted person or company leaves behind in the bookings: a person's bookings lose their person (the need
-- stays, as "a rigger"), and a company that is booked as a vendor is kept, as a foreign key on delete restrict would.
create function atlvs.release_person_bookings() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if exists (select 1 from atlvs.organizations o where o.id = old.organization_id) then
        update atlvs.project_resources r set resource_id = null
         where r.organization_id = old.organization_id and r.resource_type = 'person' and r.resource_id = old.id;
    end if;
    return old;
end
$$;

create trigger release_person_bookings
    after delete on atlvs.people
    for each row execute function atlvs.release_person_bookings();

create function atlvs.keep_booked_company() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if exists (select 1 from atlvs.project_resources r
                where r.organization_id = old.organization_id and r.resource_type = 'vendor' and r.resource_id = old.id)
       and exists (select 1 from atlvs.organizations o where o.id = old.organization_id) then
        -- Worded as PostgreSQL words a foreign key's refusal, which the SDK reports as a record still referenced.
        raise exception 'update or delete on table "companies" violates foreign key constraint "project_resources_vendor_reference" on table "project_resources"'
            using errcode = 'foreign_key_violation', constraint = 'project_resources_vendor_reference', table = 'companies',
                  detail = 'A company booked as a vendor on a project is still referenced from table "project_resources".';
    end if;
    return old;
end
$$;

create trigger keep_booked_company
    before delete on atlvs.companies
    for each row execute function atlvs.keep_booked_company();
