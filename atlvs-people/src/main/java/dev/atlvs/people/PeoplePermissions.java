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

    /**
     * Erasing a person and every personal value of theirs, audit trail included. Its action is {@code erase}: no base
     * role but the owner's holds it.
     */
    public static final Permission PEOPLE_ERASE = Permission.of("people.people.erase", "Erasing a person and their personal data");

    /** Approving and rejecting leave. */
    public static final Permission LEAVE_APPROVE = Permission.of("people.leave.approve", "Approving and rejecting leave");

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

    /**
     * Managing the credentials of others: verifying, suspending and revoking certifications, and receiving the expiry
     * alerts of every credential of the organization.
     */
    public static final Permission CREDENTIALS_MANAGE = Permission.of("people.credentials.manage",
            "Verifying certifications and receiving the credential expiry alerts");

    // --- companies ---

    /** Reading companies, their contacts, contracts, qualifications and ratings. */
    public static final Permission COMPANIES_READ = Permission.of("people.companies.read", "Reading companies and their records");

    /** Adding companies. */
    public static final Permission COMPANIES_CREATE = Permission.of("people.companies.create", "Adding companies");

    /** Changing companies, their contacts and qualifications. */
    public static final Permission COMPANIES_UPDATE = Permission.of("people.companies.update", "Changing companies and their records");

    /** Blacklisting companies and taking them off the blacklist. */
    public static final Permission COMPANIES_MANAGE = Permission.of("people.companies.manage", "Blacklisting companies");

    /** Creating contracts with companies. */
    public static final Permission CONTRACTS_CREATE = Permission.of("people.contracts.create", "Creating contracts with companies");

    /** Sending, activating, terminating, expiring and renewing contracts. */
    public static final Permission CONTRACTS_UPDATE = Permission.of("people.contracts.update", "Moving and renewing contracts");

    /** The permissions of the directory. */
    private static final List<Permission> DIRECTORY = List.of(PEOPLE_READ, PEOPLE_CREATE, PEOPLE_UPDATE, ROLES_MANAGE, PERSONAL_ACCESS,
            SAFETY_ACCESS, LEAVE_APPROVE, PEOPLE_ERASE);

    /** The permissions of endorsements, shortlists and the network. */
    private static final List<Permission> NETWORK = List.of(ENDORSEMENTS_CREATE, SHORTLISTS_MANAGE, NETWORK_UPDATE);

    /** The permissions of profiles and credentials. */
    private static final List<Permission> PROFILE = List.of(CREDENTIALS_MANAGE);

    /** The permissions of companies. */
    private static final List<Permission> COMPANIES = List.of(COMPANIES_READ, COMPANIES_CREATE, COMPANIES_UPDATE, COMPANIES_MANAGE,
            CONTRACTS_CREATE, CONTRACTS_UPDATE);

    /** Every permission of the module. */
    public static final List<Permission> ALL = Stream.of(DIRECTORY, NETWORK, PROFILE, COMPANIES).flatMap(List::stream).toList();

    private PeoplePermissions() {}
}
