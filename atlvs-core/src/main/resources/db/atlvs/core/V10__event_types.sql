-- The registry of the domain event types each module publishes, kept by the migrations of the module
-- that publishes them, beside the same declaration in Java (AtlvsModule.eventTypes); a guardrail test
-- keeps the two equal. Integrators read it to list what a webhook may subscribe to.

create table atlvs.event_types (
    name           text        not null,
    aggregate_type text        not null,
    description    text        not null,
    registered_at  timestamptz not null default now(),
    constraint event_types_pkey primary key (name),
    constraint event_types_name_check
        check (name ~ '^[a-z][a-z0-9_]*(\.[a-z][a-z0-9_]*)+$' and length(name) <= 100),
    constraint event_types_aggregate_type_check check (aggregate_type ~ '^[a-z][a-z_]{0,62}$'),
    constraint event_types_description_check check (length(btrim(description)) between 1 and 200)
);
select atlvs.register_table('atlvs.event_types', 'internal');

do $$
begin
    if '${runtime_role}' <> '' and '${runtime_role}' <> current_user then
        execute format('revoke insert, update, delete on atlvs.event_types from %I', '${runtime_role}');
    end if;
end
$$;

-- Registers (or re-describes) the event type event_type of aggregate_type.
create function atlvs.register_event_type(event_type text, aggregate_type text, description text) returns void
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    insert into atlvs.event_types as e (name, aggregate_type, description) values (event_type, aggregate_type, description)
    on conflict on constraint event_types_pkey
        do update set aggregate_type = excluded.aggregate_type, description = excluded.description;
end
$$;
revoke execute on function atlvs.register_event_type(text, text, text) from public;

select atlvs.register_event_type('comment.posted', 'comment', 'a comment or reply was posted');
