package dev.atlvs.people.profile;

import static java.util.Objects.requireNonNull;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * One change to a person's profile as the {@code user_profile_activity} view shows it, read from the audit trail: what
 * kind of change ({@code profile_updated}, {@code certification_added}, {@code certification_expired},
 * {@code job_history_added}, {@code emergency_contact_updated}, …), the names of the changed fields, by whom and when.
 * It never holds the values.
 *
 * @param organizationId the organization
 * @param id the audit row
 * @param personId the person whose profile changed
 * @param userId the person's login user, if they have one
 * @param subjectTable the table changed: people, certifications, job_history, emergency_contacts, person_competencies, person_documents
 * @param recordId the changed row
 * @param activityType the kind of change
 * @param changedFields the columns an update changed
 * @param performedBy the actor, when known
 * @param occurredAt when
 */
public record ProfileActivity(UUID organizationId, UUID id, UUID personId, Optional<UUID> userId, String subjectTable, UUID recordId,
        String activityType, List<String> changedFields, Optional<UUID> performedBy, Instant occurredAt) {

    public ProfileActivity {
        requireNonNull(organizationId, "organizationId is null");
        requireNonNull(id, "id is null");
        requireNonNull(personId, "personId is null");
        requireNonNull(userId, "userId is null");
        requireNonNull(subjectTable, "subjectTable is null");
        requireNonNull(recordId, "recordId is null");
        requireNonNull(activityType, "activityType is null");
        changedFields = List.copyOf(requireNonNull(changedFields, "changedFields is null"));
        requireNonNull(performedBy, "performedBy is null");
        requireNonNull(occurredAt, "occurredAt is null");
    }
}
