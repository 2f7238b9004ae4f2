package dev.atlvs.people.testing;

import static dev.atlvs.people.testing.PeopleRuleProbes.sql;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.module.Guardrails;
import dev.atlvs.people.company.Company;
import dev.atlvs.people.company.CompanyRepository;
import dev.atlvs.people.company.CompanyService;
import dev.atlvs.people.company.ImmutableCompany;
import dev.atlvs.people.company.contact.CompanyContactRepository;
import dev.atlvs.people.company.contact.ImmutableCompanyContact;
import dev.atlvs.people.company.contract.CompanyContract;
import dev.atlvs.people.company.contract.CompanyContractRepository;
import dev.atlvs.people.company.contract.ContractService;
import dev.atlvs.people.company.contract.ContractStatus;
import dev.atlvs.people.company.contract.ContractType;
import dev.atlvs.people.company.contract.ImmutableCompanyContract;
import dev.atlvs.people.company.qualification.CompanyQualificationRepository;
import dev.atlvs.people.company.qualification.ImmutableCompanyQualification;
import dev.atlvs.people.company.rating.CompanyRatingRepository;
import dev.atlvs.people.company.rating.ImmutableCompanyRating;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.project.ProjectType;
import dev.atlvs.projects.resource.ImmutableProjectResource;
import dev.atlvs.projects.resource.ProjectResource;
import dev.atlvs.projects.resource.ProjectResourceRepository;
import dev.atlvs.projects.resource.ResourceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

/** The probes of the companies rules (see {@link PeopleRuleProbes}): each broken once through the SDK and once by raw SQL. */
final class CompanyRuleProbes {

    private static final Instant SIGNED = Instant.parse("2026-02-01T10:00:00Z");

    private CompanyRuleProbes() {}

