-- Decisions serialized under READ COMMITTED hold a bounded number of locks, however many rows a statement decides.
--
-- atlvs.serialize_decision (V14) took one transaction-level advisory lock per rule, organization and subject. A
-- statement that decides about many subjects at once, such as a bulk load of tasks that are done or have a parent
-- (atlvs.check_project_task decides per task), held one lock per row until its transaction ended, and PostgreSQL's
-- lock table, shared by every session and sized max_locks_per_transaction × (max_connections +
-- max_prepared_transactions), ran out: "out of shared memory" (SQLSTATE 53200) once a load passed some tens of
-- thousands of such rows (a full benchmark profile's largest organization has 635,293 tasks).
--
-- The subject now picks one of 256 locks per rule and organization (a hash of the subject), so a transaction holds
-- at most 256 of them per rule and organization. Two decisions about the same subject still take the same lock and
-- are made one transaction at a time, as before; two decisions about different subjects of the same bucket also
-- wait for each other, which delays the second by the first's transaction and changes nothing it decides. Under
-- REPEATABLE READ and SERIALIZABLE the decision's row of atlvs.serialization_points stays per subject, as before
-- (rows, not locks: no limit applies).
create or replace function atlvs.serialize_decision(tenant_id uuid, rule_name text, subject_id uuid) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if current_setting('transaction_isolation') in ('read committed', 'read uncommitted') then
        perform pg_advisory_xact_lock(hashtext(rule_name),
                                      hashtext(tenant_id::text || '/' || (hashtext(subject_id::text) & 255)::text));
    else
        insert into atlvs.serialization_points as p (organization_id, rule, id, decisions)
        values (tenant_id, rule_name, subject_id, 1)
        on conflict on constraint serialization_points_pkey do update set decisions = p.decisions + 1;
    end if;
end
$$;
