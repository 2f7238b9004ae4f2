-- An application's own migration, migrated by Boot's Flyway into the application's schema: its stages stand on
-- the SDK's locations, so the atlvs schema must be migrated first.
create table stages (
    organization_id uuid not null,
    id uuid not null,
    location_id uuid not null,
    name text not null,
    primary key (organization_id, id),
    foreign key (organization_id, location_id) references atlvs.locations (organization_id, id)
);
