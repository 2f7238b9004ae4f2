package dev.atlvs.people.company;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.people.PeopleErrorCode;
import dev.atlvs.people.company.contract.CapConsumption;
import dev.atlvs.people.company.contract.CompanyContract;
import dev.atlvs.people.company.contract.CompanyContractRepository;
import dev.atlvs.people.company.contract.ContractService;
import dev.atlvs.people.company.contract.ContractStatus;
import dev.atlvs.people.company.contract.ContractType;
import dev.atlvs.people.company.contract.RenewalNotice;
import dev.atlvs.people.testing.CompanyFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.Race;
import dev.atlvs.testing.Rows;
import dev.atlvs.testing.TestDatabase;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.transaction.TransactionIsolationLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Contracts with companies: the L-CONTRACT moves, SOWs under MSAs and their cap, renewal, the renewal calendar and the
 * roll-forward, each rule refused alike through the SDK and by raw SQL.
 */
@AtlvsTest
class ContractServiceTest {

    private static final Instant SIGNED = Instant.parse("2026-02-01T10:00:00Z");

    @Test
    void aContractIsSentThenActivatedWithItsSignatureDate(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Signed Sealed Live");
        Company vendor = CompanyFixtures.vendor(acme, "Northern Rigging");
        CompanyContract draft = acme.asOwner(tx -> new ContractService(tx).create(nda(acme, vendor)));

        // when
        CompanyContract active = acme.asOwner(tx -> {
            ContractService contracts = new ContractService(tx);
            contracts.send(draft.id());
            return contracts.activate(draft.id(), SIGNED);
        });

        // then
        assertThat(active).usingRecursiveComparison().ignoringFields("version", "createdAt", "createdBy", "updatedAt", "updatedBy")
                .isEqualTo(CompanyContract.builder().from(draft).status(ContractStatus.ACTIVE).signedAt(SIGNED).build());
        assertThat(active.version()).isEqualTo(3);
    }

