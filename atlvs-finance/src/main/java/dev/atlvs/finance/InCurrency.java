package dev.atlvs.finance;

import dev.atlvs.core.repository.Db;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** A finance record whose amounts are in one currency; the currency rule every such record shares. */
public interface InCurrency {

    /** The ISO 4217 currency of the amounts. */
    @Db.Char(3)
    @NotNull
    @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as EUR")
    String currency();
}
