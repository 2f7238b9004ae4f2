package dev.atlvs.people;

import static dev.atlvs.core.error.CoreErrorCode.VALIDATION_FAILED;

import dev.atlvs.core.error.Rule;
import java.util.List;
import java.util.stream.Stream;

/**
 * The named rules of the people module's tables, declared once here: each is held by the database (a trigger or a
 * CHECK over several columns) and reported with the same code, field and name whether the database or a Java check
 * catches it (see {@link Rule}). The single-column CHECK constraints are not listed: validation reports them under
 * their own names through the annotations that mirror them.
 */
public final class PeopleRules {

    // --- people ---

    /** A person's engagement ends on or after it starts. */
    public static final Rule PEOPLE_END_DATE_CHECK = Rule.of("people_end_date_check", VALIDATION_FAILED,
            "people", "endDate", "must not be before the start date");

    /** A person does not manage themselves. */
    public static final Rule PEOPLE_MANAGER_CHECK = Rule.of("people_manager_check", VALIDATION_FAILED,
            "people", "managerId", "a person cannot manage themselves");

    /** A day rate has a currency. */
    public static final Rule PEOPLE_DAY_RATE_CURRENCY_CHECK = Rule.of("people_day_rate_currency_check", VALIDATION_FAILED,
            "people", "currency", "is required with a day rate");

    /** A person's time zone is an IANA time zone. */
    public static final Rule PEOPLE_TIMEZONE_ZONE = Rule.of("people_timezone_zone", VALIDATION_FAILED,
            "people", "timezone", "must be an IANA time zone such as Europe/Berlin");

    // --- crew roles and competencies ---

    /** A role's default day rate has a currency. */
    public static final Rule PEOPLE_ROLES_DAY_RATE_CURRENCY_CHECK = Rule.of("people_roles_day_rate_currency_check", VALIDATION_FAILED,
            "people_roles", "currency", "is required with a default day rate");

    /** Only a competency that requires certification has a certification validity. */
    public static final Rule PEOPLE_COMPETENCIES_VALIDITY_CHECK = Rule.of("people_competencies_validity_check", VALIDATION_FAILED,
            "people_competencies", "certificationValidityMonths", "is given only for a competency that requires certification");

    // --- endorsements, shortlists and network ---

    /** An endorsement names either a person of the organization or an external referee (a name, optionally a company). */
    public static final Rule PEOPLE_ENDORSEMENTS_ENDORSER_CHECK = Rule.of("people_endorsements_endorser_check", VALIDATION_FAILED,
            "people_endorsements", "endorserId", "is either a person of the organization or an external referee by name, not both");

    /** A person does not endorse themselves. */
    public static final Rule PEOPLE_ENDORSEMENTS_SELF_CHECK = Rule.of("people_endorsements_self_check", VALIDATION_FAILED,
            "people_endorsements", "endorserId", "a person cannot endorse themselves");

    /** A shortlist selects at most its target count of members. */
    public static final Rule SHORTLIST_MEMBERS_SELECTED_TARGET = Rule.of("shortlist_members_selected_target",
            PeopleErrorCode.SHORTLIST_TARGET_REACHED, "shortlist_members", "status",
            "a shortlist selects no more members than its target count");

    /** A shortlist's target count is not lowered below the members it has selected. */
    public static final Rule PEOPLE_SHORTLISTS_TARGET_SELECTED = Rule.of("people_shortlists_target_selected",
            PeopleErrorCode.SHORTLIST_TARGET_REACHED, "people_shortlists", "targetCount",
            "must not be below the number of members already selected");

    /** Only a person who may take on work (active, not deleted) is added to a shortlist. */
    public static final Rule SHORTLIST_MEMBERS_PERSON_ASSIGNABLE = Rule.of("shortlist_members_person_assignable",
            PeopleErrorCode.PERSON_NOT_ASSIGNABLE, "shortlist_members", "personId",
            "only an active person is added to a shortlist");

    /** Members are added only to an active shortlist. */
    public static final Rule SHORTLIST_MEMBERS_SHORTLIST_ACTIVE = Rule.of("shortlist_members_shortlist_active",
            PeopleErrorCode.SHORTLIST_NOT_ACTIVE, "shortlist_members", "shortlistId",
            "members are added only to an active shortlist");

    /** A person is not connected to themselves. */
    public static final Rule PEOPLE_NETWORK_SELF_CHECK = Rule.of("people_network_self_check", VALIDATION_FAILED,
            "people_network", "connectedPersonId", "a person cannot be connected to themselves");

    /** A symmetric connection (colleague, collaborator, friend) is stored from the smaller person id to the larger. */
    public static final Rule PEOPLE_NETWORK_ORDER_CHECK = Rule.of("people_network_order_check", VALIDATION_FAILED,
            "people_network", "connectedPersonId",
            "a colleague, collaborator or friend connection is stored from the smaller person id to the larger");

    /** A mentor connection is stored with its mentee connection, and the other way round (checked at commit). */
    public static final Rule PEOPLE_NETWORK_INVERSE = Rule.of("people_network_inverse", dev.atlvs.core.error.CoreErrorCode.RULE_VIOLATED,
            "people_network", "relationshipType", "a mentor connection is stored with its inverse mentee connection");

    // --- profiles and credentials ---

    // --- companies ---

    // --- availability ---

    /** The rules of the directory (people, roles, competencies). */
    private static final List<Rule> DIRECTORY = List.of(PEOPLE_END_DATE_CHECK, PEOPLE_MANAGER_CHECK, PEOPLE_DAY_RATE_CURRENCY_CHECK,
            PEOPLE_TIMEZONE_ZONE, PEOPLE_ROLES_DAY_RATE_CURRENCY_CHECK, PEOPLE_COMPETENCIES_VALIDITY_CHECK);

    /** The rules of endorsements, shortlists and the network. */
    private static final List<Rule> NETWORK = List.of(PEOPLE_ENDORSEMENTS_ENDORSER_CHECK, PEOPLE_ENDORSEMENTS_SELF_CHECK,
            SHORTLIST_MEMBERS_SELECTED_TARGET, PEOPLE_SHORTLISTS_TARGET_SELECTED, SHORTLIST_MEMBERS_PERSON_ASSIGNABLE,
            SHORTLIST_MEMBERS_SHORTLIST_ACTIVE, PEOPLE_NETWORK_SELF_CHECK, PEOPLE_NETWORK_ORDER_CHECK, PEOPLE_NETWORK_INVERSE);

    /** The rules of profiles and credentials. */
    private static final List<Rule> PROFILE = List.of();

    /** The rules of companies. */
    private static final List<Rule> COMPANIES = List.of();

    /** The rules of availability. */
    private static final List<Rule> AVAILABILITY = List.of();

    /** Every rule of the module. */
    public static final List<Rule> ALL = Stream.of(DIRECTORY, NETWORK, PROFILE, COMPANIES, AVAILABILITY).flatMap(List::stream).toList();

    private PeopleRules() {}
}
