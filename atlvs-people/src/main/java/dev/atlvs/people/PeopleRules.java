package dev.atlvs.people;

import static dev.atlvs.core.error.CoreErrorCode.PERMISSION_DENIED;
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

    /** A certification expires on or after the day it is issued. */
    public static final Rule CERTIFICATIONS_EXPIRY_DATE_CHECK = Rule.of("certifications_expiry_date_check", VALIDATION_FAILED,
            "certifications", "expiryDate", "must not be before the issue date");

    /** A person lists each competency once. */
    public static final Rule PERSON_COMPETENCIES_UNIQUE = Rule.of("person_competencies_unique", PeopleErrorCode.PERSON_COMPETENCY_DUPLICATE,
            "person_competencies", "competencyId", "the person has this competency already");

    /** A job history entry ends on or after it starts. */
    public static final Rule JOB_HISTORY_END_DATE_CHECK = Rule.of("job_history_end_date_check", VALIDATION_FAILED,
            "job_history", "endDate", "must not be before the start date");

    /** A job history entry is current exactly when it has no end date. */
    public static final Rule JOB_HISTORY_CURRENT_CHECK = Rule.of("job_history_current_check", VALIDATION_FAILED,
            "job_history", "isCurrent", "is true exactly when there is no end date");

    /** A person with emergency contacts has exactly one primary contact (checked at commit). */
    public static final Rule EMERGENCY_CONTACTS_PRIMARY = Rule.of("emergency_contacts_primary", VALIDATION_FAILED,
            "emergency_contacts", "isPrimary", "a person with emergency contacts has exactly one primary contact");

    // --- companies ---

    /** A blacklisted company has a reason, and only a blacklisted one. */
    public static final Rule COMPANIES_BLACKLIST_REASON_CHECK = Rule.of("companies_blacklist_reason_check", VALIDATION_FAILED,
            "companies", "blacklistReason", "is given exactly when the company is blacklisted");

    /** An encrypted tax id has its blind index, and only a tax id has one. */
    public static final Rule COMPANIES_TAX_ID_BIDX_CHECK = Rule.of("companies_tax_id_bidx_check", VALIDATION_FAILED,
            "companies", "taxId", "a tax id and its blind index are written together");

    /** At most one primary contact per company. */
    public static final Rule COMPANY_CONTACTS_PRIMARY_UNIQUE = Rule.of("company_contacts_primary_unique",
            PeopleErrorCode.COMPANY_PRIMARY_CONTACT_TAKEN, "company_contacts", "isPrimary", "a company has one primary contact");

    /** A contract ends on or after it starts. */
    public static final Rule COMPANY_CONTRACTS_END_DATE_CHECK = Rule.of("company_contracts_end_date_check", VALIDATION_FAILED,
            "company_contracts", "endDate", "must not be before the start date");

    /** A contract value has a currency. */
    public static final Rule COMPANY_CONTRACTS_VALUE_CURRENCY_CHECK = Rule.of("company_contracts_value_currency_check", VALIDATION_FAILED,
            "company_contracts", "currency", "is required with a value");

    /** An SOW falls under an MSA. */
    public static final Rule COMPANY_CONTRACTS_SOW_PARENT_CHECK = Rule.of("company_contracts_sow_parent_check", VALIDATION_FAILED,
            "company_contracts", "parentContractId", "an SOW falls under an MSA of the same company");

    /** An active, expired, terminated or renewed contract was signed. */
    public static final Rule COMPANY_CONTRACTS_SIGNED_CHECK = Rule.of("company_contracts_signed_check", VALIDATION_FAILED,
            "company_contracts", "signedAt", "is required once the contract is active");

    /** A contract falls only under an MSA. */
    public static final Rule COMPANY_CONTRACTS_PARENT_MSA = Rule.of("company_contracts_parent_msa", VALIDATION_FAILED,
            "company_contracts", "parentContractId", "a contract falls only under an MSA");

    /** An SOW becomes active only under an active MSA. */
    public static final Rule COMPANY_CONTRACTS_MSA_ACTIVE = Rule.of("company_contracts_msa_active", PeopleErrorCode.CONTRACT_MSA_NOT_ACTIVE,
            "company_contracts", "parentContractId", "an SOW becomes active only under an active MSA");

    /** The values of an MSA's SOWs stay within its value. */
    public static final Rule COMPANY_CONTRACTS_MSA_CAP = Rule.of("company_contracts_msa_cap", PeopleErrorCode.CONTRACT_MSA_CAP_EXCEEDED,
            "company_contracts", "value", "the SOWs under an MSA stay within its value");

    /** A blacklisted company's contract is not activated. */
    public static final Rule COMPANY_CONTRACTS_COMPANY_BLACKLISTED = Rule.of("company_contracts_company_blacklisted",
            PeopleErrorCode.COMPANY_BLACKLISTED, "company_contracts", "status", "a contract of a blacklisted company is not activated");

    /** A qualification expires on or after it is issued. */
    public static final Rule COMPANY_QUALIFICATIONS_EXPIRY_DATE_CHECK = Rule.of("company_qualifications_expiry_date_check",
            VALIDATION_FAILED, "company_qualifications", "expiryDate", "must not be before the issue date");

    /** A coverage amount has a currency. */
    public static final Rule COMPANY_QUALIFICATIONS_COVERAGE_CURRENCY_CHECK = Rule.of("company_qualifications_coverage_currency_check",
            VALIDATION_FAILED, "company_qualifications", "currency", "is required with a coverage amount");

    /** A company is rated only after completed work with it on the rated project. */
    public static final Rule COMPANY_RATINGS_COMPLETED_WORK = Rule.of("company_ratings_completed_work",
            PeopleErrorCode.RATING_WITHOUT_COMPLETED_WORK, "company_ratings", "projectId",
            "a company is rated only after completed work with it on the project");

    /** Blacklisting a company or lifting the blacklist needs people.companies.manage. */
    public static final Rule COMPANIES_BLACKLIST_MANAGE = Rule.of("companies_blacklist_manage", PERMISSION_DENIED,
            "companies", "status", "blacklisting a company or lifting it needs people.companies.manage");

    /** A booked person or vendor is one of the organization's people or companies. */
    public static final Rule PROJECT_RESOURCES_RESOURCE_REFERENCE = Rule.of("project_resources_resource_reference",
            VALIDATION_FAILED, "project_resources", "resourceId",
            "a booked person or vendor is one of the organization's people or companies");

    // --- availability ---

    /** Leave ends on or after its first day. */
    public static final Rule PEOPLE_LEAVE_ENDS_ON_CHECK = Rule.of("people_leave_ends_on_check", VALIDATION_FAILED,
            "people_leave", "endsOn", "must not be before the first day");

    /** A commitment ends after it starts. */
    public static final Rule PERSON_COMMITMENTS_ENDS_AT_CHECK = Rule.of("person_commitments_ends_at_check", VALIDATION_FAILED,
            "person_commitments", "endsAt", "must be after the start");

    /** Confirmed commitments of a person never add up to more than 100% at any moment. */
    public static final Rule PERSON_COMMITMENTS_CAPACITY = Rule.of("person_commitments_capacity", PeopleErrorCode.PERSON_DOUBLE_BOOKED,
            "person_commitments", "startsAt", "the person is already committed at that time");

    /** Only an active person takes on new work. */
    public static final Rule PERSON_COMMITMENTS_PERSON_ACTIVE = Rule.of("person_commitments_person_active",
            PeopleErrorCode.PERSON_NOT_ASSIGNABLE, "person_commitments", "personId", "the person is not active and takes on no new work");

    // --- personal data ---

    /** Only the person and holders of people.personal.access change a person's identity, tax and bank details. */
    public static final Rule PERSON_PROFILES_ACCESS = Rule.of("person_profiles_access", PERMISSION_DENIED,
            "person_profiles", "personId", "only the person and holders of people.personal.access may change it");

    /** Only the person and holders of people.safety.access change a person's health record. */
    public static final Rule PERSON_HEALTH_RECORDS_ACCESS = Rule.of("person_health_records_access", PERMISSION_DENIED,
            "person_health_records", "personId", "only the person and holders of people.safety.access may change it");

    /** An encrypted passport number has its blind index, and only a passport number has one. */
    public static final Rule PERSON_PROFILES_PASSPORT_NUMBER_BIDX_CHECK = Rule.of("person_profiles_passport_number_bidx_check",
            VALIDATION_FAILED, "person_profiles", "passportNumber", "a passport number and its blind index are written together");

    /** An encrypted national id number has its blind index, and only a national id number has one. */
    public static final Rule PERSON_PROFILES_NATIONAL_ID_NUMBER_BIDX_CHECK = Rule.of("person_profiles_national_id_number_bidx_check",
            VALIDATION_FAILED, "person_profiles", "nationalIdNumber", "a national id number and its blind index are written together");

    /** An encrypted tax id has its blind index, and only a tax id has one. */
    public static final Rule PERSON_PROFILES_TAX_ID_BIDX_CHECK = Rule.of("person_profiles_tax_id_bidx_check",
            VALIDATION_FAILED, "person_profiles", "taxId", "a tax id and its blind index are written together");

    /** Only the person and holders of people.safety.access change a person's emergency contacts. */
    public static final Rule EMERGENCY_CONTACTS_ACCESS = Rule.of("emergency_contacts_access", PERMISSION_DENIED,
            "emergency_contacts", "personId", "only the person and holders of people.safety.access may change it");

    /** Only the person and holders of people.personal.access record a person's documents. */
    public static final Rule PERSON_DOCUMENTS_ACCESS = Rule.of("person_documents_access", PERMISSION_DENIED,
            "person_documents", "personId", "only the person and holders of people.personal.access may change it");

    /** Only holders of people.people.erase erase a person. */
    public static final Rule PEOPLE_ERASE_PERMISSION = Rule.of("people_erase_permission", PERMISSION_DENIED,
            "people", "id", "erasing a person needs the permission people.people.erase");

    /** The rules of the directory (people, roles, competencies) and of personal data. */
    private static final List<Rule> DIRECTORY = List.of(PEOPLE_END_DATE_CHECK, PEOPLE_MANAGER_CHECK, PEOPLE_DAY_RATE_CURRENCY_CHECK,
            PEOPLE_TIMEZONE_ZONE, PEOPLE_ROLES_DAY_RATE_CURRENCY_CHECK, PEOPLE_COMPETENCIES_VALIDITY_CHECK, PERSON_PROFILES_ACCESS,
            PERSON_HEALTH_RECORDS_ACCESS, PERSON_PROFILES_PASSPORT_NUMBER_BIDX_CHECK, PERSON_PROFILES_NATIONAL_ID_NUMBER_BIDX_CHECK,
            PERSON_PROFILES_TAX_ID_BIDX_CHECK, PEOPLE_ERASE_PERMISSION, EMERGENCY_CONTACTS_ACCESS,
            PERSON_DOCUMENTS_ACCESS);

    /** The rules of endorsements, shortlists and the network. */
    private static final List<Rule> NETWORK = List.of(PEOPLE_ENDORSEMENTS_ENDORSER_CHECK, PEOPLE_ENDORSEMENTS_SELF_CHECK,
            SHORTLIST_MEMBERS_SELECTED_TARGET, PEOPLE_SHORTLISTS_TARGET_SELECTED, SHORTLIST_MEMBERS_PERSON_ASSIGNABLE,
            SHORTLIST_MEMBERS_SHORTLIST_ACTIVE, PEOPLE_NETWORK_SELF_CHECK, PEOPLE_NETWORK_ORDER_CHECK, PEOPLE_NETWORK_INVERSE);

    /** The rules of profiles and credentials. */
    private static final List<Rule> PROFILE = List.of(CERTIFICATIONS_EXPIRY_DATE_CHECK, PERSON_COMPETENCIES_UNIQUE,
            JOB_HISTORY_END_DATE_CHECK, JOB_HISTORY_CURRENT_CHECK, EMERGENCY_CONTACTS_PRIMARY);

    /** The rules of companies. */
    private static final List<Rule> COMPANIES = List.of(COMPANIES_BLACKLIST_REASON_CHECK, COMPANIES_TAX_ID_BIDX_CHECK,
            COMPANY_CONTACTS_PRIMARY_UNIQUE, COMPANY_CONTRACTS_END_DATE_CHECK, COMPANY_CONTRACTS_VALUE_CURRENCY_CHECK,
            COMPANY_CONTRACTS_SOW_PARENT_CHECK, COMPANY_CONTRACTS_SIGNED_CHECK, COMPANY_CONTRACTS_PARENT_MSA, COMPANY_CONTRACTS_MSA_ACTIVE,
            COMPANY_CONTRACTS_MSA_CAP, COMPANY_CONTRACTS_COMPANY_BLACKLISTED, COMPANY_QUALIFICATIONS_EXPIRY_DATE_CHECK,
            COMPANY_QUALIFICATIONS_COVERAGE_CURRENCY_CHECK, COMPANY_RATINGS_COMPLETED_WORK, PROJECT_RESOURCES_RESOURCE_REFERENCE,
            COMPANIES_BLACKLIST_MANAGE);

    /** The rules of availability. */
    private static final List<Rule> AVAILABILITY = List.of(PEOPLE_LEAVE_ENDS_ON_CHECK, PERSON_COMMITMENTS_ENDS_AT_CHECK,
            PERSON_COMMITMENTS_CAPACITY, PERSON_COMMITMENTS_PERSON_ACTIVE);

    /** Every rule of the module. */
    public static final List<Rule> ALL = Stream.of(DIRECTORY, NETWORK, PROFILE, COMPANIES, AVAILABILITY).flatMap(List::stream).toList();

    private PeopleRules() {}
}
