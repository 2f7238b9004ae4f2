-- The sensitive personal fields of user profiles are stored encrypted by the application (@Db.Encrypted on
-- UserProfile): authenticated ciphertext bound to table, column, organization and row, made with the host's
-- keys, so the database, its dumps and the audit trail hold no plaintext of them. The database cannot check
-- ciphertext: the checks on these values now live in Java only. The employee id keeps its per-organization
-- uniqueness through its blind index (a keyed hash of the value).
--
-- Values written before this change are plaintext that the database cannot encrypt (it never holds the keys):
-- the migration refuses to run over them rather than lose them. Read them out, run the migration, and write
-- them back through the SDK.

create function atlvs.refuse_plaintext(value text, field text) returns bytea
    language plpgsql immutable
    set search_path = pg_catalog
as $$
begin
    if value is null then
        return null;
    end if;
    raise exception '% holds values stored before encryption: read them out, migrate, and write them back through the SDK',
        field using errcode = 'object_not_in_prerequisite_state';
end
$$;

alter table atlvs.user_profiles
    drop constraint user_profiles_date_of_birth_check,
    drop constraint user_profiles_hire_date_check,
    drop constraint user_profiles_phone_primary_check,
    drop constraint user_profiles_phone_secondary_check,
    drop constraint user_profiles_address_line1_check,
    drop constraint user_profiles_address_line2_check,
    drop constraint user_profiles_employee_id_check,
    drop constraint user_profiles_employee_id_unique;

alter table atlvs.user_profiles
    alter column date_of_birth type bytea using atlvs.refuse_plaintext(date_of_birth::text, 'user_profiles.date_of_birth'),
    alter column phone_primary type bytea using atlvs.refuse_plaintext(phone_primary, 'user_profiles.phone_primary'),
    alter column phone_secondary type bytea using atlvs.refuse_plaintext(phone_secondary, 'user_profiles.phone_secondary'),
    alter column address_line1 type bytea using atlvs.refuse_plaintext(address_line1, 'user_profiles.address_line1'),
    alter column address_line2 type bytea using atlvs.refuse_plaintext(address_line2, 'user_profiles.address_line2'),
    alter column employee_id type bytea using atlvs.refuse_plaintext(employee_id, 'user_profiles.employee_id'),
    add column employee_id_bidx bytea,
    add constraint user_profiles_employee_id_bidx_check check ((employee_id is null) = (employee_id_bidx is null)),
    add constraint user_profiles_employee_id_unique unique (organization_id, employee_id_bidx);

drop function atlvs.refuse_plaintext(text, text);
