package dev.atlvs.people.network;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.people.PeoplePermissions;
import dev.atlvs.people.person.Person;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

/**
 * The people network: recording connections in the shape the database keeps them (symmetric ones once, mentor
 * connections with their inverse) without the caller seeing that shape, reading a person's connections, and the
 * network queries: degrees of separation and the shortest introduction path between two people.
 *
 * <p>The path search is a bidirectional breadth-first search over the connections taken as undirected edges. It loads
 * one level of the smaller of the two frontiers per query ({@link ConnectionRepository#edgesTouching}), so a path of
 * length {@code d} costs about {@code d} queries, and it is bounded twice: by a maximum depth (the longest path it
 * looks for, {@value #DEFAULT_MAX_DEPTH} by default) and by a budget of people visited ({@value #DEFAULT_NODE_BUDGET}
 * by default). When a bound stops it, the answer is "no path".
 *
 * <pre>{@code
 * NetworkService network = new NetworkService(tx);
 * network.connect(ana.id(), ben.id(), RelationshipType.COLLEAGUE, 4, Optional.of("Toured together in 2025"));
 * network.connect(ben.id(), cleo.id(), RelationshipType.MENTOR, 5, Optional.empty());
 * Optional<IntroductionPath> path = network.path(ana.id(), cleo.id());   // Ana -> Ben -> Cleo, 2 degrees
 * }</pre>
 */
public final class NetworkService {

    /** The longest path {@link #path(UUID, UUID)} looks for: six degrees. */
    public static final int DEFAULT_MAX_DEPTH = 6;

    /** The most people {@link #path(UUID, UUID)} visits before it gives up. */
    public static final int DEFAULT_NODE_BUDGET = 20_000;

    private final TenantTransaction tx;

    public NetworkService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /**
     * Records that {@code personId} is {@code type} of {@code otherPersonId}, with a strength from 1 to 5: a symmetric
     * connection as one row in its stored order, a mentor or mentee connection as the pair of rows.
     *
     * @return the connection seen from {@code personId}
     * @throws dev.atlvs.core.error.ValidationException naming {@code connectedPersonId} and the rule
     *         {@code people_network_self_check} when both are the same person
     * @throws dev.atlvs.core.error.DuplicateException when the two are connected so already
     */
    public Relationship connect(UUID personId, UUID otherPersonId, RelationshipType type, int strength, Optional<String> notes) {
        requireNonNull(personId, "personId is null");
        requireNonNull(otherPersonId, "otherPersonId is null");
        requireNonNull(type, "type is null");
        requireNonNull(notes, "notes is null");
        tx.require(PeoplePermissions.NETWORK_UPDATE);
        if (type.isSymmetric()) {
            boolean ordered = Connection.compareIds(personId, otherPersonId) <= 0;
            Connection row = connections().insert(row(ordered ? personId : otherPersonId, ordered ? otherPersonId : personId, type,
                    strength, notes));
            return Relationship.of(row, personId);
        }
        Connection row = connections().insert(row(personId, otherPersonId, type, strength, notes));
        connections().insert(row(otherPersonId, personId, type.inverse(), strength, notes));
        return Relationship.of(row, personId);
    }

    /**
     * Changes the strength and notes of the connection {@code personId} is {@code type} of {@code otherPersonId} (both
     * rows of a mentor pair).
     *
     * @throws dev.atlvs.core.error.NotFoundException when there is no such connection
     */
    public Relationship change(UUID personId, UUID otherPersonId, RelationshipType type, int strength, Optional<String> notes) {
        requireNonNull(notes, "notes is null");
        tx.require(PeoplePermissions.NETWORK_UPDATE);
        List<Connection> rows = rows(personId, otherPersonId, type);
        Relationship changed = null;
        for (Connection row : rows) {
            Connection updated = connections().update(ImmutableConnection.copyOf(row).withStrength(strength).withNotes(notes));
            if (updated.personId().equals(personId) || type.isSymmetric()) {
                changed = Relationship.of(updated, personId);
            }
        }
        return requireNonNull(changed, "a connection without its row");
    }

