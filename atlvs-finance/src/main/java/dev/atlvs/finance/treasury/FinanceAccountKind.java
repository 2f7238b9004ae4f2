package dev.atlvs.finance.treasury;

/** What kind of money holder a {@link FinanceAccount} is. */
public enum FinanceAccountKind {
    /** Any other holder of money. */
    GENERAL,
    /** A bank account. */
    BANK,
    /** A company card. */
    CARD,
    /** The cash box of the office. */
    CASH,
    /** A float of cash kept on site by a production. */
    PETTY_CASH,
    /** A card-acquirer or payment-provider account (ticketing, merchandise). */
    MERCHANT,
    /** Money held in escrow (artist deposits, venue bonds). */
    ESCROW
}
