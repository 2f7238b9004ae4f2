-- The directory in the core's search index: people by name, job title, city, e-mail, phone and skills; companies by
-- name, city, industry, web site, e-mail and phone; company contacts by name, title, e-mail and phone. The index is
-- kept by the database in the same transaction as every write, and erasing a person rewrites their document too.

-- A person's skills are the names of the competencies they hold (person_competencies), derived by the database on
-- every write of the person and refreshed when their competencies or a competency's name change. Whatever is written
-- to the column, the database stores the derived list.
alter table atlvs.people add column skills text[] not null default '{}';

comment on column atlvs.people.skills is
    'Derived: the names of the competencies the person holds, by name; searchable. Never written by hand.';

create function atlvs.person_skills(organization uuid, person uuid) returns text[]
    language plpgsql stable
    set search_path = pg_catalog, atlvs
as $$
begin
    return array(select c.name
                   from atlvs.person_competencies pc
                   join atlvs.people_competencies c on c.organization_id = pc.organization_id and c.id = pc.competency_id
                  where pc.organization_id = organization and pc.person_id = person
                  order by lower(c.name), c.id);
end
$$;

create function atlvs.derive_person_skills() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    -- A new person holds no competency yet: person_competencies refers to the person.
    new.skills := case when tg_op = 'INSERT' then '{}' else atlvs.person_skills(new.organization_id, new.id) end;
    return new;
end
$$;

create trigger derive_person_skills
    before insert or update on atlvs.people
    for each row execute function atlvs.derive_person_skills();

-- A change of a person's competencies touches the person, whose trigger derives the list again.
create function atlvs.refresh_person_skills() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    if tg_op in ('UPDATE', 'DELETE') then
        update atlvs.people p set skills = p.skills
         where p.organization_id = old.organization_id and p.id = old.person_id;
    end if;
    if tg_op in ('INSERT', 'UPDATE') and (tg_op = 'INSERT' or new.person_id <> old.person_id
                                          or new.competency_id <> old.competency_id) then
        update atlvs.people p set skills = p.skills
         where p.organization_id = new.organization_id and p.id = new.person_id;
    end if;
    return null;
end
$$;

create trigger refresh_person_skills
    after insert or update of person_id, competency_id or delete on atlvs.person_competencies
    for each row execute function atlvs.refresh_person_skills();

-- A renamed competency renames the skill of everybody who holds it.
create function atlvs.refresh_competency_skills() returns trigger
    language plpgsql
    set search_path = pg_catalog, atlvs
as $$
begin
    update atlvs.people p set skills = p.skills
     where p.organization_id = new.organization_id
       and p.id in (select pc.person_id from atlvs.person_competencies pc
                     where pc.organization_id = new.organization_id and pc.competency_id = new.id);
    return null;
end
$$;

create trigger refresh_competency_skills
    after update of name on atlvs.people_competencies
    for each row when (new.name is distinct from old.name)
    execute function atlvs.refresh_competency_skills();

select atlvs.register_search_source('atlvs.people', 'person',
                                    title_columns      => array['first_name', 'last_name'],
                                    subtitle_columns   => array['title', 'city'],
                                    body_columns       => array['email', 'phone', 'department', 'location', 'skills'],
                                    soft_delete_column => 'deleted_at');

select atlvs.register_search_source('atlvs.companies', 'company',
                                    title_columns      => array['name', 'legal_name'],
                                    subtitle_columns   => array['city', 'industry'],
                                    body_columns       => array['website', 'email', 'phone', 'country'],
                                    soft_delete_column => 'deleted_at');

select atlvs.register_search_source('atlvs.company_contacts', 'company_contact',
                                    title_columns      => array['first_name', 'last_name'],
                                    subtitle_columns   => array['title', 'department'],
                                    body_columns       => array['email', 'phone']);
