package dev.atlvs.programming.callsheet;

import static java.util.Objects.requireNonNull;

import dev.atlvs.programming.callsheet.CallSheetRevisionRepository.DistributedCall;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * What changed in a call sheet's calls between two revisions, per person: who was added, who was removed, and whose call,
 * wrap or location changed. A re-distribution notifies exactly {@link #recipients()}: the people of {@link #changes()}.
 *
 * <pre>{@code
 * RevisionDiff diff = new CallSheetService(tx).pendingChanges(sheet.id());
 * diff.changes().forEach(c -> System.out.println(c.personId() + " " + c.kind() + " " + c.fields()));
 * }</pre>
 *
 * @param fromRevision the revision compared from (0 before the first distribution: everyone is added)
 * @param toRevision   the revision compared to
 * @param changes      one change per person whose call differs, ordered by the person's (new, else old) call time
 */
public record RevisionDiff(int fromRevision, int toRevision, List<PersonChange> changes) {

    public RevisionDiff {
        changes = List.copyOf(requireNonNull(changes, "changes is null"));
    }

    /** What happened to a person's call. */
    public enum Kind {
        /** The person is called now and was not before. */
        ADDED,
        /** The person was called before and is not now. */
        REMOVED,
        /** The person's call, wrap or location changed. */
        CHANGED
    }

    /** A part of a call that changed. */
    public enum Field {
        CALL_AT, WRAP_AT, LOCATION
    }

    /**
     * A person's call at one revision.
     *
     * @param callAt       when they report
     * @param wrapAt       when they wrap
     * @param locationNote where they report, if said
     */
    public record Call(Instant callAt, Instant wrapAt, Optional<String> locationNote) {
        public Call {
            requireNonNull(callAt, "callAt is null");
            requireNonNull(wrapAt, "wrapAt is null");
            locationNote = requireNonNull(locationNote, "locationNote is null");
        }

        static Call of(CallSheetEntry entry) {
            return new Call(entry.callAt(), entry.wrapAt(), entry.locationNote());
        }

        static Call of(DistributedCall call) {
            return new Call(call.callAt(), call.wrapAt(), Optional.ofNullable(call.locationNote()));
        }
    }

    /**
     * The change of one person's call.
     *
     * @param personId the person
     * @param kind     added, removed or changed
     * @param before   their call at {@link #fromRevision()} (empty when added)
     * @param after    their call at {@link #toRevision()} (empty when removed)
     * @param fields   what changed (empty for an addition or a removal)
     */
    public record PersonChange(UUID personId, Kind kind, Optional<Call> before, Optional<Call> after, Set<Field> fields) {
        public PersonChange {
            requireNonNull(personId, "personId is null");
            requireNonNull(kind, "kind is null");
            requireNonNull(before, "before is null");
            requireNonNull(after, "after is null");
            fields = fields.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(fields));
        }

        private Instant order() {
            return after.or(() -> before).map(Call::callAt).orElseThrow();
        }
    }

    /** The diff of the calls distributed at {@code fromRevision} ({@code before}) and of {@code now} at {@code toRevision}. */
    public static RevisionDiff between(int fromRevision, Collection<DistributedCall> before, int toRevision,
            Collection<CallSheetEntry> now) {
        Map<UUID, Call> old = new LinkedHashMap<>();
        before.forEach(call -> old.put(call.personId(), Call.of(call)));
        Map<UUID, Call> current = new LinkedHashMap<>();
        now.forEach(entry -> current.put(entry.personId(), Call.of(entry)));
        return of(fromRevision, old, toRevision, current);
    }

    /** The diff of a first distribution: everyone called is added. */
    public static RevisionDiff first(int toRevision, Collection<CallSheetEntry> now) {
        return between(0, List.of(), toRevision, now);
    }

    /** The diff of two sets of calls by person. */
    public static RevisionDiff of(int fromRevision, Map<UUID, Call> before, int toRevision, Map<UUID, Call> after) {
        List<PersonChange> changes = new ArrayList<>();
        Set<UUID> people = new LinkedHashSet<>(before.keySet());
        people.addAll(after.keySet());
        for (UUID person : people) {
            Optional<Call> was = Optional.ofNullable(before.get(person));
            Optional<Call> is = Optional.ofNullable(after.get(person));
            if (was.isEmpty()) {
                changes.add(new PersonChange(person, Kind.ADDED, was, is, Set.of()));
            } else if (is.isEmpty()) {
                changes.add(new PersonChange(person, Kind.REMOVED, was, is, Set.of()));
            } else {
                Set<Field> fields = EnumSet.noneOf(Field.class);
                if (!was.get().callAt().equals(is.get().callAt())) {
                    fields.add(Field.CALL_AT);
                }
                if (!was.get().wrapAt().equals(is.get().wrapAt())) {
                    fields.add(Field.WRAP_AT);
                }
                if (!was.get().locationNote().equals(is.get().locationNote())) {
                    fields.add(Field.LOCATION);
                }
                if (!fields.isEmpty()) {
                    changes.add(new PersonChange(person, Kind.CHANGED, was, is, fields));
                }
            }
        }
        changes.sort(Comparator.comparing(PersonChange::order).thenComparing(PersonChange::personId));
        return new RevisionDiff(fromRevision, toRevision, changes);
    }

    /** The people to notify of this revision: everyone added, removed or whose call changed. */
    public Set<UUID> recipients() {
        Set<UUID> people = new LinkedHashSet<>();
        changes.forEach(change -> people.add(change.personId()));
        return Set.copyOf(people);
    }

    /** Whether nobody's call changed. */
    public boolean isEmpty() {
        return changes.isEmpty();
    }

    /** The changes of {@code kind}. */
    public List<PersonChange> changesOf(Kind kind) {
        return changes.stream().filter(change -> change.kind() == kind).toList();
    }

    /** The change of {@code personId}'s call, if any. */
    public Optional<PersonChange> changeOf(UUID personId) {
        return changes.stream().filter(change -> change.personId().equals(personId)).findFirst();
    }
}
