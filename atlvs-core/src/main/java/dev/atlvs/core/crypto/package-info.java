/**
 * Encryption of sensitive columns: a value type marks an accessor {@code @Db.Encrypted} (optionally with a
 * blind index for equality look-ups), the host gives its Tink keysets as {@link dev.atlvs.core.crypto.FieldKeys},
 * and the repository engine encrypts before every write and decrypts after every read; the database, its
 * dumps and the audit trail hold only ciphertext.
 *
 * <pre>{@code
 * Atlvs atlvs = Atlvs.builder(dataSource).fieldKeys(FieldKeys.of(aeadKeyset, prfKeyset)).build();
 * Optional<UserProfile> profile = tx.repository(UserProfileRepository.class).findByEmployeeId("E-1042");
 * }</pre>
 */
package dev.atlvs.core.crypto;
