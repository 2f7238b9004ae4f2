-- Companies: the clients, vendors, venues and sponsors an organization works with, their contacts, their
-- contracts (MSAs and the SOWs under them, NDAs, purchase orders), their qualifications (insurance
-- certificates, licenses, bonds) and the ratings the organization gives them after completed work.
-- Contract and qualification lifecycles (L-CONTRACT, L-CREDENTIAL) are checked in Java before the write;
-- the database holds their states and the rules below whatever code writes.

-- --- companies ---

create table atlvs.companies (
    organization_id  uuid          not null,
    id               uuid          not null default atlvs.uuid_v7(),
    name             text          not null,
    legal_name       text,
    description      text,
    industry         text,
    is_client        boolean       not null default false,
    is_vendor        boolean       not null default false,
    is_venue         boolean       not null default false,
    is_sponsor       boolean       not null default false,
    website          text,
    email            text,
    phone            text,
    address_line1    text,
    address_line2    text,
    city             text,
    state_province   text,
    postal_code      text,
    country          char(2),
    tax_id           bytea,
    tax_id_bidx      bytea,
    bank_account     bytea,
    size             text,
    founded_year     integer,
    logo_url         text,
    status           text          not null default 'active',
    blacklist_reason text,
    rating           numeric(3, 2),
    payment_terms    text,
    created_at       timestamptz   not null,
    created_by       uuid,
    updated_at       timestamptz   not null,
    updated_by       uuid,
    version          bigint        not null,
    deleted_at       timestamptz,
    constraint companies_pkey primary key (organization_id, id),
    constraint companies_organization_fkey foreign key (organization_id)
        references atlvs.organizations (id) on delete cascade,
    constraint companies_name_check check (length(btrim(name)) between 1 and 200),
    constraint companies_legal_name_check check (length(btrim(legal_name)) between 1 and 200),
    constraint companies_description_check check (length(description) <= 4000),
    constraint companies_industry_check check (length(btrim(industry)) between 1 and 100),
    constraint companies_website_check check (website ~ '^https?://[^\s/?#]+\.[^\s/?#]+([/?#]\S*)?$' and length(website) <= 2048),
    constraint companies_email_check check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(email) <= 320),
    constraint companies_phone_check check (phone ~ '^\+[1-9][0-9]{6,14}$'),
    constraint companies_address_line1_check check (length(address_line1) <= 200),
    constraint companies_address_line2_check check (length(address_line2) <= 200),
    constraint companies_city_check check (length(btrim(city)) between 1 and 100),
    constraint companies_state_province_check check (length(btrim(state_province)) between 1 and 100),
    constraint companies_postal_code_check check (length(btrim(postal_code)) between 1 and 20),
    constraint companies_country_check check (country ~ '^[A-Z]{2}$'),
    constraint companies_tax_id_bidx_check check ((tax_id is null) = (tax_id_bidx is null)),
    constraint companies_size_check check (size in ('startup', 'small', 'medium', 'large', 'enterprise')),
    constraint companies_founded_year_check check (founded_year between 1800 and 2100),
    constraint companies_logo_url_check check (length(logo_url) <= 2048),
    constraint companies_status_check check (status in ('active', 'pending', 'inactive', 'blacklisted')),
    constraint companies_blacklist_reason_check check ((status = 'blacklisted') = (blacklist_reason is not null)),
    constraint companies_payment_terms_check
        check (payment_terms in ('net_15', 'net_30', 'net_45', 'net_60', 'net_90', 'due_on_receipt', 'prepaid'))
);

comment on table atlvs.companies is
    'External organizations: clients, vendors and suppliers, venues, agencies, sponsors. Likely duplicates (the same '
    'normalized name or web domain) are flagged by CompanyService.likelyDuplicates, not refused.';