    static void declare(Guardrails.Builder guardrails) {
        guardrails
                .rule("companies_blacklist_reason_check",
                        (tx, id) -> companies(tx).update(ImmutableCompany.copyOf(companies(tx).get(id)).withStatus(dev.atlvs.people.company.CompanyStatus.BLACKLISTED)),
                        (tx, id) -> sql(tx, "update atlvs.companies set status = 'blacklisted' where id = :id", id))
                .ruleWithoutSdk("companies_tax_id_bidx_check",
                        (tx, id) -> sql(tx, "update atlvs.companies set tax_id_bidx = null where id = :id", id),
                        "the repository engine writes an encrypted value and its blind index together, from the one value")
                .rule("company_contacts_primary_unique",
                        org -> {
                            Company vendor = CompanyFixtures.vendor(org, "Harbour Audio");
                            CompanyFixtures.contact(org, vendor, "Mia", "Lang", true);
                            return CompanyFixtures.contact(org, vendor, "Tom", "Okafor", false).id();
                        },
                        (tx, id) -> contacts(tx).update(ImmutableCompanyContact.copyOf(contacts(tx).get(id)).withIsPrimary(true)),
                        (tx, id) -> sql(tx, "update atlvs.company_contacts set is_primary = true where id = :id", id))
                .rule("company_contracts_end_date_check",
                        (tx, id) -> contracts(tx).update(ImmutableCompanyContract.copyOf(contracts(tx).get(id))
                                .withStartDate(LocalDate.of(2026, 9, 10)).withEndDate(LocalDate.of(2026, 9, 1))),
                        (tx, id) -> sql(tx, "update atlvs.company_contracts set start_date = date '2026-09-10', end_date = date '2026-09-01' where id = :id", id))
                .rule("company_contracts_value_currency_check",
                        (tx, id) -> contracts(tx).update(ImmutableCompanyContract.copyOf(contracts(tx).get(id)).withCurrency(Optional.empty())),
                        (tx, id) -> sql(tx, "update atlvs.company_contracts set currency = null where id = :id", id))
                .rule("company_contracts_sow_parent_check",
                        (tx, id) -> contracts(tx).update(ImmutableCompanyContract.copyOf(contracts(tx).get(id)).withType(ContractType.SOW)),
                        (tx, id) -> sql(tx, "update atlvs.company_contracts set type = 'sow' where id = :id", id))
                .rule("company_contracts_signed_check",
                        (tx, id) -> contracts(tx).update(ImmutableCompanyContract.copyOf(contracts(tx).get(id)).withStatus(ContractStatus.ACTIVE)),
                        (tx, id) -> sql(tx, "update atlvs.company_contracts set status = 'active' where id = :id", id))
                .rule("company_contracts_parent_msa",
                        org -> {
                            Company vendor = CompanyFixtures.vendor(org, "Quayside Catering");
                            org.asOwner(tx -> new ContractService(tx).create(CompanyContract.builder().organizationId(org.id())
                                    .companyId(vendor.id()).type(ContractType.NDA).title("Mutual NDA").build()));
                            return CompanyGuardrails.draftContract(org, vendor).id();
                        },
                        (tx, id) -> contracts(tx).update(ImmutableCompanyContract.copyOf(contracts(tx).get(id)).withParentContractId(nda(tx, id))),
                        (tx, id) -> tx.handle().createUpdate("update atlvs.company_contracts set parent_contract_id = :nda where id = :id")
                                .bind("nda", nda(tx, id)).bind("id", id).execute())
                .rule("company_contracts_msa_active",
                        org -> {
                            Company vendor = CompanyFixtures.vendor(org, "Beacon Lighting");
                            CompanyContract msa = org.asOwner(tx -> {
                                ContractService contracts = new ContractService(tx);
                                CompanyContract draft = contracts.create(CompanyContract.builder().organizationId(org.id()).companyId(vendor.id())
                                        .type(ContractType.MSA).title("Lighting MSA").build());
                                return contracts.send(draft.id());
                            });
                            CompanyContract sow = CompanyFixtures.sow(org, msa, "Festival lighting", "30000.0000");
                            return org.asOwner(tx -> new ContractService(tx).send(sow.id())).id();
                        },
                        (tx, id) -> new ContractService(tx).activate(id, SIGNED),
                        (tx, id) -> sql(tx, "update atlvs.company_contracts set status = 'active', signed_at = now() where id = :id", id))
                .rule("company_contracts_msa_cap",
                        org -> CompanyFixtures.msaWithTwoSows(org, CompanyFixtures.vendor(org, "Northern Rigging")).sows().get(0).id(),
                        (tx, id) -> contracts(tx).update(ImmutableCompanyContract.copyOf(contracts(tx).get(id)).withValue(new BigDecimal("80000.0000"))),
                        (tx, id) -> sql(tx, "update atlvs.company_contracts set value = 80000 where id = :id", id))
                .rule("company_contracts_company_blacklisted",
                        org -> {
                            Company vendor = CompanyFixtures.vendor(org, "Shady Staging");
                            CompanyContract contract = CompanyGuardrails.draftContract(org, vendor);
                            return org.asOwner(tx -> {
                                CompanyContract sent = new ContractService(tx).send(contract.id());
                                new CompanyService(tx).blacklist(vendor.id(), "Unsafe rigging at a previous show");
                                return sent.id();
                            });
                        },
                        (tx, id) -> new ContractService(tx).activate(id, SIGNED),
                        (tx, id) -> sql(tx, "update atlvs.company_contracts set status = 'active', signed_at = now() where id = :id", id))
                .rule("company_qualifications_expiry_date_check",
                        (tx, id) -> qualifications(tx).update(ImmutableCompanyQualification.copyOf(qualifications(tx).get(id))
                                .withIssueDate(LocalDate.of(2026, 9, 10)).withExpiryDate(LocalDate.of(2026, 9, 1))),
                        (tx, id) -> sql(tx, "update atlvs.company_qualifications set issue_date = date '2026-09-10', expiry_date = date '2026-09-01' where id = :id", id))
                .rule("company_qualifications_coverage_currency_check",
                        (tx, id) -> qualifications(tx).update(ImmutableCompanyQualification.copyOf(qualifications(tx).get(id)).withCurrency(Optional.empty())),
                        (tx, id) -> sql(tx, "update atlvs.company_qualifications set currency = null where id = :id", id))
                .rule("company_ratings_completed_work",
                        (tx, id) -> ratings(tx).update(ImmutableCompanyRating.copyOf(ratings(tx).get(id)).withProjectId(plannedProject(tx))),
                        (tx, id) -> tx.handle().createUpdate("update atlvs.company_ratings set project_id = :project where id = :id")
                                .bind("project", plannedProject(tx)).bind("id", id).execute())
                // A contributor may change companies, but not put one on the blacklist.
                .ruleAs(org -> org.addMember(dev.atlvs.core.member.MemberRole.CONTRIBUTOR), "companies_blacklist_manage",
                        org -> CompanyFixtures.vendor(org, "Harbour Scaffolding").id(),
                        (tx, id) -> new dev.atlvs.people.company.CompanyService(tx).blacklist(id, "Unsafe scaffolding on site"),
                        (tx, id) -> sql(tx, "update atlvs.companies set status = 'blacklisted', blacklist_reason = 'Unsafe scaffolding' "
                                + "where id = :id", id))
                .rule("project_resources_resource_reference",
                        org -> {
                            Company vendor = CompanyFixtures.vendor(org, "Coastline Barriers");
                            Project festival = dev.atlvs.projects.testing.ProjectFixtures.project(org, "Coastline Festival");
                            return org.asOwner(tx -> tx.repository(ProjectResourceRepository.class).insert(ProjectResource.builder()
                                    .organizationId(org.id()).projectId(festival.id()).resourceType(ResourceType.VENDOR).resourceId(vendor.id())
                                    .name("Crowd barriers").startAt(Instant.parse("2026-09-01T06:00:00Z")).endAt(Instant.parse("2026-09-03T22:00:00Z"))
                                    .build()).id());
                        },
                        (tx, id) -> resources(tx).update(ImmutableProjectResource.copyOf(resources(tx).get(id)).withResourceId(UUID.randomUUID())),
                        // A literal id: Citus takes no volatile function in an UPDATE.
                        (tx, id) -> tx.handle().createUpdate("update atlvs.project_resources set resource_id = :other where id = :id")
                                .bind("other", UUID.randomUUID()).bind("id", id).execute());
    }

