package dev.atlvs.people.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.people.certification.Certification;
import dev.atlvs.people.credential.AlertThresholds;
import dev.atlvs.people.credential.CredentialStatus;
import dev.atlvs.testing.property.Gen;
import dev.atlvs.testing.property.PropertyTest;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The database-free parts of expiring credentials: alert thresholds and the status as of a day. */
class CredentialPropertiesTest {

    @PropertyTest
    void theThresholdReachedIsTheSmallestNotBelowTheDaysLeft(Gen gen) {
        Set<Integer> days = gen.setOf(1, 6, () -> gen.intBetween(0, 400));
        AlertThresholds thresholds = AlertThresholds.of(days);
        long left = gen.longBetween(-30, 450);

        Optional<Integer> reached = thresholds.reached(left);

        int horizon = days.stream().mapToInt(Integer::intValue).max().orElseThrow();
        if (left < 0 || left > horizon) {
            assertThat(reached).isEmpty();
        } else {
            assertThat(reached).hasValueSatisfying(threshold -> {
                assertThat(days).contains(threshold);
                assertThat(threshold).isGreaterThanOrEqualTo((int) left);
                assertThat(days).noneMatch(other -> other >= left && other < threshold);
            });
        }
    }

    @PropertyTest
    void aCredentialIsValidOnADayExactlyWhenItIsActiveAndNotPastItsExpiryDate(Gen gen) {
        CredentialStatus status = gen.oneOf(CredentialStatus.class);
        LocalDate issued = LocalDate.of(2020, 1, 1).plusDays(gen.intBetween(0, 2000));
        Optional<LocalDate> expiry = Optional.ofNullable(gen.orNull(0.2, () -> issued.plusDays(gen.intBetween(0, 2000))));
        LocalDate day = issued.plusDays(gen.intBetween(-100, 4100));
        Certification certification = Certification.builder().organizationId(UUID.randomUUID()).personId(UUID.randomUUID())
                .name("IPAF 3a+3b").status(status).issueDate(issued).expiryDate(expiry).build();

        boolean pastExpiry = expiry.map(e -> e.isBefore(day)).orElse(false);
        assertThat(certification.validOn(day)).isEqualTo(status == CredentialStatus.ACTIVE && !pastExpiry);
        assertThat(certification.effectiveStatus(day))
                .isEqualTo(status == CredentialStatus.ACTIVE && pastExpiry ? CredentialStatus.EXPIRED : status);
    }

    @Test
    void negativeOrNoThresholdsAreRefused() {
        assertThatThrownBy(() -> AlertThresholds.of(List.of(30, -1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AlertThresholds.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDefaultThresholdsAreNinetySixtyThirtySevenDaysAndTheDayItself() {
        assertThat(AlertThresholds.DEFAULT.days()).containsExactly(90, 60, 30, 7, 0);
        assertThat(AlertThresholds.DEFAULT.reached(45)).contains(60);
        assertThat(AlertThresholds.DEFAULT.reached(0)).contains(0);
        assertThat(AlertThresholds.DEFAULT.reached(91)).isEmpty();
    }
}
