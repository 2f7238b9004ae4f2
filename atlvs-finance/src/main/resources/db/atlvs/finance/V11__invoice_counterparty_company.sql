-- An invoice's counterparty may be one of the organization's companies (the people module's companies). The stored
-- counterparty_name stays what was printed on the document: an issued invoice keeps it even when the company is renamed.
alter table atlvs.invoices add column counterparty_company_id uuid;

create index invoices_counterparty_company_idx on atlvs.invoices (organization_id, counterparty_company_id)
    where counterparty_company_id is not null;

-- Where Citus is installed, companies are distributed already and a key to them may only come from a distributed
-- table: the finance tables made so far are distributed first (nothing happens without Citus).
select atlvs.distribute_schema();

-- A company with invoices is kept (no action rather than restrict, so that deleting the organization still works).
alter table atlvs.invoices
    add constraint invoices_counterparty_company_fkey foreign key (organization_id, counterparty_company_id)
        references atlvs.companies (organization_id, id) on delete no action;

comment on column atlvs.invoices.counterparty_company_id is
    'The client (receivable) or vendor (payable) as a company of the organization, where it is one; counterparty_name keeps '
    'the name as printed.';