comment on column atlvs.companies.tax_id is 'Encrypted by the SDK (bound to the row); found through tax_id_bidx.';
comment on column atlvs.companies.bank_account is 'Encrypted by the SDK (bound to the row).';
comment on column atlvs.companies.blacklist_reason is 'Why the company is blacklisted; given exactly when it is.';
comment on column atlvs.companies.rating is
    'Derived by the database: the average of the company''s ratings (company_ratings), recomputed on every write; '
    'not edited by hand.';

create index companies_name_idx on atlvs.companies (organization_id, lower(name)) where deleted_at is null;
create index companies_status_idx on atlvs.companies (organization_id, status, name) where deleted_at is null;
create index companies_tax_id_idx on atlvs.companies (organization_id, tax_id_bidx) where tax_id_bidx is not null;
select atlvs.register_tenant_table('atlvs.companies', soft_delete => true,
                                   sensitive_columns => array['email', 'phone', 'tax_id', 'bank_account']);
select atlvs.register_entity_type('company', 'atlvs.companies');

-- The average of a company's ratings, rounded to two places; null without ratings.
create function atlvs.company_rating(tenant uuid, company uuid) returns numeric
    language plpgsql
    stable
    set search_path = pg_catalog, atlvs
as $$
declare
    average numeric;
begin
    select round(avg(r.rating), 2) into average
      from atlvs.company_ratings r
     where r.organization_id = tenant and r.company_id = company;
    return average;
end
$$;

-- The rating of a company is derived whatever is written: recomputed before each write of the company.
-- Putting a company on the blacklist, or taking it off, needs people.companies.manage, whoever writes the row
-- (platform operations pass).
create function atlvs.check_company() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    platform boolean;
    actor uuid;
begin
    if (new.status = 'blacklisted') is distinct from (tg_op = 'UPDATE' and old.status = 'blacklisted') then
        select a.platform, a.actor into platform, actor from atlvs.privilege_actor() a;
        if not coalesce(platform, false)
           and (actor is null or not atlvs.actor_covers(array['people.companies.manage'], null, null)) then
            perform atlvs.refuse_privilege('companies_blacklist_manage', 'companies', 'status',
                'blacklisting a company or lifting it needs people.companies.manage (constraint "companies_blacklist_manage")');
        end if;
    end if;
    new.rating := atlvs.company_rating(new.organization_id, new.id);
    return new;
end
$$;

-- --- contacts ---

create table atlvs.company_contacts (
    organization_id uuid        not null,
    id              uuid        not null default atlvs.uuid_v7(),
    company_id      uuid        not null,
    first_name      text        not null,
    last_name       text,
    title           text,
    email           text,
    phone           text,
    department      text,
    is_primary      boolean     not null default false,
    is_active       boolean     not null default true,
    person_id       uuid,
    notes           text,
    created_at      timestamptz not null,
    created_by      uuid,
    updated_at      timestamptz not null,
    updated_by      uuid,
    version         bigint      not null,
    constraint company_contacts_pkey primary key (organization_id, id),
    constraint company_contacts_company_fkey foreign key (organization_id, company_id)
        references atlvs.companies (organization_id, id) on delete cascade,
    constraint company_contacts_person_fkey foreign key (organization_id, person_id)
        references atlvs.people (organization_id, id) on delete set null (person_id),
    constraint company_contacts_first_name_check check (length(btrim(first_name)) between 1 and 100),
    constraint company_contacts_last_name_check check (length(btrim(last_name)) between 1 and 100),
    constraint company_contacts_title_check check (length(btrim(title)) between 1 and 200),
    constraint company_contacts_email_check check (email ~ '^[^@\s]+@[^@\s]+\.[^@\s]+$' and length(email) <= 320),
    constraint company_contacts_phone_check check (phone ~ '^\+[1-9][0-9]{6,14}$'),
    constraint company_contacts_department_check check (length(btrim(department)) between 1 and 200),
    constraint company_contacts_notes_check check (length(notes) <= 4000)
);

comment on table atlvs.company_contacts is
    'People at a company: the production contact, the accounts-payable contact. At most one primary contact per company; '
    'inactive contacts are left off distribution lists.';
comment on column atlvs.company_contacts.person_id is 'The contact as a person of the directory, where they are one.';

