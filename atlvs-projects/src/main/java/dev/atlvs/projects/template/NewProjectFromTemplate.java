package dev.atlvs.projects.template;

import dev.atlvs.core.validation.Violations;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/**
 * What a copy made by {@link ProjectTemplateService#copy(UUID, NewProjectFromTemplate)} differs in from its
 * source: a new name, a new job number and a new start date, and optionally another manager (empty keeps the
 * source's). The name and code follow the rules of {@link dev.atlvs.projects.project.Project}.
 *
 * @param name the new project's name
 * @param code the new project's job number, unique among live projects ignoring case
 * @param startDate the new project's first day; every date of the copy moves with it
 * @param managerUserId the new project's manager; empty keeps the source's
 */
public record NewProjectFromTemplate(String name, String code, LocalDate startDate, Optional<UUID> managerUserId) {

    /**
     * A request; a null {@code managerUserId} is taken as empty.
     *
     * @throws dev.atlvs.core.error.ValidationException naming every missing field ({@code name}, {@code code},
     *         {@code startDate}; rule {@code NotNull})
     */
    public NewProjectFromTemplate {
        managerUserId = managerUserId == null ? Optional.empty() : managerUserId;
        Violations.of("NewProjectFromTemplate")
                .require(name != null, "name", "NotNull", "must not be null")
                .require(code != null, "code", "NotNull", "must not be null")
                .require(startDate != null, "startDate", "NotNull", "must not be null")
                .throwIfAny();
    }

    /** A request keeping the source's manager. */
    public static NewProjectFromTemplate of(String name, String code, LocalDate startDate) {
        return new NewProjectFromTemplate(name, code, startDate, Optional.empty());
    }

    /** This request with {@code managerUserId} as the new project's manager. */
    public NewProjectFromTemplate withManager(UUID managerUserId) {
        return new NewProjectFromTemplate(name, code, startDate, Optional.of(managerUserId));
    }
}
