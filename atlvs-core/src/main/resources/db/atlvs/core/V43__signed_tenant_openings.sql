-- A tenant transaction opens in one plain statement: the host, which holds the context key, signs the context
-- itself (the same 'kind:key id:expiry:MAC' that atlvs.open_context makes, see V17) and sets it with the tenant,
-- actor and correlation id through set_config; the same statement reads the actor's membership under the tenant
-- policy, which verifies the context (atlvs.current_tenant()). Without the key nobody can sign a context, so a
-- setting written by hand still leaves a transaction with no tenant. The proof-checking openings of V17 stay,
-- and remain the way on Citus (whose shards see only SET LOCAL settings) and for platform contexts.
--
-- An opening that read no active membership, or whose host clock differs from the database's by more than five
-- minutes, ends here: a context that does not verify is refused with its reason, and a verified one is cleared,
-- since only an active member keeps it.
create function atlvs.settle_tenant_opening(issued_at timestamptz) returns void
    language plpgsql volatile security definer
    set search_path = pg_catalog, atlvs
as $$
declare
    context text := current_setting('atlvs.context', true);
    retired timestamptz;
begin
    -- A host clock far off is named first: it is also why a context it signed may have expired already. A refusal
    -- ends the transaction (the opening's settings with it).
    if issued_at is null or abs(extract(epoch from clock_timestamp() - issued_at)) > 300 then
        raise exception 'the transaction context was refused: it was issued more than five minutes away from the database''s clock'
            using errcode = 'insufficient_privilege';
    end if;
    if atlvs.current_tenant() is null then
        if context is null or context = '' then
            raise exception 'the transaction context was refused: none is set'
                using errcode = 'insufficient_privilege';
        end if;
        select k.retired_at into retired from atlvs.context_keys k where k.key_id = split_part(context, ':', 2);
        if not found or retired is not null then
            raise exception 'the transaction context was refused: its context key is not installed or is retired'
                using errcode = 'insufficient_privilege', hint = 'install the host''s context key (Atlvs.migrate does) or configure the installed one';
        end if;
        if split_part(context, ':', 3) ~ '^[0-9]{1,18}$' and split_part(context, ':', 3)::bigint <= extract(epoch from now()) then
            raise exception 'the transaction context was refused: it has expired'
                using errcode = 'insufficient_privilege';
        end if;
        raise exception 'the transaction context was refused: its proof does not match'
            using errcode = 'insufficient_privilege';
    end if;
    perform atlvs.close_context();
end
$$;

revoke execute on function atlvs.settle_tenant_opening(timestamptz) from public;
do $$
begin
    if '${runtime_role}' <> '' and '${runtime_role}' <> current_user then
        execute format('grant execute on function atlvs.settle_tenant_opening(timestamptz) to %I', '${runtime_role}');
    end if;
end
$$;