    /** The NDA of the company of contract {@code id}. */
    private static UUID nda(TenantTransaction tx, UUID id) {
        CompanyContract contract = contracts(tx).get(id);
        return contracts(tx).ofCompany(contract.companyId()).stream().filter(c -> c.type() == ContractType.NDA).findFirst().orElseThrow().id();
    }

    /** A new project in planning: not yet completed work. */
    private static UUID plannedProject(TenantTransaction tx) {
        return new ProjectService(tx).create(Project.builder().organizationId(tx.organizationId())
                .code("PLN-" + Math.abs(UUID.randomUUID().getLeastSignificantBits() % 100_000)).name("Winter Gala")
                .type(ProjectType.CLIENT).build()).id();
    }

    private static CompanyRepository companies(TenantTransaction tx) {
        return tx.repository(CompanyRepository.class);
    }

    private static CompanyContactRepository contacts(TenantTransaction tx) {
        return tx.repository(CompanyContactRepository.class);
    }

    private static CompanyContractRepository contracts(TenantTransaction tx) {
        return tx.repository(CompanyContractRepository.class);
    }

    private static CompanyQualificationRepository qualifications(TenantTransaction tx) {
        return tx.repository(CompanyQualificationRepository.class);
    }

    private static CompanyRatingRepository ratings(TenantTransaction tx) {
        return tx.repository(CompanyRatingRepository.class);
    }

    private static ProjectResourceRepository resources(TenantTransaction tx) {
        return tx.repository(ProjectResourceRepository.class);
    }
}
