package dev.atlvs.people.testing;

import dev.atlvs.core.module.Guardrails;
import dev.atlvs.people.company.Company;
import dev.atlvs.people.company.CompanyRepository;
import dev.atlvs.people.company.ImmutableCompany;
import dev.atlvs.people.company.contact.CompanyContactRepository;
import dev.atlvs.people.company.contact.ImmutableCompanyContact;
import dev.atlvs.people.company.contract.CompanyContract;
import dev.atlvs.people.company.contract.CompanyContractRepository;
import dev.atlvs.people.company.contract.ContractService;
import dev.atlvs.people.company.contract.ContractStatus;
import dev.atlvs.people.company.contract.ContractType;
import dev.atlvs.people.company.contract.ImmutableCompanyContract;
import dev.atlvs.people.company.qualification.CompanyQualification;
import dev.atlvs.people.company.qualification.CompanyQualificationRepository;
import dev.atlvs.people.company.qualification.QualificationService;
import dev.atlvs.people.company.qualification.ImmutableCompanyQualification;
import dev.atlvs.people.company.qualification.QualificationStatus;
import dev.atlvs.people.company.qualification.QualificationType;
import dev.atlvs.people.company.rating.CompanyRatingRepository;
import dev.atlvs.people.company.rating.ImmutableCompanyRating;
import dev.atlvs.people.company.rating.RatingCategory;
import dev.atlvs.projects.project.Project;
import java.math.BigDecimal;
import java.time.LocalDate;

/** The guardrail samples, mutations and lifecycles of the companies tables (see {@link PeopleGuardrails}). */
final class CompanyGuardrails {

    private CompanyGuardrails() {}

    static void declare(Guardrails.Builder builder) {
        builder.table("companies",
                        org -> CompanyFixtures.vendor(org, "Northern Rigging").id(),
                        (org, id) -> org.asOwner(tx -> {
                            CompanyRepository companies = tx.repository(CompanyRepository.class);
                            return companies.update(ImmutableCompany.copyOf(companies.get(id)).withIndustry("Staging"));
                        }))
                .freeStatus("companies", "status")
                .table("company_contacts",
                        org -> CompanyFixtures.contact(org, CompanyFixtures.vendor(org, "Harbour Audio"), "Mia", "Lang", true).id(),
                        (org, id) -> org.asOwner(tx -> {
                            CompanyContactRepository contacts = tx.repository(CompanyContactRepository.class);
                            return contacts.update(ImmutableCompanyContact.copyOf(contacts.get(id)).withDepartment("Accounts payable"));
                        }))
                .table("company_contracts",
                        org -> draftContract(org, CompanyFixtures.vendor(org, "Lakeside Staging")).id(),
                        (org, id) -> org.asOwner(tx -> {
                            CompanyContractRepository contracts = tx.repository(CompanyContractRepository.class);
                            return contracts.update(ImmutableCompanyContract.copyOf(contracts.get(id)).withTitle("Staging services 2026, revised"));
                        }))
                .lifecycle(ContractStatus.LIFECYCLE)
                .table("company_qualifications",
                        org -> {
                            Company vendor = CompanyFixtures.vendor(org, "Skyline Rigging");
                            return org.asOwner(tx -> new QualificationService(tx).add(CompanyQualification.builder().organizationId(org.id())
                                    .companyId(vendor.id()).type(QualificationType.INSURANCE).name("General liability insurance")
                                    .issuingAuthority("Lloyd's of London").certificateNumber("GL-2026-0042").issueDate(LocalDate.of(2026, 4, 1))
                                    .expiryDate(LocalDate.of(2027, 3, 31)).coverageAmount(new BigDecimal("5000000.0000")).currency("GBP").build())).id();
                        },
                        (org, id) -> org.asOwner(tx -> {
                            CompanyQualificationRepository qualifications = tx.repository(CompanyQualificationRepository.class);
                            return qualifications.update(ImmutableCompanyQualification.copyOf(qualifications.get(id)).withNotes("Certificate on file"));
                        }))
                .lifecycle(QualificationStatus.LIFECYCLE)
                .table("company_ratings",
                        org -> {
                            Company vendor = CompanyFixtures.vendor(org, "Festival Power");
                            Project festival = CompanyFixtures.completedFestival(org, vendor);
                            return CompanyFixtures.rating(org, vendor, festival, RatingCategory.QUALITY, 4, "Production Manager", true).id();
                        },
                        (org, id) -> org.asOwner(tx -> {
                            CompanyRatingRepository ratings = tx.repository(CompanyRatingRepository.class);
                            return ratings.update(ImmutableCompanyRating.copyOf(ratings.get(id)).withReviewText("Generators on time, clean cabling"));
                        }));
    }

    /** A draft service agreement worth £12,000 for 2026, renewing on 31 December with 60 days' notice. */
    static CompanyContract draftContract(dev.atlvs.core.module.FixtureOrganization org, Company company) {
        return org.asOwner(tx -> new ContractService(tx).create(CompanyContract.builder().organizationId(org.id()).companyId(company.id())
                .type(ContractType.SERVICE_AGREEMENT).title("Staging services 2026").value(new BigDecimal("12000.0000")).currency("GBP")
                .startDate(LocalDate.of(2026, 1, 1)).endDate(LocalDate.of(2026, 12, 31)).renewalDate(LocalDate.of(2026, 12, 31))
                .renewalNoticeDays(60).build()));
    }
}
