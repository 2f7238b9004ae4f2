package dev.atlvs.people;

import dev.atlvs.core.error.ErrorCategory;
import dev.atlvs.core.error.ErrorCode;

/**
 * Error codes of the people module, numbered 4000-4999. Numbers are stable: never reuse or renumber one once
 * released.
 *
 * <p>Blocks: 4000-4099 the directory (people, crew roles, competencies); 4100-4199 endorsements, shortlists and
 * the network; 4200-4299 profiles and credentials (certifications, job history, emergency contacts, personal
 * data); 4300-4399 companies, contracts, qualifications and ratings; 4400-4449 the status lifecycles (one
 * {@code <AGGREGATE>_TRANSITION_INVALID} per aggregate with a {@link dev.atlvs.core.lifecycle.Lifecycle});
 * 4500-4599 availability and candidate matching.
 */
public enum PeopleErrorCode implements ErrorCode {

    // --- Directory (4000-4099) ---

    /** A person who is inactive, on leave or terminated cannot take on new work. */
    PERSON_NOT_ASSIGNABLE(4000, ErrorCategory.CONFLICT),

    // --- Endorsements, shortlists and network (4100-4199) ---

    /** A shortlist would select more members than its target count. */
    SHORTLIST_TARGET_REACHED(4100, ErrorCategory.CONFLICT),

    /** A member is added to a shortlist that is closed or archived. */
    SHORTLIST_NOT_ACTIVE(4101, ErrorCategory.CONFLICT),

    // --- Profiles and credentials (4200-4299) ---

    /** A person has the competency already: a person lists each competency once. */
    PERSON_COMPETENCY_DUPLICATE(4200, ErrorCategory.CONFLICT),

    /** A person document describes an attachment that is not on that person. */
    PERSON_DOCUMENT_NOT_ON_PERSON(4201, ErrorCategory.VALIDATION),

    // --- Companies (4300-4399) ---

    /** A blacklisted company gets no new contracts: its contract is not activated. */
    COMPANY_BLACKLISTED(4300, ErrorCategory.CONFLICT),

    /** A company has a primary contact already. */
    COMPANY_PRIMARY_CONTACT_TAKEN(4301, ErrorCategory.CONFLICT),

    /** An SOW becomes active only under an active MSA. */
    CONTRACT_MSA_NOT_ACTIVE(4310, ErrorCategory.CONFLICT),

    /** The values of an MSA's SOWs would exceed the MSA's value (its cap). */
    CONTRACT_MSA_CAP_EXCEEDED(4311, ErrorCategory.CONFLICT),

    /** A company is rated only after completed work with it on the rated project. */
    RATING_WITHOUT_COMPLETED_WORK(4330, ErrorCategory.VALIDATION),

    /** A vendor does not meet the conditions of an engagement (status, blacklist, qualifications). */
    VENDOR_NOT_ELIGIBLE(4340, ErrorCategory.CONFLICT),

    // --- Status lifecycles (4400-4449) ---

    /** A person's status change its lifecycle ({@code PersonStatus.LIFECYCLE}) does not allow. */
    PERSON_TRANSITION_INVALID(4400, ErrorCategory.CONFLICT),
    /** A leave status change its lifecycle ({@code LeaveStatus.LIFECYCLE}) does not allow. */
    LEAVE_TRANSITION_INVALID(4401, ErrorCategory.CONFLICT),

    /** A certification's status change L-CREDENTIAL ({@code Certification.LIFECYCLE}) does not allow. */
    CERTIFICATION_TRANSITION_INVALID(4430, ErrorCategory.CONFLICT),

    /** A contract's status change its lifecycle ({@code ContractStatus.LIFECYCLE}) does not allow. */
    CONTRACT_TRANSITION_INVALID(4420, ErrorCategory.CONFLICT),

    /** A company qualification's status change its lifecycle ({@code QualificationStatus.LIFECYCLE}) does not allow. */
    QUALIFICATION_TRANSITION_INVALID(4421, ErrorCategory.CONFLICT),

    /** A shortlist's status change its lifecycle ({@code ShortlistStatus.LIFECYCLE}) does not allow. */
    SHORTLIST_TRANSITION_INVALID(4410, ErrorCategory.CONFLICT),

    /** A shortlist member's move its lifecycle ({@code ShortlistMemberStatus.LIFECYCLE}) does not allow. */
    SHORTLIST_MEMBER_TRANSITION_INVALID(4411, ErrorCategory.CONFLICT),

    // --- Availability and matching (4500-4599) ---

    /** A person is committed elsewhere (a confirmed booking, leave) during the requested time. */
    PERSON_DOUBLE_BOOKED(4500, ErrorCategory.SCHEDULE_CONFLICT);

    private final int number;
    private final ErrorCategory category;

    PeopleErrorCode(int number, ErrorCategory category) {
        this.number = number;
        this.category = category;
    }

    @Override
    public int number() {
        return number;
    }

    @Override
    public ErrorCategory category() {
        return category;
    }
}
