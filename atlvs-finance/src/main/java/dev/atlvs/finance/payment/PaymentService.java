package dev.atlvs.finance.payment;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.event.DomainEvents;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.repository.DatabaseEnum;
import dev.atlvs.core.validation.Validation;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.FinancePermissions;
import dev.atlvs.finance.internal.FinanceEventTypes;
import dev.atlvs.finance.account.ChartOfAccounts;
import dev.atlvs.finance.account.PostingPurpose;
import dev.atlvs.finance.currency.Currencies;
import dev.atlvs.finance.currency.ExchangeRates;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceDirection;
import dev.atlvs.finance.invoice.InvoiceKind;
import dev.atlvs.finance.invoice.InvoiceRepository;
import dev.atlvs.finance.ledger.JournalEntry;
import dev.atlvs.finance.ledger.JournalEntryDraft;
import dev.atlvs.finance.ledger.LedgerService;
import dev.atlvs.finance.ledger.ReferenceType;
import dev.atlvs.finance.treasury.FinanceAccount;
import dev.atlvs.finance.treasury.FinanceAccountRepository;
import dev.atlvs.finance.treasury.FinanceAccountStatus;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Records payments and allocates them to invoices, inside the caller's tenant transaction. A payment is
 * allocated in full when recorded, explicitly ({@link #record}) or to the counterparty's open invoices oldest
 * first ({@link #recordOldestFirst}); it never pays more than is open on an invoice. The invoices' amounts paid
 * and statuses follow (the database recomputes them).
 *
 * <p>Posting, at the payment date: a receipt debits the finance account's GL account (or
 * {@link PostingPurpose#CASH}) and credits accounts receivable; a disbursement debits accounts payable and credits
 * cash. Receivables and payables are relieved at the <em>booked</em> base amount of each invoice (its share of
 * the base total booked at issue; the last settlement takes the remainder), while cash is converted at the
 * payment date's rate: the difference is the realized exchange gain ({@link PostingPurpose#FX_GAIN}) or loss
 * ({@link PostingPurpose#FX_LOSS}), booked as an exchange-difference line.
 *
 * <p>Concurrency: the invoices are locked in id order before their open amounts are read, and the database locks
 * the payment and each invoice again before checking its sums, so concurrent allocators queue and can never
 * over-allocate.
 *
 * <p>Permissions: {@link FinancePermissions#PAYMENTS_CREATE} to record (and the ledger's {@link FinancePermissions#JOURNAL_ENTRIES_POST}); {@link FinancePermissions#PAYMENTS_READ} to read.
 */
public final class PaymentService {

    /**
     * The part of a payment to put on one invoice.
     *
     * @param invoiceId the invoice
     * @param amount the amount, in the payment's currency
     */
    public record Allocation(UUID invoiceId, BigDecimal amount) {
        public Allocation {
            requireNonNull(invoiceId, "invoiceId is null");
            requireNonNull(amount, "amount is null");
        }
    }

    /**
     * A recorded payment with its allocations and posting.
     *
     * @param payment the payment
     * @param allocations its allocations, in invoice-id order
     * @param entry the journal entry that booked it
     */
    public record Recorded(Payment payment, List<PaymentAllocation> allocations, JournalEntry entry) {
        public Recorded {
            allocations = List.copyOf(allocations);
        }
    }

    private final TenantTransaction tx;
    private final PaymentRepository payments;
    private final PaymentAllocationRepository allocations;
    private final InvoiceRepository invoices;

    public PaymentService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.payments = tx.repository(PaymentRepository.class);
        this.allocations = tx.repository(PaymentAllocationRepository.class);
        this.invoices = tx.repository(InvoiceRepository.class);
    }

    /**
     * Records {@code payment} allocated to the invoices named in {@code explicit}, and posts it.
     *
     * @throws ValidationException ({@link FinanceErrorCode#PAYMENT_EXCEEDS_OPEN}, field {@code allocations[i].amount}, rule
     *         {@code payment_allocations_invoice_open}) when an allocation pays more than is open on its invoice;
     *         ({@link FinanceErrorCode#PAYMENT_INVALID}, field {@code amount}, rule {@code payment_fully_allocated}) when the
     *         allocations do not add up to the payment; ({@link FinanceErrorCode#ALLOCATION_MISMATCH}, field
     *         {@code allocations[i].invoiceId}) when an invoice is not an issued invoice of the payment's currency and
     *         direction; ({@link FinanceErrorCode#UNKNOWN_CURRENCY}) for an unknown currency. Nothing is written.
     */
    public Recorded record(Payment payment, List<Allocation> explicit) {
        requireNonNull(payment, "payment is null");
        requireNonNull(explicit, "explicit is null");
        tx.require(FinancePermissions.PAYMENTS_CREATE);
        validate(payment);
        List<FieldViolation> violations = new ArrayList<>();
        if (explicit.isEmpty()) {
            violations.add(new FieldViolation("allocations", "payment_fully_allocated", "a payment settles at least one invoice"));
        }
        for (int i = 0; i < explicit.size(); i++) {
            if (explicit.get(i).amount().signum() <= 0) {
                violations.add(new FieldViolation("allocations[" + i + "].amount", "payment_allocations_amount_check", "is above zero"));
            }
        }
        if (explicit.stream().map(Allocation::invoiceId).distinct().count() != explicit.size()) {
            violations.add(new FieldViolation("allocations", "payment_allocations_payment_invoice_unique", "names each invoice once"));
        }
        throwIfAny(FinanceErrorCode.PAYMENT_INVALID, violations);
        Map<UUID, Invoice> locked = invoices.lockForSettlement(explicit.stream().map(Allocation::invoiceId).toList()).stream()
                .collect(Collectors.toMap(Invoice::id, Function.identity()));
        for (int i = 0; i < explicit.size(); i++) {
            Invoice invoice = locked.get(explicit.get(i).invoiceId());
            if (invoice == null) {
                throw dev.atlvs.core.error.NotFoundException.of("Invoice", explicit.get(i).invoiceId());
            }
            requireSettleable(payment, invoice, "allocations[" + i + "].invoiceId");
            if (explicit.get(i).amount().compareTo(invoice.amountDue()) > 0) {
                violations.add(new FieldViolation("allocations[" + i + "].amount", "payment_allocations_invoice_open",
                        "pays no more than is open on the invoice"));
            }
        }
        throwIfAny(FinanceErrorCode.PAYMENT_EXCEEDS_OPEN, violations);
        BigDecimal allocated = explicit.stream().map(Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (allocated.compareTo(payment.amount()) != 0) {
            throwIfAny(FinanceErrorCode.PAYMENT_INVALID, List.of(new FieldViolation("amount", "payment_fully_allocated",
                    "equals the sum of its allocations; a payment is allocated in full to open invoices")));
        }
        return write(payment, explicit, locked);
    }

    /**
     * Records {@code payment} allocated to the open invoices of its counterparty (by name), currency and direction,
     * oldest due first, and posts it.
     *
     * @throws ValidationException ({@link FinanceErrorCode#PAYMENT_EXCEEDS_OPEN}, field {@code amount}, rule
     *         {@code payment_allocations_invoice_open}) when the payment is more than everything open; field
     *         {@code counterpartyName} when the payment names no counterparty. Nothing is written.
     */
    public Recorded recordOldestFirst(Payment payment) {
        requireNonNull(payment, "payment is null");
        tx.require(FinancePermissions.PAYMENTS_CREATE);
        validate(payment);
        String counterparty = payment.counterpartyName().orElseThrow(() -> ValidationException.of("Payment", "counterpartyName",
                "NotNull", "names the counterparty whose open invoices it settles"));
        InvoiceDirection direction = payment.direction() == PaymentDirection.RECEIPT ? InvoiceDirection.RECEIVABLE : InvoiceDirection.PAYABLE;
        List<Invoice> open = invoices.openFor(DatabaseEnum.toDatabase(direction), payment.currency(), counterparty);
        Map<UUID, Invoice> locked = open.isEmpty() ? Map.of()
                : invoices.lockForSettlement(open.stream().map(Invoice::id).toList()).stream()
                        .collect(Collectors.toMap(Invoice::id, Function.identity()));
        List<Invoice> oldestFirst = open.stream().map(invoice -> locked.get(invoice.id()))
                .filter(invoice -> invoice != null && invoice.status().isOpenForSettlement()).toList();
        List<Allocation> planned = oldestFirst(payment.amount(), oldestFirst);
        BigDecimal allocated = planned.stream().map(Allocation::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        if (allocated.compareTo(payment.amount()) < 0) {
            throw dev.atlvs.finance.FinanceRules.PAYMENT_ALLOCATIONS_INVOICE_OPEN.exception();
        }
        return write(payment, planned, locked);
    }

    /**
     * Spreads {@code amount} over {@code invoices} in the order given, each up to what is open on it, until the
     * amount is used up. A pure function.
     */
    public static List<Allocation> oldestFirst(BigDecimal amount, List<Invoice> invoices) {
        List<Allocation> planned = new ArrayList<>();
        BigDecimal left = amount;
        for (Invoice invoice : invoices) {
            if (left.signum() <= 0) {
                break;
            }
            BigDecimal take = left.min(invoice.amountDue());
            if (take.signum() > 0) {
                planned.add(new Allocation(invoice.id(), take));
                left = left.subtract(take);
            }
        }
        return planned;
    }

    /** The allocations of {@code paymentId}. */
    public List<PaymentAllocation> allocations(UUID paymentId) {
        tx.require(FinancePermissions.PAYMENTS_READ);
        return allocations.ofPayment(requireNonNull(paymentId, "paymentId is null"));
    }

    private void validate(Payment payment) {
        Validation.validate("Payment", payment);
        Currencies.require(payment.currency(), "Payment", "currency");
        payment.financeAccountId().ifPresent(id -> {
            FinanceAccount account = tx.repository(FinanceAccountRepository.class).get(id);
            if (account.status() != FinanceAccountStatus.ACTIVE || !account.currency().equals(payment.currency())) {
                throw new ValidationException(FinanceErrorCode.PAYMENT_INVALID, "Payment", List.of(new FieldViolation("financeAccountId",
                        "finance_account_active_currency", "is an active finance account in the payment's currency")));
            }
        });
    }

    private static void requireSettleable(Payment payment, Invoice invoice, String field) {
        boolean directionMatches = (invoice.direction() == InvoiceDirection.RECEIVABLE) == (payment.direction() == PaymentDirection.RECEIPT);
        if (invoice.kind() != InvoiceKind.INVOICE || !invoice.status().isOpenForSettlement() || !invoice.currency().equals(payment.currency())
                || !directionMatches) {
            throw new ValidationException(FinanceErrorCode.ALLOCATION_MISMATCH, "Payment", List.of(new FieldViolation(field,
                    "payment_allocations_invoice_match",
                    "is an issued, open invoice of the payment's currency: receipts settle receivable invoices, disbursements payable ones")));
        }
    }

    private Recorded write(Payment payment, List<Allocation> planned, Map<UUID, Invoice> locked) {
        String base = new ExchangeRates(tx).baseCurrency();
        boolean foreign = !payment.currency().equals(base);
        BigDecimal rate = new ExchangeRates(tx).rate(payment.currency(), base, payment.paidOn());
        BigDecimal cashBase = foreign ? round(payment.amount().multiply(rate, MathContext.DECIMAL128), base) : payment.amount();
        Payment stored = payments.insert(ImmutablePayment.builder().from(payment).organizationId(tx.organizationId())
                .exchangeRate(rate).journalEntryId(Optional.empty()).build());
        List<PaymentAllocation> written = new ArrayList<>();
        List<Allocation> ordered = planned.stream().sorted(Comparator.comparing(Allocation::invoiceId)).toList();
        for (Allocation allocation : ordered) {
            Invoice invoice = locked.get(allocation.invoiceId());
            written.add(allocations.insert(PaymentAllocation.builder().organizationId(tx.organizationId()).paymentId(stored.id())
                    .invoiceId(invoice.id()).amount(allocation.amount()).baseAmount(relievedBase(invoice, allocation.amount(), base))
                    .allocatedOn(payment.paidOn()).build()));
        }
        JournalEntry entry = new LedgerService(tx).post(posting(stored, written, locked, base, cashBase));
        Payment posted = payments.update(ImmutablePayment.copyOf(stored).withJournalEntryId(entry.id()));
        DomainEvents events = new DomainEvents(tx);
        events.append("payment", posted.id(), FinanceEventTypes.PAYMENT_RECORDED, Map.of("direction", posted.direction(),
                "amount", posted.amount(), "currency", posted.currency(),
                "invoices", written.stream().map(PaymentAllocation::invoiceId).toList()));
        for (PaymentAllocation allocation : written) {
            Invoice settled = invoices.get(allocation.invoiceId());
            boolean paid = settled.amountDue().signum() == 0;
            events.append("invoice", settled.id(), paid ? FinanceEventTypes.INVOICE_PAID : FinanceEventTypes.INVOICE_PARTIALLY_PAID,
                    Map.of("paymentId", posted.id(), "amount", allocation.amount(), "amountDue", settled.amountDue(),
                            "currency", settled.currency()));
        }
        return new Recorded(posted, written, entry);
    }

    /** The part of the invoice's booked base amount that {@code amount} settles; the last settlement takes the remainder. */
    private BigDecimal relievedBase(Invoice invoice, BigDecimal amount, String base) {
        if (invoice.currency().equals(base)) {
            return amount;
        }
        BigDecimal booked = invoice.baseTotalAmount().orElse(BigDecimal.ZERO);
        BigDecimal credited = invoices.creditNotesOf(invoice.id()).stream().map(note -> note.baseTotalAmount().orElse(BigDecimal.ZERO))
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal remaining = booked.subtract(credited).subtract(allocations.settledBase(invoice.id()));
        if (amount.compareTo(invoice.amountDue()) >= 0) {
            return remaining.max(BigDecimal.ZERO);
        }
        BigDecimal share = round(amount.multiply(invoice.exchangeRate().orElse(BigDecimal.ONE), MathContext.DECIMAL128), base);
        return share.min(remaining).max(BigDecimal.ZERO);
    }

    private JournalEntryDraft posting(Payment payment, List<PaymentAllocation> written, Map<UUID, Invoice> locked, String base,
            BigDecimal cashBase) {
        ChartOfAccounts chart = new ChartOfAccounts(tx);
        boolean receipt = payment.direction() == PaymentDirection.RECEIPT;
        boolean foreign = !payment.currency().equals(base);
        UUID cash = payment.financeAccountId().map(id -> tx.repository(FinanceAccountRepository.class).get(id).glAccountId())
                .orElseGet(() -> chart.accountFor(PostingPurpose.CASH).id());
        UUID control = chart.accountFor(receipt ? PostingPurpose.ACCOUNTS_RECEIVABLE : PostingPurpose.ACCOUNTS_PAYABLE).id();
        List<JournalEntryDraft.Line> lines = new ArrayList<>();
        JournalEntryDraft.Line cashLine = receipt ? JournalEntryDraft.Line.debit(cash, payment.amount(), payment.currency())
                : JournalEntryDraft.Line.credit(cash, payment.amount(), payment.currency());
        lines.add(foreign ? cashLine.withBaseAmount(cashBase) : cashLine);
        BigDecimal relieved = BigDecimal.ZERO;
        for (PaymentAllocation allocation : written) {
            Invoice invoice = locked.get(allocation.invoiceId());
            JournalEntryDraft.Line line = receipt ? JournalEntryDraft.Line.credit(control, allocation.amount(), payment.currency())
                    : JournalEntryDraft.Line.debit(control, allocation.amount(), payment.currency());
            line = line.withMemo(invoice.invoiceNumber().orElse(invoice.title()));
            line = invoice.projectId().map(line::withProject).orElse(line);
            BigDecimal lineBase = allocation.baseAmount().orElse(allocation.amount());
            relieved = relieved.add(lineBase);
            lines.add(foreign ? line.withBaseAmount(lineBase) : line);
        }
        if (foreign) {
            // Receipt: cash in at today's rate against receivables booked at the invoice's rate; a shortfall is a loss.
            BigDecimal difference = receipt ? relieved.subtract(cashBase) : cashBase.subtract(relieved);
            if (difference.signum() != 0) {
                UUID account = chart.accountFor(difference.signum() > 0 ? PostingPurpose.FX_LOSS : PostingPurpose.FX_GAIN).id();
                lines.add(JournalEntryDraft.Line.exchangeDifference(account, payment.currency(), difference).withMemo("Realized exchange difference"));
            }
        }
        String description = (receipt ? "Receipt" : "Disbursement") + payment.counterpartyName().map(name -> " from " + name).orElse("")
                + payment.reference().map(reference -> " (" + reference + ")").orElse("");
        return JournalEntryDraft.builder().entryNumber("PMT-" + payment.id()).postingDate(payment.paidOn())
                .description(description.length() <= 500 ? description : description.substring(0, 500))
                .referenceType(ReferenceType.PAYMENT).referenceId(payment.id()).lines(lines).build();
    }

    private static BigDecimal round(BigDecimal amount, String currency) {
        return Currencies.round(amount, currency);
    }

    private static void throwIfAny(FinanceErrorCode code, List<FieldViolation> violations) {
        if (!violations.isEmpty()) {
            throw new ValidationException(code, "Payment", violations);
        }
    }
}