-- At most one primary contact per company.
create unique index company_contacts_primary_unique on atlvs.company_contacts (organization_id, company_id) where is_primary;
create index company_contacts_company_idx on atlvs.company_contacts (organization_id, company_id, last_name, first_name);
create index company_contacts_person_idx on atlvs.company_contacts (organization_id, person_id) where person_id is not null;
-- A contact is a person: what identifies them is sealed in the audit trail, so that erasing them erases it there too.
select atlvs.register_tenant_table('atlvs.company_contacts', sensitive_columns => array['first_name', 'last_name', 'email', 'phone']);
select atlvs.null_on_delete('atlvs.company_contacts', 'company_contacts_person_fkey');

-- --- contracts ---

create table atlvs.company_contracts (
    organization_id     uuid           not null,
    id                  uuid           not null default atlvs.uuid_v7(),
    company_id          uuid           not null,
    project_id          uuid,
    type                text           not null,
    title               text           not null,
    description         text,
    value               numeric(19, 4),
    currency            char(3),
    start_date          date,
    end_date            date,
    renewal_date        date,
    auto_renewal        boolean        not null default false,
    renewal_notice_days integer        not null default 30,
    renewal_terms       text,
    terms               text,
    parent_contract_id  uuid,
    renews_contract_id  uuid,
    signed_at           timestamptz,
    status              text           not null default 'draft',
    created_at          timestamptz    not null,
    created_by          uuid,
    updated_at          timestamptz    not null,
    updated_by          uuid,
    version             bigint         not null,
    constraint company_contracts_pkey primary key (organization_id, id),
    -- The key the parent reference of an SOW points to: an SOW's MSA is a contract of the same company.
    constraint company_contracts_company_key unique (organization_id, company_id, id),
    constraint company_contracts_company_fkey foreign key (organization_id, company_id)
        references atlvs.companies (organization_id, id) on delete cascade,
    constraint company_contracts_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete set null (project_id),
    constraint company_contracts_parent_fkey foreign key (organization_id, company_id, parent_contract_id)
        references atlvs.company_contracts (organization_id, company_id, id) on delete restrict,
    constraint company_contracts_renews_fkey foreign key (organization_id, company_id, renews_contract_id)
        references atlvs.company_contracts (organization_id, company_id, id) on delete restrict,
    constraint company_contracts_type_check
        check (type in ('msa', 'sow', 'nda', 'service_agreement', 'purchase_order', 'other')),
    constraint company_contracts_title_check check (length(btrim(title)) between 1 and 300),
    constraint company_contracts_description_check check (length(description) <= 10000),
    constraint company_contracts_value_check check (value >= 0),
    constraint company_contracts_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint company_contracts_value_currency_check check (value is null or currency is not null),
    constraint company_contracts_end_date_check check (end_date >= start_date),
    constraint company_contracts_renewal_notice_days_check check (renewal_notice_days between 0 and 365),
    constraint company_contracts_renewal_terms_check check (length(renewal_terms) <= 4000),
    constraint company_contracts_terms_check check (length(terms) <= 20000),
    constraint company_contracts_sow_parent_check check (type <> 'sow' or parent_contract_id is not null),
    constraint company_contracts_signed_check check (status in ('draft', 'pending') or signed_at is not null),
    constraint company_contracts_status_check
        check (status in ('draft', 'pending', 'active', 'expired', 'terminated', 'renewed'))
);

comment on table atlvs.company_contracts is
    'Agreements with a company: MSAs and the SOWs under them, NDAs, service agreements, purchase orders. An SOW has an '
    'MSA of the same company (active when the SOW becomes active), and the values of an MSA''s SOWs stay within its value '
    'when it has one. A blacklisted company''s contract is not activated.';
comment on column atlvs.company_contracts.renewal_date is
    'When the contract renews or ends; its notice window opens renewal_notice_days before (the renewal calendar).';
comment on column atlvs.company_contracts.parent_contract_id is 'The MSA an SOW falls under; of the same company.';
comment on column atlvs.company_contracts.renews_contract_id is 'The contract this one succeeds on renewal.';

