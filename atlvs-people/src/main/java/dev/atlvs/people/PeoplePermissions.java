package dev.atlvs.people;

import dev.atlvs.core.permission.Permission;
import java.util.List;
import java.util.stream.Stream;

/**
 * The permissions of the people module: every permission its operations require, declared once here. Hosts grant
 * them to custom roles or users by name or by pattern ({@code people.*}).
 */
public final class PeoplePermissions {

    /** Reading the directory of people, roles and competencies. */
    public static final Permission PEOPLE_READ = Permission.of("people.people.read", "Reading the directory of people");

    /** Adding people to the directory. */
    public static final Permission PEOPLE_CREATE = Permission.of("people.people.create", "Adding people to the directory");

    /** Changing people, their status and competencies. */
    public static final Permission PEOPLE_UPDATE = Permission.of("people.people.update", "Changing people and their status");

    /** Managing crew roles and the skills taxonomy. */
    public static final Permission ROLES_MANAGE = Permission.of("people.roles.manage", "Managing crew roles and competencies");

    /**
     * Reading the personal data of others (HR): dates of birth, identity documents, tax and bank details. Its action is
     * {@code access}, not {@code read}, so that no base role except the owner's holds it: grant it through an HR role.
     */
    public static final Permission PERSONAL_ACCESS = Permission.of("people.personal.access",
            "Reading the personal data of others (HR): dates of birth, identity documents, tax and bank details");

    /**
     * Reading the safety data of others: emergency contacts and medical notes. Like {@link #PERSONAL_ACCESS}, held by
     * no base role except the owner's: grant it through a safety or HR role.
     */
    public static final Permission SAFETY_ACCESS = Permission.of("people.safety.access",
            "Reading the safety data of others: emergency contacts and medical notes");

    // --- endorsements, shortlists and network ---

    /** Endorsing people and recording the recommendations of external referees. */
    public static final Permission ENDORSEMENTS_CREATE = Permission.of("people.endorsements.create",
            "Endorsing people and recording the recommendations of external referees");

    /** Managing shortlists and moving their candidates through the funnel. */
    public static final Permission SHORTLISTS_MANAGE = Permission.of("people.shortlists.manage",
            "Managing shortlists and moving their candidates through the funnel");

    /** Recording and removing the connections of the people network. */
    public static final Permission NETWORK_UPDATE = Permission.of("people.network.update",
            "Recording and removing the connections of the people network");

    // --- profiles and credentials ---

    // --- companies ---

    /** The permissions of the directory. */
    private static final List<Permission> DIRECTORY = List.of(PEOPLE_READ, PEOPLE_CREATE, PEOPLE_UPDATE, ROLES_MANAGE, PERSONAL_ACCESS,
            SAFETY_ACCESS);

    /** The permissions of endorsements, shortlists and the network. */
    private static final List<Permission> NETWORK = List.of(ENDORSEMENTS_CREATE, SHORTLISTS_MANAGE, NETWORK_UPDATE);

    /** The permissions of profiles and credentials. */
    private static final List<Permission> PROFILE = List.of();

    /** The permissions of companies. */
    private static final List<Permission> COMPANIES = List.of();

    /** Every permission of the module. */
    public static final List<Permission> ALL = Stream.of(DIRECTORY, NETWORK, PROFILE, COMPANIES).flatMap(List::stream).toList();

    private PeoplePermissions() {}
}
