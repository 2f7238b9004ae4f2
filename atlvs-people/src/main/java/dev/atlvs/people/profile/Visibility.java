package dev.atlvs.people.profile;

/** Who may see a job history entry: anyone (public), the organization's members, or the person alone (private). */
public enum Visibility {
    PUBLIC, ORGANIZATION, PRIVATE
}