-- A contract has at most one successor.
create unique index company_contracts_renews_unique on atlvs.company_contracts (organization_id, company_id, renews_contract_id)
    where renews_contract_id is not null;
create index company_contracts_company_idx on atlvs.company_contracts (organization_id, company_id, status);
create index company_contracts_project_idx on atlvs.company_contracts (organization_id, project_id) where project_id is not null;
create index company_contracts_parent_idx on atlvs.company_contracts (organization_id, company_id, parent_contract_id)
    where parent_contract_id is not null;
create index company_contracts_renewal_idx on atlvs.company_contracts (organization_id, status, renewal_date)
    where renewal_date is not null;
select atlvs.register_tenant_table('atlvs.company_contracts');
select atlvs.null_on_delete('atlvs.company_contracts', 'company_contracts_project_fkey');
select atlvs.register_entity_type('company_contract', 'atlvs.company_contracts');

-- The contract rules that read other rows: the parent is an MSA; an SOW becomes active only under an active MSA; a
-- blacklisted company's contract is not activated; the SOWs under an MSA stay within its value. The decisions about one
-- MSA are serialized (see atlvs.serialize_decision), so that two SOWs written at once cannot exceed the cap together.
create function atlvs.check_company_contract() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    parent atlvs.company_contracts;
    company_status text;
    msa uuid;
    cap numeric;
    committed numeric;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'company_contracts');

    if new.parent_contract_id is not null then
        select * into parent from atlvs.company_contracts c
         where c.organization_id = new.organization_id and c.id = new.parent_contract_id;
        if parent.type <> 'msa' then
            raise exception 'a contract falls only under an MSA'
                using errcode = 'check_violation', constraint = 'company_contracts_parent_msa', table = 'company_contracts',
                      column = 'parent_contract_id';
        end if;
    end if;

    if new.status = 'active' and (tg_op = 'INSERT' or old.status <> 'active') then
        perform atlvs.serialize_decision(new.organization_id, 'company_contracts_company_blacklisted', new.company_id);
        select c.status into company_status from atlvs.companies c
         where c.organization_id = new.organization_id and c.id = new.company_id
           for share;
        if company_status = 'blacklisted' then
            raise exception 'a contract of a blacklisted company is not activated'
                using errcode = 'check_violation', constraint = 'company_contracts_company_blacklisted',
                      table = 'company_contracts', column = 'status';
        end if;
        if new.parent_contract_id is not null then
            perform atlvs.serialize_decision(new.organization_id, 'company_contracts_msa_cap', new.parent_contract_id);
            select c.status into company_status from atlvs.company_contracts c
             where c.organization_id = new.organization_id and c.id = new.parent_contract_id;
            if company_status <> 'active' then
                raise exception 'an SOW becomes active only under an active MSA'
                    using errcode = 'check_violation', constraint = 'company_contracts_msa_active', table = 'company_contracts',
                          column = 'parent_contract_id';
            end if;
        end if;
    end if;

    -- The cap: the values of the MSA's SOWs that are not terminated or renewed (a renewal's successor carries the value).
    if new.type = 'msa' then
        msa := new.id;
    elsif new.type = 'sow' then
        msa := new.parent_contract_id;
    end if;
    if msa is not null
       and (tg_op = 'INSERT' or new.value is distinct from old.value or new.status is distinct from old.status
            or new.parent_contract_id is distinct from old.parent_contract_id or new.type is distinct from old.type) then
        perform atlvs.serialize_decision(new.organization_id, 'company_contracts_msa_cap', msa);
        if new.type = 'msa' then
            cap := new.value;
        else
            select c.value into cap from atlvs.company_contracts c where c.organization_id = new.organization_id and c.id = msa;
        end if;
        if cap is not null then
            select coalesce(sum(s.value), 0) into committed
              from atlvs.company_contracts s
             where s.organization_id = new.organization_id and s.company_id = new.company_id
               and s.parent_contract_id = msa and s.type = 'sow' and s.id <> new.id
               and s.status not in ('terminated', 'renewed');
            if new.type = 'sow' and new.status not in ('terminated', 'renewed') then
                committed := committed + coalesce(new.value, 0);
            end if;
            if committed > cap then
                raise exception 'the SOWs under an MSA stay within its value'
                    using errcode = 'check_violation', constraint = 'company_contracts_msa_cap', table = 'company_contracts',
                          column = 'value';
            end if;
        end if;
    end if;
    return new;
