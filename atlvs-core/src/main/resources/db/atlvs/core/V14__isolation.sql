-- Rules that read rows and then write one hold at every isolation level the SDK offers (READ COMMITTED,
-- REPEATABLE READ, SERIALIZABLE).
--
-- A rule such as "an organization keeps an active owner" or "a tree has no loop" is decided by reading
-- rows that a concurrent transaction may be changing. Two transactions deciding the same rule for the
-- same subject must not both decide on what they read before the other wrote:
--   * under READ COMMITTED a lock held to commit is enough: the second decider waits for the first, and
--     its next statement reads what the first committed;
--   * under REPEATABLE READ and SERIALIZABLE it is not: the second decider goes on reading the snapshot
--     its transaction started with, and a row that the first only locked (and did not change) raises no
--     serialization failure. So at these levels each decision also writes a serialization point of its
--     subject: the first decider's write makes the second decider's write of the same point fail with a
--     serialization failure (SQLSTATE 40001), and the SDK runs the second transaction again on a fresh
--     snapshot, where it sees what the first committed.

-- One row per (organization, rule, subject) that has been decided under REPEATABLE READ or SERIALIZABLE;
-- decisions counts them. High-churn bookkeeping with neither standard columns nor audit, under the tenant
-- policy like every tenant table. No foreign key: a point is written while its organization is being
-- deleted (the last owner's membership goes with it), and a stale point is harmless.
create table atlvs.serialization_points (
    organization_id uuid   not null,
    rule            text   not null,
    id              uuid   not null,
    decisions       bigint not null,
    constraint serialization_points_pkey primary key (organization_id, rule, id),
    constraint serialization_points_rule_check check (length(rule) between 1 and 63),
    constraint serialization_points_decisions_check check (decisions >= 1)
);
select atlvs.register_log_table('atlvs.serialization_points');

-- Serializes the decisions of rule_name about subject_id in tenant_id with every concurrent decision of
-- the same rule and subject, for the rest of the transaction: under READ COMMITTED by waiting for a
-- transaction lock (nothing is written); under REPEATABLE READ and SERIALIZABLE by writing the subject's
-- serialization point, which fails with SQLSTATE 40001 when a transaction the snapshot does not see has
-- decided the same rule and subject. Call it before reading what the decision depends on.
create function atlvs.serialize_decision(tenant_id uuid, rule_name text, subject_id uuid) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if current_setting('transaction_isolation') in ('read committed', 'read uncommitted') then
        perform pg_advisory_xact_lock(hashtext(rule_name), hashtext(tenant_id::text || '/' || subject_id::text));
    else
        insert into atlvs.serialization_points as p (organization_id, rule, id, decisions)
        values (tenant_id, rule_name, subject_id, 1)
        on conflict on constraint serialization_points_pkey do update set decisions = p.decisions + 1;
    end if;
end
$$;

-- Last owner: a change that takes an active owner out of the active owners is decided for the whole
-- organization one transaction at a time. This trigger fires before keep_an_active_owner (triggers of one
-- event fire in name order), whose check then reads what the previous decider committed, or whose
-- transaction is retried.
create function atlvs.decide_owner_change_in_turn() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if tg_op = 'DELETE' or new.role <> 'owner' or new.status <> 'active' then
        perform atlvs.serialize_decision(old.organization_id, 'organization_members_last_owner', old.organization_id);
    end if;
    return coalesce(new, old);
end
$$;

create trigger decide_owner_change_in_turn
    before update of role, status or delete on atlvs.organization_members
    for each row when (old.role = 'owner' and old.status = 'active')
    execute function atlvs.decide_owner_change_in_turn();

-- Trees (locations, manager chains, sub-tasks, accounts): the edges of one tree of an organization are
-- decided one transaction at a time, at every isolation level.
create or replace function atlvs.check_acyclic(
    target regclass, tenant uuid, id uuid, parent_id uuid,
    key_column name, parent_column name, constraint_name text, column_name text
) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    loops boolean;
begin
    if parent_id is null then
        return;
    end if;
    perform atlvs.serialize_decision(tenant, constraint_name, tenant);
    execute format(
        'with recursive chain(node, depth) as ('
            ' select t.%2$I, 1 from %1$s t where t.organization_id = $1 and t.%3$I = $2'
            ' union all'
            ' select t.%2$I, c.depth + 1 from chain c join %1$s t on t.organization_id = $1 and t.%3$I = c.node'
            ' where c.node is not null and c.depth < 10000)'
        ' select exists (select 1 from chain where node = $3) or $2 = $3',
        target, parent_column, key_column)
        into loops
        using tenant, parent_id, id;
    if loops then
        raise exception 'the change would make a loop in %', (select c.relname from pg_class c where c.oid = target)
            using errcode = 'check_violation', constraint = constraint_name,
                  table = (select c.relname from pg_class c where c.oid = target), column = column_name;
    end if;
end
$$;

-- Storage quota: uploads of one organization are decided one transaction at a time, at every isolation
-- level. The organization row is still locked (FOR NO KEY UPDATE) so that a concurrent change of the quota
-- waits for the upload, or, under REPEATABLE READ and SERIALIZABLE, makes it run again.
create or replace function atlvs.check_storage_file() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    quota integer;
    used bigint;
begin
    perform atlvs.require_current_tenant(new.organization_id, 'storage_files');
    -- Purging a previous version sets version_of to null (the foreign key's action); nothing else moves a file.
    if tg_op = 'UPDATE' and new.version_of is distinct from old.version_of and new.version_of is not null then
        raise exception 'a file stays in its version chain'
            using errcode = 'check_violation', constraint = 'storage_files_version_of_fixed', table = 'storage_files',
                  column = 'version_of';
    end if;
    if new.status <> 'deleted'
       and (tg_op = 'INSERT' or old.status = 'deleted' or new.size_bytes > old.size_bytes) then
        select o.storage_quota_gb into quota
          from atlvs.organizations o
         where o.id = new.organization_id
           for no key update;
        if quota is not null then
            perform atlvs.serialize_decision(new.organization_id, 'storage_files_quota', new.organization_id);
            select coalesce(sum(f.size_bytes), 0) into used
              from atlvs.storage_files f
             where f.organization_id = new.organization_id and f.status <> 'deleted' and f.id <> new.id;
            if used + new.size_bytes > quota::bigint * 1073741824 then
                raise exception 'the organization''s storage quota would be exceeded'
                    using errcode = 'check_violation', constraint = 'storage_files_quota', table = 'storage_files',
                          column = 'size_bytes';
            end if;
        end if;
    end if;
    return new;
end
$$;
