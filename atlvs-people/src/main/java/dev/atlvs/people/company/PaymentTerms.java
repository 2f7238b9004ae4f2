package dev.atlvs.people.company;

/** When a company's invoices fall due, or whether it pays before. */
public enum PaymentTerms {
    NET_15, NET_30, NET_45, NET_60, NET_90, DUE_ON_RECEIPT, PREPAID;

    /** The days from the issue date to the due date: 0 for due on receipt and prepaid. */
    public int days() {
        return switch (this) {
            case NET_15 -> 15;
            case NET_30 -> 30;
            case NET_45 -> 45;
            case NET_60 -> 60;
            case NET_90 -> 90;
            case DUE_ON_RECEIPT, PREPAID -> 0;
        };
    }
}