    /**
     * Removes the connection {@code personId} is {@code type} of {@code otherPersonId} (both rows of a mentor pair).
     *
     * @throws dev.atlvs.core.error.NotFoundException when there is no such connection
     */
    public void disconnect(UUID personId, UUID otherPersonId, RelationshipType type) {
        tx.require(PeoplePermissions.NETWORK_UPDATE);
        rows(personId, otherPersonId, type).forEach(connections()::delete);
    }

    /** The connections of a person, each seen from them, by relationship then the other person's id. */
    public List<Relationship> connectionsOf(UUID personId) {
        requireNonNull(personId, "personId is null");
        tx.require(PeoplePermissions.PEOPLE_READ);
        return connections().touching(new UUID[] {personId}).stream()
                .filter(row -> row.personId().equals(personId) || row.relationshipType().isSymmetric())
                .map(row -> Relationship.of(row, personId))
                .sorted(java.util.Comparator.comparing(Relationship::type).thenComparing(Relationship::otherPersonId))
                .toList();
    }

    /** The shortest introduction path from one person to another within six degrees, if there is one. */
    public Optional<IntroductionPath> path(UUID fromPersonId, UUID toPersonId) {
        return path(fromPersonId, toPersonId, DEFAULT_MAX_DEPTH, DEFAULT_NODE_BUDGET);
    }

    /** The degrees of separation between two people within six degrees: the length of the shortest path. */
    public OptionalInt degrees(UUID fromPersonId, UUID toPersonId) {
        return path(fromPersonId, toPersonId).map(path -> OptionalInt.of(path.degrees())).orElse(OptionalInt.empty());
    }

    /**
     * The shortest introduction path from one person to another of at most {@code maxDepth} connections, visiting at
     * most about {@code nodeBudget} people; empty when there is none within those bounds. Connections count in both
     * directions. From a person to themselves the path is that person alone.
     *
     * @throws dev.atlvs.core.error.NotFoundException when either person does not exist
     * @throws IllegalArgumentException when {@code maxDepth} is negative or {@code nodeBudget} not positive
     */
    public Optional<IntroductionPath> path(UUID fromPersonId, UUID toPersonId, int maxDepth, int nodeBudget) {
        requireNonNull(fromPersonId, "fromPersonId is null");
        requireNonNull(toPersonId, "toPersonId is null");
        if (maxDepth < 0 || nodeBudget < 1) {
            throw new IllegalArgumentException("the maximum depth is at least 0 and the node budget at least 1");
        }
        tx.require(PeoplePermissions.PEOPLE_READ);
        Map<UUID, Person> ends = named(List.of(fromPersonId, toPersonId));
        for (UUID end : List.of(fromPersonId, toPersonId)) {
            if (!ends.containsKey(end)) {
                throw dev.atlvs.core.error.NotFoundException.of("Person", end);
            }
        }
        if (fromPersonId.equals(toPersonId)) {
            return Optional.of(pathThrough(List.of(fromPersonId), List.of()));
        }
        // For each person reached, the person it was reached from and what the person towards the start of the path
        // (from side) or the one reached (to side) is to the other.
        Map<UUID, Step> fromSide = new HashMap<>();
        Map<UUID, Step> toSide = new HashMap<>();
        fromSide.put(fromPersonId, null);
        toSide.put(toPersonId, null);
        List<UUID> fromFrontier = List.of(fromPersonId);
        List<UUID> toFrontier = List.of(toPersonId);
        int depth = 0;
        while (depth < maxDepth && !fromFrontier.isEmpty() && !toFrontier.isEmpty()
                && fromSide.size() + toSide.size() <= nodeBudget) {
            boolean forward = fromFrontier.size() <= toFrontier.size();
            List<UUID> frontier = forward ? fromFrontier : toFrontier;
            Map<UUID, Step> seen = forward ? fromSide : toSide;
            Map<UUID, Step> other = forward ? toSide : fromSide;
            Set<UUID> expanding = new HashSet<>(frontier);
            List<UUID> next = new ArrayList<>();
            UUID meeting = null;
            for (ConnectionRepository.Edge row : connections().edgesTouching(frontier.toArray(UUID[]::new))) {
                for (int side = 0; side < 2; side++) {
                    UUID near = side == 0 ? row.personId() : row.connectedPersonId();
                    UUID far = side == 0 ? row.connectedPersonId() : row.personId();
                    if (!expanding.contains(near) || seen.containsKey(far)) {
                        continue;
                    }
                    RelationshipType nearToFar = side == 0 ? row.relationshipType() : row.relationshipType().inverse();
                    seen.put(far, new Step(near, forward ? nearToFar : nearToFar.inverse()));
                    next.add(far);
                    if (meeting == null && other.containsKey(far)) {
                        meeting = far;
                    }
                }
            }
            depth++;
            if (meeting != null) {
                return Optional.of(join(meeting, fromSide, toSide));
            }
            if (forward) {
                fromFrontier = next;
            } else {
                toFrontier = next;
            }
        }
        return Optional.empty();
    }

