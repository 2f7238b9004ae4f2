package dev.atlvs.people.profile;

import dev.atlvs.people.profile.internal.ProfileViewMappers;
import java.util.List;
import java.util.UUID;
import org.jdbi.v3.sqlobject.config.RegisterRowMapper;
import org.jdbi.v3.sqlobject.statement.SqlQuery;

/** Typed reads of the {@code user_profile_activity} view (the audit trail of the profile tables) in the current organization. */
@RegisterRowMapper(ProfileViewMappers.Activities.class)
public interface ProfileActivityRepository {

    /** What happened to a person's profile, oldest first, at most {@code limit} rows. */
    @SqlQuery("""
            select * from atlvs.user_profile_activity
             where organization_id = :organizationId and person_id = :personId
             order by sequence
             limit :limit
            """)
    List<ProfileActivity> of(UUID personId, int limit);
}