end
$$;

create trigger check_company_contract
    before insert or update on atlvs.company_contracts
    for each row execute function atlvs.check_company_contract();

-- --- qualifications ---

create table atlvs.company_qualifications (
    organization_id    uuid           not null,
    id                 uuid           not null default atlvs.uuid_v7(),
    company_id         uuid           not null,
    type               text           not null,
    name               text           not null,
    description        text,
    issuing_authority  text,
    certificate_number text,
    issue_date         date,
    expiry_date        date,
    coverage_amount    numeric(19, 4),
    currency           char(3),
    status             text           not null default 'pending',
    verified_by        uuid,
    verified_date      date,
    notes              text,
    created_at         timestamptz    not null,
    created_by         uuid,
    updated_at         timestamptz    not null,
    updated_by         uuid,
    version            bigint         not null,
    constraint company_qualifications_pkey primary key (organization_id, id),
    constraint company_qualifications_company_fkey foreign key (organization_id, company_id)
        references atlvs.companies (organization_id, id) on delete cascade,
    constraint company_qualifications_type_check
        check (type in ('certification', 'license', 'insurance', 'bond', 'safety', 'other')),
    constraint company_qualifications_name_check check (length(btrim(name)) between 1 and 200),
    constraint company_qualifications_description_check check (length(description) <= 4000),
    constraint company_qualifications_issuing_authority_check check (length(btrim(issuing_authority)) between 1 and 200),
    constraint company_qualifications_certificate_number_check check (length(btrim(certificate_number)) between 1 and 100),
    constraint company_qualifications_expiry_date_check check (expiry_date >= issue_date),
    constraint company_qualifications_coverage_amount_check check (coverage_amount >= 0),
    constraint company_qualifications_currency_check check (currency ~ '^[A-Z]{3}$'),
    constraint company_qualifications_coverage_currency_check check (coverage_amount is null or currency is not null),
    constraint company_qualifications_status_check
        check (status in ('pending', 'active', 'expired', 'suspended', 'revoked')),
    constraint company_qualifications_notes_check check (length(notes) <= 4000)
);

comment on table atlvs.company_qualifications is
    'A company''s certifications, licenses, insurance and bonds (a certificate of general liability insurance, a rigging '
    'license). An active qualification past its expiry date counts as expired; QualificationService.expireDue moves it.';
comment on column atlvs.company_qualifications.verified_by is 'The user who verified the document; no foreign key (see DESIGN).';

create index company_qualifications_company_idx on atlvs.company_qualifications (organization_id, company_id, type);
create index company_qualifications_expiry_idx on atlvs.company_qualifications (organization_id, status, expiry_date)
    where expiry_date is not null;
select atlvs.register_tenant_table('atlvs.company_qualifications');
select atlvs.register_entity_type('company_qualification', 'atlvs.company_qualifications');

-- --- ratings ---

