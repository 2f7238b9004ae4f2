-- Every key of a tenant table holds its tenant column, so that Citus can distribute the table by it: a key
-- without the tenant would have to be checked across shards, which Citus refuses. A key that must hold across
-- organizations lives on a table without a tenant (global or internal scope), which Citus keeps whole on
-- every node as a reference table: the API-key prefixes (V9), and the organization slugs (here).
--
-- organizations is the tenant table keyed by its own id (its tenant column); its slug was unique across
-- organizations through a constraint without that column. The slugs now have a table of their own, kept by a
-- trigger whatever code writes the organizations, and a taken slug is refused under the constraint's former name
-- (organizations_slug_unique, column slug), so the refusal is reported as before.

create table atlvs.organization_slugs (
    slug            text not null,
    organization_id uuid not null,
    constraint organization_slugs_pkey primary key (slug),
    constraint organization_slugs_organization_unique unique (organization_id)
);
select atlvs.register_table('atlvs.organization_slugs', 'internal');
revoke all on atlvs.organization_slugs from public;
do $$
begin
    if '${runtime_role}' <> '' and '${runtime_role}' <> current_user then
        execute format('revoke all on atlvs.organization_slugs from %I', '${runtime_role}');
    end if;
end
$$;

-- Claims the slug of an inserted organization (or the new slug of a renamed one) and gives up the old one; runs
-- with the owner's rights, as the run-time role cannot read the slugs of other organizations.
create function atlvs.index_organization_slug() returns trigger
    language plpgsql security definer
    set search_path = pg_catalog, atlvs
as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        delete from atlvs.organization_slugs s where s.slug = old.slug and s.organization_id = old.id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') then
        insert into atlvs.organization_slugs (slug, organization_id)
        values (new.slug, new.id)
        on conflict on constraint organization_slugs_pkey do nothing;
        if not exists (select 1 from atlvs.organization_slugs s where s.slug = new.slug and s.organization_id = new.id) then
            raise exception 'the slug is taken by another organization'
                using errcode = 'unique_violation', constraint = 'organizations_slug_unique', table = 'organizations',
                      column = 'slug';
        end if;
    end if;
    return null;
end
$$;
revoke execute on function atlvs.index_organization_slug() from public;

create trigger index_slug
    after insert or update of slug or delete on atlvs.organizations
    for each row execute function atlvs.index_organization_slug();

-- The slugs of the organizations that exist, which the owner reads here past the forced row-level security of
-- organizations (no transaction of a migration has a tenant).
alter table atlvs.organizations no force row level security;
insert into atlvs.organization_slugs (slug, organization_id) select o.slug, o.id from atlvs.organizations o;
alter table atlvs.organizations force row level security;

alter table atlvs.organizations drop constraint organizations_slug_unique;
