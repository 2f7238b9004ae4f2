-- The application's own table, in its own schema: a stage stands at a venue stored by the SDK.
create table stages (
    organization_id uuid not null,
    id uuid not null,
    location_id uuid not null,
    name text not null,
    primary key (organization_id, id),
    foreign key (organization_id, location_id) references atlvs.locations (organization_id, id)
);
