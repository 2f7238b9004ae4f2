-- An event is stored, and a webhook subscribes, only to an event type a module has registered
-- (atlvs.event_types), for the aggregate type the event type is published for. The SDK checks both
-- before it writes (EventTypes.require, DomainEvents.append); these triggers hold the same rules for
-- any other writer. Each is a primary-key probe of a small reference table.

create function atlvs.check_domain_event_type() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if not exists (select 1 from atlvs.event_types t
                    where t.name = new.event_type and t.aggregate_type = new.aggregate_type) then
        raise exception 'the event type is not registered for the aggregate type'
            using errcode = 'check_violation', constraint = 'domain_events_event_type_registered', table = 'domain_events',
                  column = 'event_type';
    end if;
    return new;
end
$$;

create trigger check_event_type
    before insert on atlvs.domain_events
    for each row execute function atlvs.check_domain_event_type();

create function atlvs.check_webhook_event_types() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
declare
    unknown text;
begin
    select s.name into unknown
      from unnest(new.event_types) s(name)
     where not exists (select 1 from atlvs.event_types t where t.name = s.name)
     limit 1;
    if unknown is not null then
        raise exception 'every event type a webhook subscribes to must be registered'
            using errcode = 'check_violation', constraint = 'webhooks_event_types_registered', table = 'webhooks',
                  column = 'event_types';
    end if;
    return new;
end
$$;

create trigger check_event_types
    before insert or update of event_types on atlvs.webhooks
    for each row execute function atlvs.check_webhook_event_types();