    /** How a person was reached: from {@code previous}, with the relationship of the hop in the path's direction. */
    private record Step(UUID previous, RelationshipType relationship) {}

    private IntroductionPath join(UUID meeting, Map<UUID, Step> fromSide, Map<UUID, Step> toSide) {
        List<UUID> ids = new ArrayList<>();
        List<IntroductionPath.Hop> hops = new ArrayList<>();
        for (UUID at = meeting; fromSide.get(at) != null; at = fromSide.get(at).previous()) {
            Step step = fromSide.get(at);
            hops.add(new IntroductionPath.Hop(step.previous(), at, step.relationship()));
            ids.add(step.previous());
        }
        Collections.reverse(ids);
        Collections.reverse(hops);
        ids.add(meeting);
        for (UUID at = meeting; toSide.get(at) != null; at = toSide.get(at).previous()) {
            Step step = toSide.get(at);
            hops.add(new IntroductionPath.Hop(at, step.previous(), step.relationship()));
            ids.add(step.previous());
        }
        return pathThrough(ids, hops);
    }

    private IntroductionPath pathThrough(List<UUID> ids, List<IntroductionPath.Hop> hops) {
        Map<UUID, Person> people = named(ids);
        return new IntroductionPath(ids.stream().map(id -> new IntroductionPath.PathPerson(id, people.get(id).displayName())).toList(), hops);
    }

    private Map<UUID, Person> named(List<UUID> ids) {
        Map<UUID, Person> people = new HashMap<>();
        connections().people(ids.toArray(UUID[]::new)).forEach(person -> people.put(person.id(), person));
        return people;
    }

    private List<Connection> rows(UUID personId, UUID otherPersonId, RelationshipType type) {
        requireNonNull(personId, "personId is null");
        requireNonNull(otherPersonId, "otherPersonId is null");
        requireNonNull(type, "type is null");
        List<Connection> rows = connections().between(personId, otherPersonId).stream()
                .filter(row -> type.isSymmetric() ? row.relationshipType() == type
                        : Relationship.of(row, personId).type() == type)
                .toList();
        if (rows.isEmpty()) {
            throw new dev.atlvs.core.error.NotFoundException(dev.atlvs.core.error.CoreErrorCode.NOT_FOUND, "Connection",
                    "the two people have no such connection");
        }
        return rows;
    }

    private Connection row(UUID personId, UUID connectedPersonId, RelationshipType type, int strength, Optional<String> notes) {
        return Connection.builder().organizationId(tx.organizationId()).personId(personId).connectedPersonId(connectedPersonId)
                .relationshipType(type).strength(strength).notes(notes).build();
    }

    private ConnectionRepository connections() {
        return tx.repository(ConnectionRepository.class);
    }
}
