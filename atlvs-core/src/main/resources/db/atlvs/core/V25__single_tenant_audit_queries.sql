-- The audit trail's replay and write-back run as plain queries of one organization, which Citus routes to the
-- shard of that organization: each filters on organization_id with the verified tenant taken once into a
-- variable (no sub-select), and the replay reads a record's sealed values by their key instead of through an
-- outer join whose condition held a constant (unseal), which Citus cannot plan. audit_state_at becomes PL/pgSQL:
-- Citus cannot plan the queries of an SQL function with parameters.

-- Replays a record's audit rows up to a point in time; with unseal (owner rights only) the sensitive
-- values are put back.
create or replace function atlvs.replay_state(target_table text, record uuid, at timestamptz, unseal boolean) returns jsonb
    language plpgsql stable
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant uuid := atlvs.current_tenant();
    state jsonb;
    sealed jsonb;
    entry record;
begin
    for entry in select l.id, l.action, l.new_values
                   from atlvs.audit_logs l
                  where l.organization_id = tenant
                    and l.table_name = target_table and l.record_id = record and l.occurred_at <= at
                  order by l.sequence loop
        if unseal then
            sealed := null;
            select s.new_values into sealed
              from atlvs.audit_sealed_values s
             where s.organization_id = tenant and s.id = entry.id;
            entry.new_values := entry.new_values || coalesce(sealed, '{}');
        end if;
        if entry.action = 'insert' then
            state := entry.new_values;
        elsif entry.action = 'update' then
            state := coalesce(state, '{}') || entry.new_values;
        else
            state := null;
        end if;
    end loop;
    return state;
end
$$;

-- The state of a record at a point in time, replayed from its audit rows (null when it did not exist).
-- Redacted values are null.
create or replace function atlvs.audit_state_at(target_table text, record uuid, at timestamptz) returns jsonb
    language plpgsql stable security definer
    set search_path = pg_catalog, atlvs
as $$
begin
    return atlvs.replay_state(target_table, record, at, false);
end
$$;

-- Writes one record back: deletes it (state null), inserts it, or sets the given columns. Rows of a tenant
-- table are found in the verified tenant only.
create or replace function atlvs.write_back(target_table text, record uuid, state jsonb, columns text[]) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    tenant uuid := atlvs.current_tenant();
    registration atlvs.registered_tables;
    tenant_key text;
    assignments text;
    exists_now boolean;
begin
    select * into registration from atlvs.registered_tables r where r.table_name = target_table and r.audited;
    if not found then
        raise exception 'not an audited table' using errcode = 'invalid_parameter_value';
    end if;
    tenant_key := case when registration.scope = 'tenant' then format('t.%I = $3 and ', registration.tenant_column) else '' end;
    execute format('select true from atlvs.%I t where %s t.id = $1', target_table, tenant_key)
        into exists_now using record, state, tenant;
    if state is null then
        if exists_now then
            execute format('delete from atlvs.%I t where %s t.id = $1', target_table, tenant_key) using record, state, tenant;
        end if;
    elsif exists_now is null then
        execute format('insert into atlvs.%I select * from jsonb_populate_record(null::atlvs.%I, $1)', target_table, target_table)
            using state;
    else
        select string_agg(format('%I = r.%I', c, c), ', ')
          into assignments
          from unnest(columns) c
         where c not in ('id', 'organization_id', 'created_at', 'created_by', 'updated_at', 'updated_by', 'version');
        if assignments is not null then
            execute format('update atlvs.%I t set %s from jsonb_populate_record(null::atlvs.%I, $2) r where %s t.id = $1',
                           target_table, assignments, target_table, tenant_key)
                using record, state, tenant;
        end if;
    end if;
end
$$;