create table atlvs.company_ratings (
    organization_id  uuid        not null,
    id               uuid        not null default atlvs.uuid_v7(),
    company_id       uuid        not null,
    project_id       uuid        not null,
    category         text        not null default 'overall',
    rating           smallint    not null,
    review_text      text,
    reviewer_name    text,
    reviewer_title   text,
    is_recommended   boolean,
    is_public        boolean     not null default false,
    strengths        text[]      not null default '{}',
    improvements     text[]      not null default '{}',
    would_hire_again boolean,
    created_at       timestamptz not null,
    created_by       uuid,
    updated_at       timestamptz not null,
    updated_by       uuid,
    version          bigint      not null,
    constraint company_ratings_pkey primary key (organization_id, id),
    constraint company_ratings_unique unique nulls not distinct (organization_id, company_id, project_id, category, reviewer_name),
    constraint company_ratings_company_fkey foreign key (organization_id, company_id)
        references atlvs.companies (organization_id, id) on delete cascade,
    constraint company_ratings_project_fkey foreign key (organization_id, project_id)
        references atlvs.projects (organization_id, id) on delete cascade,
    constraint company_ratings_category_check
        check (category in ('overall', 'quality', 'timeliness', 'communication', 'value', 'safety', 'other')),
    constraint company_ratings_rating_check check (rating between 1 and 5),
    constraint company_ratings_review_text_check check (length(review_text) <= 4000),
    constraint company_ratings_reviewer_name_check check (length(btrim(reviewer_name)) between 1 and 200),
    constraint company_ratings_reviewer_title_check check (length(btrim(reviewer_title)) between 1 and 200)
);

comment on table atlvs.company_ratings is
    'Post-engagement scorecards of a company, one per company, project, category and reviewer. A project is rated only once '
    'it is completed (or archived after completion) and the company worked on it: as its client (projects.client_company_id), '
    'under a contract of the company on the project, or booked on it as a vendor resource (project_resources).';

create index company_ratings_project_idx on atlvs.company_ratings (organization_id, project_id);
select atlvs.register_tenant_table('atlvs.company_ratings');

-- A rating needs completed work with the company on the rated project. The decision about one project is serialized
-- with the others about it.
create function atlvs.check_company_rating() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    project_status text;
    project_client uuid;
    worked boolean;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'company_ratings');
    if tg_op = 'UPDATE' and (new.company_id, new.project_id) is not distinct from (old.company_id, old.project_id) then
        return new;
    end if;
    perform atlvs.serialize_decision(new.organization_id, 'company_ratings_completed_work', new.project_id);
    select p.status, p.client_company_id into project_status, project_client
      from atlvs.projects p
     where p.organization_id = new.organization_id and p.id = new.project_id
       for share;
    worked := project_client = new.company_id
        or exists (select 1 from atlvs.company_contracts c
                    where c.organization_id = new.organization_id and c.company_id = new.company_id
                      and c.project_id = new.project_id and c.status <> 'draft')
        or exists (select 1 from atlvs.project_resources r
                    where r.organization_id = new.organization_id and r.project_id = new.project_id
                      and r.resource_type = 'vendor' and r.resource_id = new.company_id and r.status <> 'released');
    if project_status is null or project_status not in ('completed', 'archived') or not coalesce(worked, false) then
        raise exception 'a company is rated only after completed work with it on the project'
            using errcode = 'check_violation', constraint = 'company_ratings_completed_work', table = 'company_ratings',
                  column = 'project_id';
    end if;
    return new;
end
$$;

create trigger check_company_rating
    before insert or update on atlvs.company_ratings
    for each row execute function atlvs.check_company_rating();

-- Keeps companies.rating in step with the ratings: the company's own trigger recomputes it.
create function atlvs.refresh_company_rating() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update atlvs.companies c set rating = atlvs.company_rating(old.organization_id, old.company_id)
         where c.organization_id = old.organization_id and c.id = old.company_id
           and c.rating is distinct from atlvs.company_rating(old.organization_id, old.company_id);
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        update atlvs.companies c set rating = atlvs.company_rating(new.organization_id, new.company_id)
         where c.organization_id = new.organization_id and c.id = new.company_id
           and c.rating is distinct from atlvs.company_rating(new.organization_id, new.company_id);
    end if;
    return null;
end
$$;

create trigger refresh_company_rating
    after insert or update of rating, company_id or delete on atlvs.company_ratings
    for each row execute function atlvs.refresh_company_rating();

-- The company trigger is created after company_ratings exists, which its rating function reads.
create trigger check_company
    before insert or update on atlvs.companies
    for each row execute function atlvs.check_company();
