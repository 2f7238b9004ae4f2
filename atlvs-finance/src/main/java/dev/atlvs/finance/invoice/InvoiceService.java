package dev.atlvs.finance.invoice;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.event.DomainEvents;
import dev.atlvs.core.error.ConflictException;
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
import dev.atlvs.finance.ledger.JournalEntry;
import dev.atlvs.finance.ledger.JournalEntryDraft;
import dev.atlvs.finance.ledger.LedgerService;
import dev.atlvs.finance.ledger.ReferenceType;
import dev.atlvs.finance.numbering.DocumentNumbers;
import dev.atlvs.people.company.Company;
import dev.atlvs.people.company.CompanyService;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Invoices and credit notes, inside the caller's tenant transaction: drafts are created and edited with their
 * lines, issued (numbered and posted to the ledger), voided, and credited.
 *
 * <p>Issuing takes the next gap-free number of the invoice's numbering kind in the year of the issue date
 * ({@code invoice} → {@code INV-2026-000001} and {@code credit_note} → {@code CN-...} for receivables;
 * {@code payable_invoice} → {@code BILL-...} and {@code payable_credit_note} → {@code PCN-...} for payables), then
 * posts, in the invoice's currency with base amounts at the issue date's rate:
 * <ul>
 *   <li>receivable invoice: Dr accounts receivable (total) / Cr each line's revenue account (net; default
 *       {@link PostingPurpose#REVENUE}) / Cr {@link PostingPurpose#TAX_PAYABLE} (tax);</li>
 *   <li>payable invoice: Dr each line's expense account (net; default {@link PostingPurpose#EXPENSE}) /
 *       Dr {@link PostingPurpose#TAX_RECEIVABLE} (tax) / Cr accounts payable (total);</li>
 *   <li>a credit note: the same lines on the opposite sides, at the rate its invoice was booked at, so that
 *       crediting never realizes an exchange difference.</li>
 * </ul>
 * Voiding an issued invoice reverses its entry; it is refused once anything is paid or credited on it.
 *
 * <p>Permissions: {@link FinancePermissions#INVOICES_CREATE} for drafts, {@link FinancePermissions#INVOICES_UPDATE} to edit them, {@link FinancePermissions#INVOICES_ISSUE} to issue (and the
 * ledger's {@link FinancePermissions#JOURNAL_ENTRIES_POST}), {@link FinancePermissions#INVOICES_VOID} to void (and {@link FinancePermissions#JOURNAL_ENTRIES_REVERSE}), {@link FinancePermissions#INVOICES_READ}
 * for queries.
 */
public final class InvoiceService {

    private final TenantTransaction tx;
    private final InvoiceRepository invoices;
    private final InvoiceLineRepository lines;

    public InvoiceService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.invoices = tx.repository(InvoiceRepository.class);
        this.lines = tx.repository(InvoiceLineRepository.class);
    }

    /**
     * Stores a draft invoice with its lines and the amounts {@link InvoiceCalculator} derives from them.
     *
     * @throws ValidationException naming each bad field: the header's ({@code counterpartyName}, {@code title}...),
     *         {@code currency} ({@link FinanceErrorCode#UNKNOWN_CURRENCY}), or a line's ({@link FinanceErrorCode#INVOICE_INVALID},
     *         e.g. {@code lines[0].quantity})
     */
    public Invoice createDraft(InvoiceDraft draft) {
        requireNonNull(draft, "draft is null");
        tx.require(FinancePermissions.INVOICES_CREATE);
        Validation.validate("InvoiceDraft", draft);
        InvoiceCalculator.Totals totals = InvoiceCalculator.calculate(draft.currency(), draft.lines());
        Invoice invoice = invoices.insert(header(Invoice.builder().organizationId(tx.organizationId()).direction(draft.direction()), draft, totals)
                .build());
        writeLines(invoice.id(), draft.lines(), totals);
        return invoice;
    }

    /**
     * A draft invoice builder for the company {@code companyId}: the direction, the company, its name (the legal name
     * when it has one) and e-mail address as the counterparty, and its payment terms. Add the title, currency and lines;
     * anything filled may be given again. For an unknown company a not-found error.
     *
     * <pre>{@code
     * Invoice fee = invoices.createDraft(invoices.draftFor(client.id(), InvoiceDirection.RECEIVABLE)
     *         .title("Production fee, July 2026").currency("GBP")
     *         .addLines(InvoiceDraft.Line.of("Stage production", BigDecimal.ONE, new BigDecimal("25000.00"))).build());
     * }</pre>
     */
    public ImmutableInvoiceDraft.Builder draftFor(UUID companyId, InvoiceDirection direction) {
        requireNonNull(companyId, "companyId is null");
        requireNonNull(direction, "direction is null");
        Company company = new CompanyService(tx).get(companyId);
        ImmutableInvoiceDraft.Builder draft = InvoiceDraft.builder().direction(direction).counterpartyCompanyId(company.id())
                .counterpartyName(company.legalName().orElse(company.name())).counterpartyEmail(company.email());
        company.paymentTerms().ifPresent(terms -> draft.paymentTermsDays(terms.days()));
        return draft;
    }

    /**
     * Replaces the header and lines of the draft {@code id}, provided it still has {@code version}.
     *
     * @throws ConflictException ({@link FinanceErrorCode#INVOICE_NOT_EDITABLE}, field {@code status}, rule
     *         {@code invoices_issued_frozen}) when the invoice is no longer a draft
     * @throws dev.atlvs.core.error.StaleVersionException when it changed since {@code version}
     */
    public Invoice updateDraft(UUID id, long version, InvoiceDraft draft) {
        requireNonNull(id, "id is null");
        requireNonNull(draft, "draft is null");
        tx.require(FinancePermissions.INVOICES_UPDATE);
        Invoice current = invoices.get(id);
        requireDraft(current);
        Validation.validate("InvoiceDraft", draft);
        InvoiceCalculator.Totals totals = InvoiceCalculator.calculate(draft.currency(), draft.lines());
        if (current.direction() != draft.direction()) {
            throw ValidationException.of("Invoice", "direction", "invoices_direction_fixed", "does not change once the draft exists");
        }
        Invoice updated = invoices.update(header(ImmutableInvoice.builder().from(current).version(version), draft, totals).build());
        lines.deleteOfInvoice(id);
        writeLines(id, draft.lines(), totals);
        return updated;
    }

    /**
     * Creates a draft credit note against the issued invoice {@code invoiceId}, for {@code creditLines} (in the
     * invoice's currency). Issue it with {@link #issue(UUID, LocalDate)}.
     *
     * @throws ValidationException ({@link FinanceErrorCode#CREDIT_NOTE_INVALID}, field {@code creditedInvoiceId}) when the
     *         invoice is not an issued, open invoice; field {@code lines} when the credit exceeds what is open on it
     */
    public Invoice draftCreditNote(UUID invoiceId, String title, List<InvoiceDraft.Line> creditLines) {
        requireNonNull(invoiceId, "invoiceId is null");
        requireNonNull(title, "title is null");
        requireNonNull(creditLines, "creditLines is null");
        tx.require(FinancePermissions.INVOICES_CREATE);
        Invoice credited = invoices.get(invoiceId);
        InvoiceCalculator.Totals totals = InvoiceCalculator.calculate(credited.currency(), creditLines);
        requireCreditable(credited, totals.total());
        InvoiceDraft draft = InvoiceDraft.builder().direction(credited.direction()).counterpartyName(credited.counterpartyName())
                .counterpartyCompanyId(credited.counterpartyCompanyId())
                .counterpartyEmail(credited.counterpartyEmail()).vendorReference(credited.vendorReference()).projectId(credited.projectId())
                .title(title).currency(credited.currency()).paymentTermsDays(0).lines(creditLines).build();
        Validation.validate("InvoiceDraft", draft);
        Invoice note = invoices.insert(header(Invoice.builder().organizationId(tx.organizationId()).direction(credited.direction())
                .kind(InvoiceKind.CREDIT_NOTE).creditedInvoiceId(invoiceId), draft, totals).build());
        writeLines(note.id(), creditLines, totals);
        return note;
    }

    /**
     * Issues the draft {@code id} on {@code issueDate}: takes its gap-free number, posts it to the ledger and
     * freezes it. A credit note reduces what is open on its invoice.
     *
     * @throws ConflictException ({@link FinanceErrorCode#INVOICE_TRANSITION_INVALID}, field {@code status}, rule
     *         {@code invoices_status_transition}) when it is not a draft; ({@link FinanceErrorCode#EXCHANGE_RATE_MISSING}) when no rate converts its currency on that date
     * @throws ValidationException (field {@code dueDate}) when the due date is before the issue date;
     *         ({@link FinanceErrorCode#CREDIT_NOTE_INVALID}) when a credit note's invoice is no longer open enough
     */
    public Invoice issue(UUID id, LocalDate issueDate) {
        requireNonNull(id, "id is null");
        requireNonNull(issueDate, "issueDate is null");
        tx.require(FinancePermissions.INVOICES_ISSUE);
        Invoice draft = InvoiceStatus.LIFECYCLE.require(invoices.get(id), InvoiceStatus.ISSUED);
        LocalDate dueDate = draft.dueDate().orElse(issueDate.plusDays(draft.paymentTermsDays()));
        if (dueDate.isBefore(issueDate)) {
            throw dev.atlvs.finance.FinanceRules.INVOICES_DUE_DATE_CHECK.exception();
        }
        List<InvoiceLine> items = lines.ofInvoice(id);
        Optional<Invoice> credited = draft.creditedInvoiceId().map(invoices::get);
        credited.ifPresent(invoice -> requireCreditable(invoice, draft.totalAmount()));
        String base = new ExchangeRates(tx).baseCurrency();
        BigDecimal rate = credited.flatMap(Invoice::exchangeRate)
                .orElseGet(() -> new ExchangeRates(tx).rate(draft.currency(), base, issueDate));
        String number = new DocumentNumbers(tx).format(numberingKind(draft), prefix(draft), issueDate.getYear());
        Posting posting = posting(draft, items, number, issueDate, rate, base);
        Optional<JournalEntry> entry = posting.lines().size() >= 2 ? Optional.of(new LedgerService(tx).post(posting.draft())) : Optional.empty();
        Invoice issued = invoices.update(ImmutableInvoice.builder().from(draft).invoiceNumber(number).issueDate(issueDate).dueDate(dueDate)
                .status(InvoiceStatus.ISSUED).exchangeRate(rate).baseTotalAmount(posting.baseTotal()).journalEntryId(entry.map(JournalEntry::id))
                .issuedAt(tx.now()).build());
        new DomainEvents(tx).append("invoice", issued.id(), FinanceEventTypes.INVOICE_ISSUED, Map.of("number", number,
                "direction", issued.direction(), "kind", issued.kind(), "total", issued.totalAmount(), "currency", issued.currency(),
                "dueDate", dueDate));
        return issued;
    }

    /**
     * Voids {@code id} on {@code date}: a draft simply becomes void; an issued invoice has its entry reversed.
     *
     * @throws ConflictException ({@link FinanceErrorCode#INVOICE_TRANSITION_INVALID}, field {@code status}): rule
     *         {@code invoices_status_transition} when it is paid, partially paid or void; otherwise when anything is paid or
     *         credited on it, or it is an issued credit note ({@code invoices_void_unpaid})
     */
    public Invoice voidInvoice(UUID id, LocalDate date) {
        requireNonNull(id, "id is null");
        requireNonNull(date, "date is null");
        tx.require(FinancePermissions.INVOICES_VOID);
        Invoice invoice = InvoiceStatus.LIFECYCLE.require(invoices.get(id), InvoiceStatus.VOID);
        boolean issuedCreditNote = invoice.kind() == InvoiceKind.CREDIT_NOTE && invoice.status() != InvoiceStatus.DRAFT;
        if (issuedCreditNote || invoice.amountPaid().signum() != 0 || invoice.amountCredited().signum() != 0) {
            throw new ConflictException(FinanceErrorCode.INVOICE_TRANSITION_INVALID, "status",
                    "an invoice is voided only as a draft or while nothing is paid or credited on it (invoices_void_unpaid); this one is "
                            + DatabaseEnum.toDatabase(invoice.status()));
        }
        invoice.journalEntryId().ifPresent(entry -> new LedgerService(tx).reverse(entry, date));
        Invoice voided = invoices.update(ImmutableInvoice.builder().from(invoice).status(InvoiceStatus.VOID).voidedAt(tx.now()).build());
        Map<String, Object> payload = new LinkedHashMap<>();
        voided.invoiceNumber().ifPresent(number -> payload.put("number", number));
        payload.put("direction", voided.direction());
        new DomainEvents(tx).append("invoice", voided.id(), FinanceEventTypes.INVOICE_VOIDED, payload);
        return voided;
    }

    /** The invoice {@code id}. */
    public Invoice get(UUID id) {
        tx.require(FinancePermissions.INVOICES_READ);
        return invoices.get(requireNonNull(id, "id is null"));
    }

    /** The lines of {@code id}, in order. */
    public List<InvoiceLine> lines(UUID id) {
        tx.require(FinancePermissions.INVOICES_READ);
        return lines.ofInvoice(requireNonNull(id, "id is null"));
    }

    /** The invoices of {@code direction} overdue on {@code asOf} (open and due before that day), most overdue first. */
    public List<Invoice> overdue(InvoiceDirection direction, LocalDate asOf) {
        requireNonNull(direction, "direction is null");
        requireNonNull(asOf, "asOf is null");
        tx.require(FinancePermissions.INVOICES_READ);
        return invoices.overdue(DatabaseEnum.toDatabase(direction), asOf).stream().filter(invoice -> invoice.isOverdue(asOf)).toList();
    }

    /**
     * The aging of the {@code direction} invoices on {@code asOf}: what is open on each invoice issued by then
     * (its total less the payments allocated and the credit notes issued on or before that day), by days past due.
     */
    public AgingReport aging(InvoiceDirection direction, LocalDate asOf) {
        requireNonNull(direction, "direction is null");
        requireNonNull(asOf, "asOf is null");
        tx.require(FinancePermissions.INVOICES_READ);
        String base = new ExchangeRates(tx).baseCurrency();
        record Open(String currency, LocalDate dueDate, BigDecimal amount, BigDecimal rate) {}
        List<Open> open = tx.handle().createQuery("""
                select i.currency, i.due_date, coalesce(i.exchange_rate, 1) as rate,
                       i.total_amount
                       - coalesce((select sum(a.amount) from atlvs.payment_allocations a
                                    where a.organization_id = i.organization_id and a.invoice_id = i.id
                                      and a.allocated_on <= :asOf), 0)
                       - coalesce((select sum(c.total_amount) from atlvs.invoices c
                                    where c.organization_id = i.organization_id and c.credited_invoice_id = i.id
                                      and c.kind = 'credit_note' and c.status not in ('draft', 'void')
                                      and c.issue_date <= :asOf), 0) as open_amount
                  from atlvs.invoices i
                 where i.organization_id = :organizationId and i.direction = :direction and i.kind = 'invoice'
                   and i.status not in ('draft', 'void') and i.issue_date <= :asOf
                """)
                .bind("organizationId", tx.organizationId())
                .bind("direction", DatabaseEnum.toDatabase(direction))
                .bind("asOf", asOf)
                .map((row, context) -> new Open(row.getString("currency"), row.getObject("due_date", LocalDate.class),
                        row.getBigDecimal("open_amount"), row.getBigDecimal("rate")))
                .list();
        int buckets = AgingReport.Bucket.values().length;
        Map<String, BigDecimal[][]> byCurrency = new java.util.TreeMap<>();
        BigDecimal[] baseTotals = zeros(buckets);
        for (Open invoice : open) {
            if (invoice.amount().signum() <= 0) {
                continue;
            }
            int bucket = AgingReport.Bucket.of(java.time.temporal.ChronoUnit.DAYS.between(invoice.dueDate(), asOf)).ordinal();
            BigDecimal inBase = toBase(invoice.amount(), invoice.rate(), base);
            BigDecimal[][] sums = byCurrency.computeIfAbsent(invoice.currency(), currency -> new BigDecimal[][] {zeros(buckets), zeros(buckets)});
            sums[0][bucket] = sums[0][bucket].add(invoice.amount());
            sums[1][bucket] = sums[1][bucket].add(inBase);
            baseTotals[bucket] = baseTotals[bucket].add(inBase);
        }
        List<AgingReport.Row> rows = byCurrency.entrySet().stream()
                .map(entry -> new AgingReport.Row(entry.getKey(), List.of(entry.getValue()[0]), List.of(entry.getValue()[1]))).toList();
        return new AgingReport(direction, asOf, base, rows, List.of(baseTotals));
    }

    private static BigDecimal[] zeros(int size) {
        BigDecimal[] zeros = new BigDecimal[size];
        java.util.Arrays.fill(zeros, BigDecimal.ZERO);
        return zeros;
    }

    /** The numbering kind of an invoice: {@code invoice}, {@code credit_note}, {@code payable_invoice} or {@code payable_credit_note}. */
    public static String numberingKind(Invoice invoice) {
        String kind = DatabaseEnum.toDatabase(invoice.kind());
        return switch (invoice.direction()) {
            case RECEIVABLE -> kind;
            case PAYABLE -> "payable_" + kind;
        };
    }

    private static String prefix(Invoice invoice) {
        return switch (invoice.direction()) {
            case RECEIVABLE -> switch (invoice.kind()) {
                case INVOICE -> "INV";
                case CREDIT_NOTE -> "CN";
            };
            case PAYABLE -> switch (invoice.kind()) {
                case INVOICE -> "BILL";
                case CREDIT_NOTE -> "PCN";
            };
        };
    }

    private static ImmutableInvoice.Builder header(ImmutableInvoice.Builder builder, InvoiceDraft draft, InvoiceCalculator.Totals totals) {
        return builder.counterpartyName(draft.counterpartyName()).counterpartyCompanyId(draft.counterpartyCompanyId())
                .counterpartyEmail(draft.counterpartyEmail())
                .vendorReference(draft.vendorReference()).projectId(draft.projectId()).title(draft.title()).notes(draft.notes())
                .currency(draft.currency()).paymentTermsDays(draft.paymentTermsDays()).dueDate(draft.dueDate())
                .subtotal(totals.subtotal()).discountAmount(totals.discount()).taxAmount(totals.tax()).totalAmount(totals.total());
    }

    private void writeLines(UUID invoiceId, List<InvoiceDraft.Line> draftLines, InvoiceCalculator.Totals totals) {
        for (int i = 0; i < draftLines.size(); i++) {
            InvoiceDraft.Line line = draftLines.get(i);
            InvoiceCalculator.LineAmounts amounts = totals.lines().get(i);
            lines.insert(InvoiceLine.builder().organizationId(tx.organizationId()).invoiceId(invoiceId).lineNumber(i + 1)
                    .description(line.description()).quantity(line.quantity()).unitPrice(line.unitPrice())
                    .discountRate(line.discountRate()).taxRate(line.taxRate()).lineSubtotal(amounts.subtotal())
                    .discountAmount(amounts.discount()).taxAmount(amounts.tax()).lineTotal(amounts.total())
                    .glAccountId(line.glAccountId()).projectId(line.projectId()).build());
        }
    }

    private static void requireDraft(Invoice invoice) {
        if (invoice.status() != InvoiceStatus.DRAFT) {
            throw dev.atlvs.finance.FinanceRules.INVOICES_ISSUED_FROZEN.exception();
        }
    }

    private static void requireCreditable(Invoice invoice, BigDecimal credit) {
        if (invoice.kind() != InvoiceKind.INVOICE || !invoice.status().isOpenForSettlement()) {
            throw dev.atlvs.finance.FinanceRules.INVOICES_CREDIT_NOTE_TARGET.exception();
        }
        if (credit.compareTo(invoice.amountDue()) > 0) {
            throw dev.atlvs.finance.FinanceRules.INVOICES_CREDIT_EXCEEDS_OPEN.exception();
        }
    }

    /** The issue entry and the invoice's total in the base currency as booked. */
    private record Posting(JournalEntryDraft draft, List<JournalEntryDraft.Line> lines, BigDecimal baseTotal) {}

    private Posting posting(Invoice invoice, List<InvoiceLine> items, String number, LocalDate date, BigDecimal rate, String base) {
        ChartOfAccounts chart = new ChartOfAccounts(tx);
        boolean receivable = invoice.direction() == InvoiceDirection.RECEIVABLE;
        String currency = invoice.currency();
        boolean foreign = !currency.equals(base);
        // Net amounts per (account, project), in line order.
        Map<List<Object>, BigDecimal> nets = new LinkedHashMap<>();
        BigDecimal tax = BigDecimal.ZERO;
        for (InvoiceLine item : items) {
            UUID account = item.glAccountId()
                    .orElseGet(() -> chart.accountFor(receivable ? PostingPurpose.REVENUE : PostingPurpose.EXPENSE).id());
            Optional<UUID> project = item.projectId().or(invoice::projectId);
            nets.merge(List.of(account, project), item.net(), BigDecimal::add);
            tax = tax.add(item.taxAmount());
        }
        List<JournalEntryDraft.Line> entryLines = new ArrayList<>();
        BigDecimal baseSum = BigDecimal.ZERO;
        for (Map.Entry<List<Object>, BigDecimal> net : nets.entrySet()) {
            if (net.getValue().signum() == 0) {
                continue;
            }
            @SuppressWarnings("unchecked")
            Optional<UUID> project = (Optional<UUID>) net.getKey().get(1);
            JournalEntryDraft.Line line = receivable
                    ? JournalEntryDraft.Line.credit((UUID) net.getKey().get(0), net.getValue(), currency)
                    : JournalEntryDraft.Line.debit((UUID) net.getKey().get(0), net.getValue(), currency);
            line = project.map(line::withProject).orElse(line);
            BigDecimal lineBase = toBase(net.getValue(), rate, base);
            baseSum = baseSum.add(lineBase);
            entryLines.add(foreign ? line.withBaseAmount(lineBase) : line);
        }
        if (tax.signum() != 0) {
            UUID taxAccount = chart.accountFor(receivable ? PostingPurpose.TAX_PAYABLE : PostingPurpose.TAX_RECEIVABLE).id();
            JournalEntryDraft.Line line = receivable ? JournalEntryDraft.Line.credit(taxAccount, tax, currency)
                    : JournalEntryDraft.Line.debit(taxAccount, tax, currency);
            BigDecimal lineBase = toBase(tax, rate, base);
            baseSum = baseSum.add(lineBase);
            entryLines.add(foreign ? line.withBaseAmount(lineBase) : line);
        }
        BigDecimal baseTotal = foreign ? baseSum : invoice.totalAmount();
        if (invoice.totalAmount().signum() != 0) {
            UUID control = chart.accountFor(receivable ? PostingPurpose.ACCOUNTS_RECEIVABLE : PostingPurpose.ACCOUNTS_PAYABLE).id();
            JournalEntryDraft.Line line = receivable ? JournalEntryDraft.Line.debit(control, invoice.totalAmount(), currency)
                    : JournalEntryDraft.Line.credit(control, invoice.totalAmount(), currency);
            line = invoice.projectId().map(line::withProject).orElse(line);
            entryLines.add(0, foreign ? line.withBaseAmount(baseTotal) : line);
        }
        if (invoice.kind() == InvoiceKind.CREDIT_NOTE) {
            entryLines = entryLines.stream().map(JournalEntryDraft.Line::swapped).toList();
        }
        JournalEntryDraft draft = JournalEntryDraft.builder().entryNumber(number).postingDate(date)
                .description(truncated((invoice.kind() == InvoiceKind.CREDIT_NOTE ? "Credit note " : "Invoice ") + number + ", "
                        + invoice.counterpartyName() + ": " + invoice.title()))
                .referenceType(ReferenceType.INVOICE).referenceId(invoice.id()).projectId(invoice.projectId()).lines(entryLines).build();
        return new Posting(draft, entryLines, baseTotal);
    }

    static BigDecimal toBase(BigDecimal amount, BigDecimal rate, String base) {
        return Currencies.round(amount.multiply(rate, MathContext.DECIMAL128), base);
    }

    private static String truncated(String text) {
        return text.length() <= 500 ? text : text.substring(0, 500);
    }
}
