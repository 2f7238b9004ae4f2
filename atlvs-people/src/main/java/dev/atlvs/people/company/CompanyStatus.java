package dev.atlvs.people.company;

/**
 * Where the organization stands with a company (L-RECORD): active, pending (not yet approved), inactive, or
 * blacklisted. Moves are free, except that blacklisting needs the {@code people.companies.manage} permission and a
 * reason ({@link CompanyService#blacklist}); a blacklisted company gets no new contracts.
 */
public enum CompanyStatus {
    ACTIVE, PENDING, INACTIVE, BLACKLISTED
}
