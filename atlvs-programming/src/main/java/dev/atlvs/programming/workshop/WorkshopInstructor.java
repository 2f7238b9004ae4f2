package dev.atlvs.programming.workshop;

import dev.atlvs.core.AtlvsStyle;
import dev.atlvs.core.repository.Db;
import dev.atlvs.core.repository.Table;
import dev.atlvs.core.repository.TenantEntity;
import jakarta.validation.constraints.NotNull;
import java.util.UUID;
import org.immutables.value.Value;

/**
 * A person who teaches a {@link Workshop}. The database commits the person's time for the workshop event's window
 * (setup to teardown) within the event's project: tentative while the workshop is planned, confirmed from the opening of
 * registration, released when the workshop is cancelled or the instructor removed.
 */
@Value.Immutable
@AtlvsStyle
@Db.Table("workshop_instructors")
public interface WorkshopInstructor extends TenantEntity {

    Table<WorkshopInstructor, ImmutableWorkshopInstructor.Builder> TABLE = WorkshopInstructorTable.TABLE;

    static ImmutableWorkshopInstructor.Builder builder() {
        return ImmutableWorkshopInstructor.builder();
    }

    @Db.Fixed
    @NotNull
    UUID workshopId();

    /** The person (of the people module). */
    @NotNull
    UUID personId();

    @Value.Default
    default InstructorRole role() {
        return InstructorRole.LEAD;
    }

    /** Builder contract the repository engine relies on. */
    interface Builder extends TenantEntity.Builder<Builder> {}
}
