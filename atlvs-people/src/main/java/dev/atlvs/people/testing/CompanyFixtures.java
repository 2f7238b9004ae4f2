package dev.atlvs.people.testing;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.module.FixtureOrganization;
import dev.atlvs.people.company.Company;
import dev.atlvs.people.company.CompanyService;
import dev.atlvs.people.company.CompanySize;
import dev.atlvs.people.company.PaymentTerms;
import dev.atlvs.people.company.contact.CompanyContact;
import dev.atlvs.people.company.contact.CompanyContactRepository;
import dev.atlvs.people.company.contract.CompanyContract;
import dev.atlvs.people.company.contract.ContractService;
import dev.atlvs.people.company.contract.ContractType;
import dev.atlvs.people.company.contract.ImmutableCompanyContract;
import dev.atlvs.people.company.qualification.CompanyQualification;
import dev.atlvs.people.company.qualification.ImmutableCompanyQualification;
import dev.atlvs.people.company.qualification.QualificationService;
import dev.atlvs.people.company.qualification.QualificationType;
import dev.atlvs.people.company.rating.CompanyRating;
import dev.atlvs.people.company.rating.CompanyRatingRepository;
import dev.atlvs.people.company.rating.RatingCategory;
import dev.atlvs.projects.project.Project;
import dev.atlvs.projects.project.ProjectService;
import dev.atlvs.projects.project.ProjectStatus;
import dev.atlvs.projects.resource.ProjectResource;
import dev.atlvs.projects.resource.ProjectResourceRepository;
import dev.atlvs.projects.resource.ResourceStatus;
import dev.atlvs.projects.resource.ResourceType;
import dev.atlvs.projects.testing.ProjectFixtures;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.math.BigDecimal;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Realistic company data, written through the SDK's services and repositories as the organization's owner: vendors
 * with insurance certificates, a client, an MSA with two SOWs, ratings after a completed festival.
 *
 * <pre>{@code
 * Company rigging = CompanyFixtures.insuredVendor(acme, "Northern Rigging", LocalDate.of(2027, 3, 31));
 * CompanyFixtures.Frame frame = CompanyFixtures.msaWithTwoSows(acme, rigging);
 * Project festival = CompanyFixtures.completedFestival(acme, rigging);
 * CompanyFixtures.ratingsAfterFestival(acme, rigging, festival);
 * }</pre>
 */
public final class CompanyFixtures {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private CompanyFixtures() {}

    /** An active vendor with a web site, an office e-mail address and phone, a tax id and payment terms of 30 days. */
    public static Company vendor(FixtureOrganization org, String name) {
        requireNonNull(org, "org is null");
        long n = SEQUENCE.incrementAndGet();
        String slug = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-") + "-" + n;
        return org.asOwner(tx -> new CompanyService(tx).add(Company.builder().organizationId(org.id()).name(name)
                .legalName(name + " Ltd").industry("Staging and rigging").isVendor(true)
                .website("https://www." + slug + ".example").email("office@" + slug + ".example").phone("+4420790" + String.format(Locale.ROOT, "%05d", n % 100_000))
                .addressLine1("1 Dockside Way").city("Manchester").postalCode("M3 4LZ").country("GB")
                .taxId("GB" + String.format(Locale.ROOT, "%09d", n)).size(CompanySize.SMALL).foundedYear(2009)
                .paymentTerms(PaymentTerms.NET_30).build()));
    }

