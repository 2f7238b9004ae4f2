package dev.atlvs.people.network;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import dev.atlvs.core.validation.Violations;
import dev.atlvs.people.PeopleRules;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * One stored row of the people network: {@link #personId()} is {@link #relationshipType()} of
 * {@link #connectedPersonId()} ("A is mentor of B"), with a strength from 1 (acquaintance) to 5 (close). A symmetric
 * connection is stored once, from the smaller person id to the larger; a mentor connection is stored with its inverse
 * mentee connection. {@link NetworkService} writes rows in that shape, so that callers never see it.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("people_network")
public interface Connection extends TenantEntity {

    Table<Connection, ImmutableConnection.Builder> TABLE = ConnectionTable.TABLE;

    static ImmutableConnection.Builder builder() {
        return ImmutableConnection.builder();
    }

    @Db.Fixed
    UUID personId();

    @Db.Fixed
    UUID connectedPersonId();

    @Db.Fixed
    RelationshipType relationshipType();

    /** How close the connection is, 1 to 5. */
    @Db.SmallInt
    @Value.Default
    @Min(1)
    @Max(5)
    default int strength() {
        return 3;
    }

    Optional<@Size(max = 2000) String> notes();

    /** The other person of the connection, seen from {@code person}. */
    default UUID other(UUID person) {
        return personId().equals(person) ? connectedPersonId() : personId();
    }

    /**
     * Compares two ids as PostgreSQL orders {@code uuid} values: byte by byte, unsigned (which {@link UUID#compareTo}
     * does not: it compares signed halves).
     */
    static int compareIds(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    @Value.Check
    default void check() {
        Violations.of("Connection")
                .require(!personId().equals(connectedPersonId()), PeopleRules.PEOPLE_NETWORK_SELF_CHECK)
                .require(!relationshipType().isSymmetric() || compareIds(personId(), connectedPersonId()) <= 0,
                        PeopleRules.PEOPLE_NETWORK_ORDER_CHECK)
                .throwIfAny();
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
