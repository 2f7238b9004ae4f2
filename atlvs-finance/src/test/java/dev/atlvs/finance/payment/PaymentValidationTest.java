package dev.atlvs.finance.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.validation.Validation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class PaymentValidationTest {

    private static ImmutablePayment.Builder receipt() {
        return Payment.builder().organizationId(UUID.randomUUID()).direction(PaymentDirection.RECEIPT).amount(new BigDecimal("250.00"))
                .currency("NOK").method(PaymentMethod.CASH).paidOn(LocalDate.of(2026, 8, 14));
    }

    @Test
    void aPaymentWithoutACounterpartyIsValid() {
        Payment payment = receipt().build();

        assertThat(Validation.validate("Payment", payment)).isSameAs(payment);
    }

    @Test
    void aBlankCounterpartyIsRefusedNamingTheFieldAndTheRule() {
        assertThatThrownBy(() -> Validation.validate("Payment", receipt().counterpartyName("   ").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violationsOf("counterpartyName"))
                        .singleElement().satisfies(v -> assertThat(v.rule()).isEqualTo("NonBlank")));
    }
}