    @Test
    void aDraftIsNotActivatedWithoutBeingSentForSignature(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Hasty Live");
        Company vendor = CompanyFixtures.vendor(acme, "Quick Staging");
        CompanyContract draft = acme.asOwner(tx -> new ContractService(tx).create(nda(acme, vendor)));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new ContractService(tx).activate(draft.id(), SIGNED)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(PeopleErrorCode.CONTRACT_TRANSITION_INVALID);
                    assertThat(e.field()).contains("status");
                    assertThat(e.rule()).contains("company_contracts_status_transition");
                });
        assertThat(acme.asOwner(tx -> new ContractService(tx).get(draft.id())).status()).isEqualTo(ContractStatus.DRAFT);
    }

    @Test
    void anSowWithoutAnMsaIsRefusedThroughTheSdk(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Orphan Works");
        Company vendor = CompanyFixtures.vendor(acme, "Lonely Lighting");
        long before = Rows.count(database, "company_contracts");

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new ContractService(tx).create(CompanyContract.builder().organizationId(acme.id())
                .companyId(vendor.id()).type(ContractType.SOW).title("Festival lighting").build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("parentContractId", "company_contracts_sow_parent_check")));
        assertThat(Rows.count(database, "company_contracts")).isEqualTo(before);
    }

    @Test
    void anSowWithoutAnMsaIsRefusedByTheDatabase(Fixtures fixtures, TestDatabase database) {
        // given
        OrganizationFixture acme = fixtures.organization("Orphan Works Raw");
        Company vendor = CompanyFixtures.vendor(acme, "Lonely Lighting");
        long before = Rows.count(database, "company_contracts");

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, """
                insert into atlvs.company_contracts (organization_id, company_id, type, title)
                values (:organizationId, :company, 'sow', 'Festival lighting')
                """, Map.of("company", vendor.id())))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.VALIDATION_FAILED);
                    assertThat(e.violations()).extracting(FieldViolation::field, FieldViolation::rule)
                            .containsExactly(tuple("parentContractId", "company_contracts_sow_parent_check"));
                });
        assertThat(Rows.count(database, "company_contracts")).isEqualTo(before);
    }

    @Test
    void anSowUnderAnotherCompanysMsaIsRefused(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Crossed Wires");
        CompanyContract msa = CompanyFixtures.msa(acme, CompanyFixtures.vendor(acme, "Northern Rigging"), "100000.0000");
        Company other = CompanyFixtures.vendor(acme, "Southern Rigging");

        // when / then: the composite key holds the MSA to the SOW's company
        assertThatThrownBy(() -> acme.asOwner(tx -> new ContractService(tx).create(CompanyContract.builder().organizationId(acme.id())
                .companyId(other.id()).type(ContractType.SOW).parentContractId(msa.id()).title("Festival rigging").build())))
                .isInstanceOf(dev.atlvs.core.error.ReferenceMissingException.class)
                .hasMessageContaining("company_contracts_parent_fkey");
    }

    @Test
    void aContractFallsOnlyUnderAnMsa(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Wrong Parent Live");
        Company vendor = CompanyFixtures.vendor(acme, "Harbour Audio");
        CompanyContract nda = acme.asOwner(tx -> new ContractService(tx).create(nda(acme, vendor)));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new ContractService(tx).create(CompanyContract.builder().organizationId(acme.id())
                .companyId(vendor.id()).type(ContractType.SOW).parentContractId(nda.id()).title("Festival audio").build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(FieldViolation::field, FieldViolation::rule)
                        .containsExactly(tuple("parentContractId", "company_contracts_parent_msa")));
    }

    @Test
    void anSowAboveItsMsaCapIsRefusedThroughTheSdkAndByTheDatabase(Fixtures fixtures) {
        // given: an MSA capped at £100,000 with SOWs of £40,000 and £25,000
        OrganizationFixture acme = fixtures.organization("Capped Live");
        CompanyFixtures.Frame frame = CompanyFixtures.msaWithTwoSows(acme, CompanyFixtures.vendor(acme, "Northern Rigging"));

        // when / then: a third SOW of £40,000 would commit £105,000
        assertThatThrownBy(() -> CompanyFixtures.sow(acme, frame.msa(), "Winter tour rigging", "40000.0000"))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertCap(e));
        assertThatThrownBy(() -> RawSql.execute(acme, "update atlvs.company_contracts set value = 75001 where id = :id",
                Map.of("id", frame.sows().get(0).id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertCap(e));
        CapConsumption consumption = acme.asOwner(tx -> new ContractService(tx).capConsumption(frame.msa().id()));
        assertThat(consumption).isEqualTo(new CapConsumption(frame.msa().id(), Optional.of(new BigDecimal("100000.0000")), new BigDecimal("65000.0000"),
                        Optional.of(new BigDecimal("35000.0000")), Optional.of("GBP")));
    }

    @Test
    void anMsaIsNotLoweredBelowWhatItsSowsCommit(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Shrinking Cap Live");
        CompanyFixtures.Frame frame = CompanyFixtures.msaWithTwoSows(acme, CompanyFixtures.vendor(acme, "Northern Rigging"));

        // when / then
        assertThatThrownBy(() -> RawSql.execute(acme, "update atlvs.company_contracts set value = 60000 where id = :id",
                Map.of("id", frame.msa().id())))
                .isInstanceOfSatisfying(ConflictException.class, ContractServiceTest::assertCap);
    }

    @Test
    void anSowBecomesActiveOnlyUnderAnActiveMsa(Fixtures fixtures) {
        // given: the MSA is still out for signature
        OrganizationFixture acme = fixtures.organization("Unsigned Frame Live");
        Company vendor = CompanyFixtures.vendor(acme, "Beacon Lighting");
        CompanyContract msa = acme.asOwner(tx -> {
            ContractService contracts = new ContractService(tx);
            CompanyContract draft = contracts.create(CompanyContract.builder().organizationId(acme.id()).companyId(vendor.id())
                    .type(ContractType.MSA).title("Lighting MSA").build());
            return contracts.send(draft.id());
        });
        CompanyContract sow = CompanyFixtures.sow(acme, msa, "Festival lighting", "30000.0000");
        acme.asOwner(tx -> new ContractService(tx).send(sow.id()));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new ContractService(tx).activate(sow.id(), SIGNED)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(PeopleErrorCode.CONTRACT_MSA_NOT_ACTIVE);
                    assertThat(e.rule()).contains("company_contracts_msa_active");
                });
        assertThatThrownBy(() -> RawSql.execute(acme, "update atlvs.company_contracts set status = 'active', signed_at = now() where id = :id",
                Map.of("id", sow.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(PeopleErrorCode.CONTRACT_MSA_NOT_ACTIVE));
    }

    @Test
    void aBlacklistedCompanysContractIsNotActivated(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Careful Live");
        Company vendor = CompanyFixtures.vendor(acme, "Shady Staging");
        CompanyContract sent = acme.asOwner(tx -> {
            ContractService contracts = new ContractService(tx);
            CompanyContract draft = contracts.create(nda(acme, vendor));
            return contracts.send(draft.id());
        });
        acme.asOwner(tx -> new CompanyService(tx).blacklist(vendor.id(), "Unsafe rigging at the Harbour Festival"));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new ContractService(tx).activate(sent.id(), SIGNED)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(PeopleErrorCode.COMPANY_BLACKLISTED);
                    assertThat(e.rule()).contains("company_contracts_company_blacklisted");
                });
        assertThatThrownBy(() -> RawSql.execute(acme, "update atlvs.company_contracts set status = 'active', signed_at = now() where id = :id",
                Map.of("id", sent.id())))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(PeopleErrorCode.COMPANY_BLACKLISTED));
        assertThat(acme.asOwner(tx -> new ContractService(tx).get(sent.id())).status()).isEqualTo(ContractStatus.PENDING);
    }

    @Test
    void renewingCreatesTheSuccessorAndMarksTheContractRenewed(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Evergreen Live");
        CompanyContract msa = CompanyFixtures.msa(acme, CompanyFixtures.vendor(acme, "Northern Rigging"), "100000.0000");

        // when
        CompanyContract successor = acme.asOwner(tx -> new ContractService(tx).renew(msa.id(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));

        // then
        CompanyContract renewed = acme.asOwner(tx -> new ContractService(tx).get(msa.id()));
        assertThat(renewed.status()).isEqualTo(ContractStatus.RENEWED);
        assertThat(successor).usingRecursiveComparison()
                .ignoringFields("id", "version", "createdAt", "createdBy", "updatedAt", "updatedBy", "signedAt")
                .isEqualTo(CompanyContract.builder().from(msa).startDate(LocalDate.of(2027, 1, 1)).endDate(LocalDate.of(2027, 12, 31))
                        .renewalDate(LocalDate.of(2027, 12, 31)).renewsContractId(msa.id()).status(ContractStatus.ACTIVE).build());
        assertThat(successor.id()).isNotEqualTo(msa.id());
        assertThat(successor.signedAt()).isPresent();
    }

    @Test
    void aContractIsRenewedOnlyOnce(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Once Only Live");
        CompanyContract msa = CompanyFixtures.msa(acme, CompanyFixtures.vendor(acme, "Northern Rigging"), null);
        acme.asOwner(tx -> new ContractService(tx).renew(msa.id(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31)));

        // when / then
        assertThatThrownBy(() -> acme.asOwner(tx -> new ContractService(tx).renew(msa.id(), LocalDate.of(2027, 1, 1), LocalDate.of(2027, 12, 31))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo(PeopleErrorCode.CONTRACT_TRANSITION_INVALID));
    }

    @Test
    void theRenewalCalendarListsTheNoticeWindowsOpeningInTheRange(Fixtures fixtures) {
        // given: the MSA renews on 31 December with 60 days' notice (window opens 1 November); an NDA renews on 30 June
        OrganizationFixture acme = fixtures.organization("Calendar Live");
        Company vendor = CompanyFixtures.vendor(acme, "Northern Rigging");
        CompanyContract msa = CompanyFixtures.msa(acme, vendor, null);
        acme.asOwner(tx -> {
            ContractService contracts = new ContractService(tx);
            CompanyContract nda = contracts.create(CompanyContract.builder().from(nda(acme, vendor)).renewalDate(LocalDate.of(2026, 6, 30))
                    .renewalNoticeDays(30).build());
            contracts.send(nda.id());
            return contracts.activate(nda.id(), SIGNED);
        });

        // when
        List<RenewalNotice> november = acme.asOwner(tx -> new ContractService(tx).renewalCalendar(LocalDate.of(2026, 10, 15), LocalDate.of(2026, 11, 15)));

        // then
        assertThat(november).containsExactly(new RenewalNotice(msa.id(), vendor.id(), "Master services agreement 2026", LocalDate.of(2026, 11, 1),
                LocalDate.of(2026, 12, 31), false));
    }

    @Test
    void rollingForwardRenewsTheDueAutoRenewalsOnce(Fixtures fixtures) {
        // given: a service agreement for 2026 that renews by itself on 31 December
        OrganizationFixture acme = fixtures.organization("Rolling Live");
        Company vendor = CompanyFixtures.vendor(acme, "Northern Rigging");
        CompanyContract agreement = acme.asOwner(tx -> {
            ContractService contracts = new ContractService(tx);
            CompanyContract draft = contracts.create(CompanyContract.builder().organizationId(acme.id()).companyId(vendor.id())
                    .type(ContractType.SERVICE_AGREEMENT).title("Rigging services").startDate(LocalDate.of(2026, 1, 1))
                    .endDate(LocalDate.of(2026, 12, 31)).renewalDate(LocalDate.of(2026, 12, 31)).autoRenewal(true).build());
            contracts.send(draft.id());
            return contracts.activate(draft.id(), SIGNED);
        });

        // when
        List<CompanyContract> first = acme.asOwner(tx -> new ContractService(tx).rollForward(LocalDate.of(2027, 1, 1)));
        List<CompanyContract> second = acme.asOwner(tx -> new ContractService(tx).rollForward(LocalDate.of(2027, 1, 1)));

        // then
        assertThat(first).singleElement().satisfies(successor -> {
            assertThat(successor.renewsContractId()).contains(agreement.id());
            assertThat(successor.startDate()).contains(LocalDate.of(2027, 1, 1));
            assertThat(successor.endDate()).contains(LocalDate.of(2027, 12, 31));
            assertThat(successor.renewalDate()).contains(LocalDate.of(2027, 12, 31));
            assertThat(successor.status()).isEqualTo(ContractStatus.ACTIVE);
        });
        assertThat(second).isEmpty();
    }

    @Test
    void expiringMovesTheEndedContractsWithoutAutomaticRenewalOnce(Fixtures fixtures) {
        // given
        OrganizationFixture acme = fixtures.organization("Expiring Live");
        CompanyContract msa = CompanyFixtures.msa(acme, CompanyFixtures.vendor(acme, "Northern Rigging"), null);

        // when
        List<CompanyContract> before = acme.asOwner(tx -> new ContractService(tx).expireEnded(LocalDate.of(2026, 12, 31)));
        List<CompanyContract> after = acme.asOwner(tx -> new ContractService(tx).expireEnded(LocalDate.of(2027, 1, 1)));
        List<CompanyContract> again = acme.asOwner(tx -> new ContractService(tx).expireEnded(LocalDate.of(2027, 1, 1)));

        // then
        assertThat(before).isEmpty();
        assertThat(after).extracting(CompanyContract::id, CompanyContract::status).containsExactly(tuple(msa.id(), ContractStatus.EXPIRED));
        assertThat(again).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = TransactionIsolationLevel.class, names = {"READ_COMMITTED", "REPEATABLE_READ", "SERIALIZABLE"})
    void twoSowsThatExceedTheMsaCapTogetherInRacingTransactionsCannotBothCommit(TransactionIsolationLevel isolation,
            Fixtures fixtures, TestDatabase database) throws Exception {
        // given: £35,000 left under the cap, and two SOWs of £20,000 about to be written
        Atlvs atlvs = database.atlvsBuilder().isolation(isolation).build();
        OrganizationFixture acme = fixtures.organization("Racing SOWs " + isolation);
        CompanyFixtures.Frame frame = CompanyFixtures.msaWithTwoSows(acme, CompanyFixtures.vendor(acme, "Northern Rigging"));

        // when: both transactions have begun before either writes
        List<Race.Outcome<CompanyContract>> outcomes = Race.run(List.of(
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return tx.repository(CompanyContractRepository.class).insert(sow(frame.msa(), "Winter tour rigging"));
                }),
                gate -> atlvs.inTenant(acme.id(), acme.owner().id(), tx -> {
                    gate.meet();
                    return tx.repository(CompanyContractRepository.class).insert(sow(frame.msa(), "Spring tour rigging"));
                })));

        // then: one commits, the other is refused as above the cap
        assertThat(outcomes).filteredOn(Race.Outcome::won).hasSize(1);
        assertThat(outcomes).filteredOn(outcome -> !outcome.won()).singleElement()
                .satisfies(loser -> assertThat(loser.failure().orElseThrow()).isInstanceOfSatisfying(ConflictException.class, ContractServiceTest::assertCap));
        CapConsumption consumption = acme.asOwner(tx -> new ContractService(tx).capConsumption(frame.msa().id()));
        assertThat(consumption.committed()).isEqualByComparingTo("85000");
    }

    private static CompanyContract sow(CompanyContract msa, String title) {
        return CompanyContract.builder().organizationId(msa.organizationId()).companyId(msa.companyId()).type(ContractType.SOW)
                .parentContractId(msa.id()).title(title).value(new BigDecimal("20000.0000")).currency("GBP").build();
    }

    private static CompanyContract nda(OrganizationFixture org, Company company) {
        return CompanyContract.builder().organizationId(org.id()).companyId(company.id()).type(ContractType.NDA).title("Mutual NDA")
                .startDate(LocalDate.of(2026, 1, 1)).build();
    }

    private static void assertCap(ConflictException e) {
        assertThat(e.code()).isEqualTo(PeopleErrorCode.CONTRACT_MSA_CAP_EXCEEDED);
        assertThat(e.field()).contains("value");
        assertThat(e.rule()).contains("company_contracts_msa_cap");
    }
}
