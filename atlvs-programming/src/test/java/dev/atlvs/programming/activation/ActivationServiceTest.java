package dev.atlvs.programming.activation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.audit.AuditEntry;
import dev.atlvs.core.audit.AuditTrail;
import dev.atlvs.programming.ProgrammingErrorCode;
import dev.atlvs.programming.callsheet.CallSheet;
import dev.atlvs.programming.callsheet.CallSheetService;
import dev.atlvs.programming.callsheet.CallType;
import dev.atlvs.programming.testing.Festival;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.projects.project.Project;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Brand activations: inside their project's dates, along their lifecycle, with figures against target. */
@AtlvsTest
class ActivationServiceTest {

    private static ImmutableActivation.Builder booth(OrganizationFixture org, Project project) {
        return Activation.builder().organizationId(org.id()).projectId(project.id()).name("Sponsor sampling booth")
                .startDate(ProgrammingFixtures.at(Festival.FIRST_DAY, LocalTime.of(11, 0)))
                .endDate(ProgrammingFixtures.at(Festival.FIRST_DAY.plusDays(2), LocalTime.of(22, 0)))
                .footfallTarget(20_000).budgetAmount(new BigDecimal("18000.0000")).currency("GBP");
    }

    @Test
    void anActivationRunsFromPlanningToCompleteAndReportsFootfallAgainstTarget(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Activation Live");
        Project project = ProgrammingFixtures.festivalProject(org);
        Activation activation = org.asOwner(tx -> new ActivationService(tx).create(booth(org, project).build()));

        // when: the setup call goes out, then the activation runs
        Activation done = org.asOwner(tx -> {
            ActivationService activations = new ActivationService(tx);
            activations.changeStatus(activation.id(), ActivationStatus.SETUP);
            distributeSetupCall(tx, project, activation);
            activations.changeStatus(activation.id(), ActivationStatus.ACTIVE);
            activations.recordFigures(activation.id(), 23_500, 1_840, 41_000);
            return activations.changeStatus(activation.id(), ActivationStatus.COMPLETE);
        });

        // then
        assertThat(done.status()).isEqualTo(ActivationStatus.COMPLETE);
        assertThat(done.footfallAgainstTarget()).contains(new BigDecimal("1.1750"));
    }

    private static void distributeSetupCall(dev.atlvs.core.TenantTransaction tx, Project project, Activation activation) {
        CallSheetService sheets = new CallSheetService(tx);
        CallSheet sheet = sheets.create(CallSheet.builder().organizationId(tx.organizationId()).projectId(project.id())
                .activationId(activation.id()).title("Booth build crew call").callType(CallType.CREW).eventDate(Festival.FIRST_DAY)
                .callTime(LocalTime.of(8, 0)).timezone(Festival.ZONE.getId()).build());
        sheets.publish(sheet.id());
        sheets.distribute(sheet.id());
    }

    @Test
    void anActivationGoesActiveOnlyOnceItsSetupCallIsOutOrWithAnAuditedOverride(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Activation Gate Live");
        Project project = ProgrammingFixtures.festivalProject(org);
        Activation activation = org.asOwner(tx -> new ActivationService(tx).create(booth(org, project).build()));
        org.asOwner(tx -> new ActivationService(tx).changeStatus(activation.id(), ActivationStatus.SETUP));

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> new ActivationService(tx).changeStatus(activation.id(), ActivationStatus.ACTIVE)))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.code()).isEqualTo(ProgrammingErrorCode.ACTIVATION_NOT_READY);
                    assertThat(e.rule()).contains("activations_setup_call_distributed");
                });
        Activation live = org.asOwner(tx -> new ActivationService(tx).goLiveWithOverride(activation.id(),
                "Client opened the booth early; crew briefed on site"));
        assertThat(live.status()).isEqualTo(ActivationStatus.ACTIVE);
        List<AuditEntry> trail = org.asOwner(tx -> new AuditTrail(tx).history(Activation.TABLE, activation.id()));
        assertThat(trail).anySatisfy(entry -> assertThat(entry.reason()).contains("Client opened the booth early; crew briefed on site"));
    }

    @Test
    void anActivationCannotSkipSetup(Fixtures fixtures) {
        // given
        OrganizationFixture org = fixtures.organization("Activation Skip Live");
        Project project = ProgrammingFixtures.festivalProject(org);
        Activation activation = org.asOwner(tx -> new ActivationService(tx).create(booth(org, project).build()));

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> new ActivationService(tx).changeStatus(activation.id(), ActivationStatus.ACTIVE)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ProgrammingErrorCode.ACTIVATION_TRANSITION_INVALID));
    }

    @Test
    void anActivationOutsideItsProjectsDatesIsRefusedThroughTheSdkAndRawSql(Fixtures fixtures) {
        // given: the festival project runs from 8 to 14 July
        OrganizationFixture org = fixtures.organization("Activation Dates Live");
        Project project = ProgrammingFixtures.festivalProject(org);
        Activation activation = org.asOwner(tx -> new ActivationService(tx).create(booth(org, project).build()));

        // when / then
        assertThatThrownBy(() -> org.asOwner(tx -> new ActivationService(tx).create(booth(org, project)
                .endDate(ProgrammingFixtures.at(Festival.FIRST_DAY.plusDays(10), LocalTime.NOON)).build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> assertThat(v.rule()).isEqualTo("activations_inside_project")));
        assertThatThrownBy(() -> org.asOwner(tx -> tx.handle().createUpdate("update atlvs.activations set start_date = :at where id = :id")
                .bind("at", ProgrammingFixtures.at(Festival.FIRST_DAY.minusDays(5), LocalTime.NOON)).bind("id", activation.id()).execute()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
                        .satisfies(v -> {
                            assertThat(v.rule()).isEqualTo("activations_inside_project");
                            assertThat(v.field()).isEqualTo("startDate");
                        }));
    }
}
