-- Names the original application used for the profile and people tables survive as views over their canonical tables,
-- so that code written against them keeps working. They run with the caller's rights (security_invoker): the
-- row-level security of the canonical tables applies unchanged, and encrypted columns stay ciphertext.

create view atlvs.user_certifications with (security_invoker = true) as
    select c.*, p.user_id
      from atlvs.certifications c
      join atlvs.people p on p.organization_id = c.organization_id and p.id = c.person_id;

create view atlvs.user_job_history with (security_invoker = true) as
    select j.*, p.user_id
      from atlvs.job_history j
      join atlvs.people p on p.organization_id = j.organization_id and p.id = j.person_id;

create view atlvs.user_emergency_contacts with (security_invoker = true) as
    select e.*, p.user_id
      from atlvs.emergency_contacts e
      join atlvs.people p on p.organization_id = e.organization_id and p.id = e.person_id;

create view atlvs.user_endorsements with (security_invoker = true) as
    select * from atlvs.people_endorsements where endorser_id is null;

comment on view atlvs.user_certifications is
    'Consolidated into certifications (of people; user_id is the person''s login, if any).';
comment on view atlvs.user_job_history is
    'Consolidated into job_history (of people; user_id is the person''s login, if any).';
comment on view atlvs.user_emergency_contacts is
    'Consolidated into emergency_contacts (of people; user_id is the person''s login, if any). The contact''s details are '
    'ciphertext here: only the SDK decrypts them, for the person and holders of people.safety.access.';
comment on view atlvs.user_endorsements is
    'Consolidated into people_endorsements: the endorsements by external referees (endorser_name, no endorser_id).';