    /** An active client company. */
    public static Company client(FixtureOrganization org, String name) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> new CompanyService(tx).add(Company.builder().organizationId(org.id()).name(name).isClient(true)
                .industry("Music festivals").country("GB").paymentTerms(PaymentTerms.NET_45).build()));
    }

    /**
     * An active, verified qualification of {@code company}: {@code coverage} in GBP (none when null), valid from a year
     * before {@code validTo} through {@code validTo}.
     */
    public static CompanyQualification qualification(FixtureOrganization org, Company company, QualificationType type, String name,
            String coverage, LocalDate validTo) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> {
            QualificationService qualifications = new QualificationService(tx);
            ImmutableCompanyQualification.Builder builder = CompanyQualification.builder().organizationId(org.id()).companyId(company.id())
                    .type(type).name(name).issuingAuthority("Lloyd's of London").certificateNumber("GL-" + SEQUENCE.incrementAndGet())
                    .issueDate(validTo.minusYears(1).plusDays(1)).expiryDate(validTo);
            if (coverage != null) {
                builder.coverageAmount(new BigDecimal(coverage)).currency("GBP");
            }
            CompanyQualification pending = qualifications.add(builder.build());
            return qualifications.verify(pending.id(), validTo.minusYears(1).plusDays(1));
        });
    }

    /** A vendor holding general liability insurance of £5m, verified and valid through {@code insuredTo}. */
    public static Company insuredVendor(FixtureOrganization org, String name, LocalDate insuredTo) {
        Company vendor = vendor(org, name);
        qualification(org, vendor, QualificationType.INSURANCE, "General liability insurance", "5000000.0000", insuredTo);
        return vendor;
    }

    /** A contact of {@code company}, active, with an e-mail address. */
    public static CompanyContact contact(FixtureOrganization org, Company company, String firstName, String lastName, boolean primary) {
        requireNonNull(org, "org is null");
        long n = SEQUENCE.incrementAndGet();
        return org.asOwner(tx -> tx.repository(CompanyContactRepository.class).insert(CompanyContact.builder().organizationId(org.id())
                .companyId(company.id()).firstName(firstName).lastName(lastName).title("Production Coordinator")
                .email((firstName + "." + lastName + "." + n + "@vendor.example").toLowerCase(Locale.ROOT)).isPrimary(primary).build()));
    }

    /** An active MSA with {@code company} for 2026, capped at {@code cap} GBP (no cap when null), signed on 15 January 2026. */
    public static CompanyContract msa(FixtureOrganization org, Company company, String cap) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> {
            ContractService contracts = new ContractService(tx);
            ImmutableCompanyContract.Builder builder = CompanyContract.builder().organizationId(org.id()).companyId(company.id())
                    .type(ContractType.MSA).title("Master services agreement 2026").startDate(LocalDate.of(2026, 1, 1))
                    .endDate(LocalDate.of(2026, 12, 31)).renewalDate(LocalDate.of(2026, 12, 31)).renewalNoticeDays(60)
                    .terms("Standard production services terms");
            if (cap != null) {
                builder.value(new BigDecimal(cap)).currency("GBP");
            }
            CompanyContract draft = contracts.create(builder.build());
            contracts.send(draft.id());
            return contracts.activate(draft.id(), Instant.parse("2026-01-15T10:00:00Z"));
        });
    }

    /** A draft SOW under {@code msa} worth {@code value} GBP. */
    public static CompanyContract sow(FixtureOrganization org, CompanyContract msa, String title, String value) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> new ContractService(tx).create(CompanyContract.builder().organizationId(org.id()).companyId(msa.companyId())
                .type(ContractType.SOW).parentContractId(msa.id()).title(title).value(new BigDecimal(value)).currency("GBP")
                .startDate(LocalDate.of(2026, 6, 1)).endDate(LocalDate.of(2026, 8, 31)).build()));
    }

    /**
     * An MSA and the SOWs under it.
     *
     * @param msa the MSA
     * @param sows its SOWs
     */
    public record Frame(CompanyContract msa, List<CompanyContract> sows) {}

    /** An active MSA capped at £100,000 with two draft SOWs of £40,000 and £25,000. */
    public static Frame msaWithTwoSows(FixtureOrganization org, Company company) {
        CompanyContract msa = msa(org, company, "100000.0000");
        return new Frame(msa, List.of(sow(org, msa, "Harbour Festival rigging", "40000.0000"),
                sow(org, msa, "Arena tour rigging", "25000.0000")));
    }

    /**
     * A festival the vendor worked on, booked as a vendor resource, and completed: the project a rating of the vendor
     * may be about.
     */
    public static Project completedFestival(FixtureOrganization org, Company vendor) {
        requireNonNull(org, "org is null");
        Project festival = ProjectFixtures.project(org, "Harbour Festival " + SEQUENCE.incrementAndGet());
        return org.asOwner(tx -> {
            tx.repository(ProjectResourceRepository.class).insert(ProjectResource.builder().organizationId(org.id()).projectId(festival.id())
                    .resourceType(ResourceType.VENDOR).resourceId(vendor.id()).name(vendor.name()).status(ResourceStatus.CONFIRMED)
                    .startAt(Instant.parse("2026-09-01T06:00:00Z")).endAt(Instant.parse("2026-09-05T22:00:00Z")).build());
            ProjectService projects = new ProjectService(tx);
            projects.changeStatus(festival.id(), ProjectStatus.ACTIVE);
            return projects.changeStatus(festival.id(), ProjectStatus.COMPLETED);
        });
    }

    /** A rating of {@code vendor} on {@code project} in {@code category} by the named reviewer. */
    public static CompanyRating rating(FixtureOrganization org, Company vendor, Project project, RatingCategory category, int stars,
            String reviewer, boolean wouldHireAgain) {
        requireNonNull(org, "org is null");
        return org.asOwner(tx -> tx.repository(CompanyRatingRepository.class).insert(CompanyRating.builder().organizationId(org.id())
                .companyId(vendor.id()).projectId(project.id()).category(category).rating(stars).reviewerName(reviewer)
                .reviewerTitle("Production Manager").reviewText("Rigging delivered for the festival build")
                .addStrengths("Safety briefings").addImprovements("Earlier load-in plans").wouldHireAgain(wouldHireAgain)
                .isRecommended(wouldHireAgain).build()));
    }

    /** The ratings of a vendor after a completed festival: overall 5, quality 4, timeliness 3, by the production manager. */
    public static List<CompanyRating> ratingsAfterFestival(FixtureOrganization org, Company vendor, Project festival) {
        return List.of(rating(org, vendor, festival, RatingCategory.OVERALL, 5, "Production Manager", true),
                rating(org, vendor, festival, RatingCategory.QUALITY, 4, "Production Manager", true),
                rating(org, vendor, festival, RatingCategory.TIMELINESS, 3, "Production Manager", true));
    }
}
