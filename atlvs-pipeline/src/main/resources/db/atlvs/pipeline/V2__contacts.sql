-- Contacts on the buying side of deals: the people a sales team talks to at a client (the promoter, the brand manager,
-- procurement), reusing the company's own contact record where there is one (company_contact_id), and the junction
-- that puts them on deals with their role in the decision.
--
-- What the database holds, whatever code writes the rows:
--   * a contact's email is unique within its company, ignoring case (pipeline_contacts_email_unique);
--   * a contact is on a deal once (opportunity_contacts_unique);
--   * a deal that has contacts has exactly one primary contact: at most one at any time
--     (opportunity_contacts_one_primary, a partial unique index), at least one at commit
--     (opportunity_contacts_primary_required, a deferred constraint trigger), so that the primary contact can be moved
--     from one contact to another inside a transaction.

-- --- contacts ---

create table atlvs.pipeline_contacts (
    organization_id    uuid        not null,
    id                 uuid        not null default atlvs.uuid_v7(),
    company_id         uuid,
    company_contact_id uuid,
    first_name         text        not null,
    last_name          text,
    title              text,
    email              text,
    phone              text,
    deal_role          text        not null default 'influencer',
    owner_user_id      uuid,
    notes              text,
    created_at         timestamptz not null,
    created_by         uuid,
    updated_at         timestamptz not null,
    updated_by         uuid,
    version            bigint      not null,
    constraint pipeline_contacts_pkey primary key (organization_id, id),
    constraint pipeline_contacts_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint pipeline_contacts_company_fkey foreign key (organization_id, company_id)
        references atlvs.companies (organization_id, id) on delete cascade,
    constraint pipeline_contacts_company_contact_fkey foreign key (organization_id, company_contact_id)
        references atlvs.company_contacts (organization_id, id) on delete set null (company_contact_id),
    constraint pipeline_contacts_owner_fkey foreign key (organization_id, owner_user_id)
        references atlvs.organization_members (organization_id, user_id) on delete set null (owner_user_id),
    constraint pipeline_contacts_first_name_check check (length(btrim(first_name)) between 1 and 100),
    constraint pipeline_contacts_last_name_check check (length(btrim(last_name)) between 1 and 100),
    constraint pipeline_contacts_title_check check (length(btrim(title)) between 1 and 200),
    constraint pipeline_contacts_email_check check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(email) <= 320),
    constraint pipeline_contacts_phone_check check (phone ~ '^\+[1-9][0-9]{6,14}$'),
    constraint pipeline_contacts_deal_role_check
        check (deal_role in ('decision_maker', 'influencer', 'champion', 'blocker', 'user', 'procurement')),
    constraint pipeline_contacts_notes_check check (length(notes) <= 4000)
);

comment on table atlvs.pipeline_contacts is
    'The people on the buying side of deals. A contact of a client company reuses its company_contacts record '
    '(company_contact_id) where there is one. Email unique per company.';
comment on column atlvs.pipeline_contacts.deal_role is
    'The contact''s usual role in a buying decision; each deal records the role the contact plays in it.';

create unique index pipeline_contacts_email_unique on atlvs.pipeline_contacts (organization_id, company_id, lower(email))
    where email is not null;
create index pipeline_contacts_company_idx on atlvs.pipeline_contacts (organization_id, company_id, last_name, first_name);
create index pipeline_contacts_company_contact_idx on atlvs.pipeline_contacts (organization_id, company_contact_id)
    where company_contact_id is not null;
create index pipeline_contacts_owner_idx on atlvs.pipeline_contacts (organization_id, owner_user_id)
    where owner_user_id is not null;
-- A contact is a person: what identifies them is sealed in the audit trail.
select atlvs.register_tenant_table('atlvs.pipeline_contacts',
                                   sensitive_columns => array['first_name', 'last_name', 'email', 'phone']);
select atlvs.null_on_delete('atlvs.pipeline_contacts', 'pipeline_contacts_company_contact_fkey');
select atlvs.null_on_delete('atlvs.pipeline_contacts', 'pipeline_contacts_owner_fkey');

-- --- contacts on deals ---

create table atlvs.opportunity_contacts (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    opportunity_id  uuid        not null,
    contact_id      uuid        not null,
    deal_role       text        not null default 'influencer',
    is_primary      boolean     not null default false,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint opportunity_contacts_pkey primary key (organization_id, id),
    constraint opportunity_contacts_unique unique (organization_id, opportunity_id, contact_id),
    constraint opportunity_contacts_opportunity_fkey foreign key (organization_id, opportunity_id)
        references atlvs.pipeline_opportunities (organization_id, id) on delete cascade,
    constraint opportunity_contacts_contact_fkey foreign key (organization_id, contact_id)
        references atlvs.pipeline_contacts (organization_id, id) on delete cascade,
    constraint opportunity_contacts_deal_role_check
        check (deal_role in ('decision_maker', 'influencer', 'champion', 'blocker', 'user', 'procurement'))
);

comment on table atlvs.opportunity_contacts is
    'The contacts of a deal with the role each plays in it; exactly one of them is the primary contact.';

create unique index opportunity_contacts_one_primary on atlvs.opportunity_contacts (organization_id, opportunity_id)
    where is_primary;
create index opportunity_contacts_contact_idx on atlvs.opportunity_contacts (organization_id, contact_id);
select atlvs.register_tenant_table('atlvs.opportunity_contacts');

-- At commit, a deal with contacts has a primary one (at most one is held at once by the unique index). The decision
-- reads the deal's other contacts, so it is taken one transaction at a time per deal.
create function atlvs.check_opportunity_primary_contact() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    organization uuid;
    opportunity uuid;
    contacts integer;
    primaries integer;
begin
    if tg_op = 'DELETE' then
        organization := old.organization_id;
        opportunity := old.opportunity_id;
    else
        organization := new.organization_id;
        opportunity := new.opportunity_id;
    end if;
    perform atlvs.serialize_decision(organization, 'opportunity_contacts_primary_required', opportunity);
    select count(*), count(*) filter (where c.is_primary) into contacts, primaries
      from atlvs.opportunity_contacts c
     where c.organization_id = organization and c.opportunity_id = opportunity;
    if contacts > 0 and primaries <> 1 then
        raise exception 'a deal with contacts has exactly one primary contact (constraint "opportunity_contacts_primary_required")'
            using errcode = 'check_violation', constraint = 'opportunity_contacts_primary_required',
                  table = 'opportunity_contacts', column = 'is_primary';
    end if;
    return null;
end
$$;

create constraint trigger opportunity_contacts_primary_required
    after insert or update of is_primary, opportunity_id or delete on atlvs.opportunity_contacts
    deferrable initially deferred
    for each row execute function atlvs.check_opportunity_primary_contact();

select atlvs.register_event_type('deal.contact_added', 'deal', 'a contact was put on a deal');
select atlvs.register_event_type('deal.primary_contact_changed', 'deal', 'another contact became the primary contact of a deal');
