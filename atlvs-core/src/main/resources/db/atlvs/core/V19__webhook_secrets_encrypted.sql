-- The signing secret of a webhook endpoint becomes an encrypted column like the personal fields of user
-- profiles (V15, @Db.Encrypted on Webhook.secret): authenticated ciphertext made with the host's field keys
-- (Atlvs.Builder.fieldKeys), bound to table, column, organization and row, with the id of its key inside
-- the value, so the database, its dumps and the audit trail hold no plaintext of it, and the keys rotate with
-- Platform.reencrypt like every other encrypted column. The separate key id column goes: the key id is part
-- of the ciphertext.
--
-- Secrets stored before this change were encrypted by the SDK with keys of another kind (AES-GCM, named by
-- secret_key_id) that the database never holds, so it can neither convert them nor check them. The
-- migration refuses to run over them rather than lose them or keep a second way of decrypting: with the
-- previous version of the SDK, note each endpoint (name, URL, event types) and delete it; then migrate,
-- register the endpoints again and give each receiver its new secret.

create function atlvs.refuse_webhook_secret(ciphertext text) returns bytea
    language plpgsql immutable
    set search_path = pg_catalog
as $$
begin
    if ciphertext is null then
        return null;
    end if;
    raise exception 'webhooks holds secrets encrypted before field encryption: note and delete the endpoints with the previous version, migrate, and register them again through the SDK'
        using errcode = 'object_not_in_prerequisite_state';
end
$$;

-- Rewriting the column reads every row, whatever row-level security would show.
alter table atlvs.webhooks
    alter column secret_ciphertext type bytea using atlvs.refuse_webhook_secret(secret_ciphertext),
    drop column secret_key_id;

alter table atlvs.webhooks rename column secret_ciphertext to secret;

drop function atlvs.refuse_webhook_secret(text);

-- The audit trigger names the redacted columns: install it again for the renamed one.
select atlvs.register_tenant_table('atlvs.webhooks', sensitive_columns => array['secret']);
