-- An entry that names itself as the entry it reverses breaks the CHECK constraint of its table
-- (journal_entries_reversal_of_check), the rule the SDK reports as well. check_journal_entry, which runs
-- before that check, no longer reports the case as a reversal of an unposted entry
-- (journal_entries_reversal_of_posted), so the rule keeps one name whoever catches it. Otherwise the
-- function is unchanged.
create or replace function atlvs.check_journal_entry() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    fixed text[] := array['status', 'project_id', 'updated_at', 'updated_by', 'version'];
    period_closed boolean;
begin
    if tg_op = 'DELETE' then
        perform atlvs.require_current_tenant(old.organization_id, 'journal_entries');
        -- Only the deletion of the whole organization takes its posted entries with it.
        if old.status <> 'draft' and exists (select 1 from atlvs.organizations o where o.id = old.organization_id) then
            raise exception 'a posted journal entry is never deleted; reverse it'
                using errcode = 'check_violation', constraint = 'journal_entries_posted_immutable', table = 'journal_entries',
                      column = 'status';
        end if;
        return old;
    end if;
    perform atlvs.require_current_tenant(new.organization_id, 'journal_entries');
    if tg_op = 'UPDATE' and old.status <> 'draft' then
        if (to_jsonb(new) - fixed) is distinct from (to_jsonb(old) - fixed)
           or (new.project_id is distinct from old.project_id and new.project_id is not null)
           or not (new.status = old.status
                   or (old.status = 'posted' and new.status = 'reversed'
                       and exists (select 1 from atlvs.journal_entries r
                                    where r.organization_id = old.organization_id and r.reversal_of = old.id
                                      and r.status = 'posted'))) then
            raise exception 'a posted journal entry does not change; reverse it'
                using errcode = 'check_violation', constraint = 'journal_entries_posted_immutable', table = 'journal_entries',
                      column = 'status';
        end if;
        return new;
    end if;
    if new.status = 'reversed' then
        raise exception 'only a posted journal entry is reversed'
            using errcode = 'check_violation', constraint = 'journal_entries_reversed_posted', table = 'journal_entries',
                  column = 'status';
    end if;
    if new.status = 'posted' then
        if new.posted_at is null then
            new.posted_at := now();
        end if;
        new.posted_by := coalesce(atlvs.current_actor(), new.posted_by);
        -- The period is locked for share, so a concurrent close waits for this posting and then sees it.
        select p.status = 'closed' into period_closed
          from atlvs.fiscal_periods p
         where p.organization_id = new.organization_id
           and new.posting_date between p.starts_on and p.ends_on
           for share;
        if period_closed then
            raise exception 'no posting into a closed fiscal period'
                using errcode = 'check_violation', constraint = 'journal_entries_period_closed', table = 'journal_entries',
                      column = 'posting_date';
        end if;
    end if;
    if new.reversal_of is not null and new.reversal_of <> new.id
       and (tg_op = 'INSERT' or new.reversal_of is distinct from old.reversal_of)
       and not exists (select 1 from atlvs.journal_entries o
                        where o.organization_id = new.organization_id and o.id = new.reversal_of and o.status = 'posted') then
        raise exception 'a reversal reverses a posted journal entry'
            using errcode = 'check_violation', constraint = 'journal_entries_reversal_of_posted', table = 'journal_entries',
                  column = 'reversal_of';
    end if;
    return new;
end
$$;
