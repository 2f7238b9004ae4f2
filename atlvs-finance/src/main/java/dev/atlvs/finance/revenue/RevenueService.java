package dev.atlvs.finance.revenue;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.ConflictException;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.finance.FinanceErrorCode;
import dev.atlvs.finance.FinancePermissions;
import dev.atlvs.finance.account.Account;
import dev.atlvs.finance.account.AccountRepository;
import dev.atlvs.finance.account.AccountType;
import dev.atlvs.finance.account.ChartOfAccounts;
import dev.atlvs.finance.account.PostingPurpose;
import dev.atlvs.finance.currency.Currencies;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceDirection;
import dev.atlvs.finance.invoice.InvoiceKind;
import dev.atlvs.finance.invoice.InvoiceRepository;
import dev.atlvs.finance.invoice.InvoiceStatus;
import dev.atlvs.finance.ledger.JournalEntry;
import dev.atlvs.finance.ledger.JournalEntryDraft;
import dev.atlvs.finance.ledger.LedgerService;
import dev.atlvs.finance.ledger.ReferenceType;
import dev.atlvs.finance.numbering.DocumentNumbers;
import dev.atlvs.projects.milestone.Milestone;
import dev.atlvs.projects.milestone.MilestoneService;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Revenue and its recognition, inside the caller's tenant transaction: records revenue, builds its
 * recognition schedule from its terms, and posts what is earned — Dr {@link PostingPurpose#DEFERRED_REVENUE}
 * / Cr the source's revenue account of the standard chart (4000 Production Fees, 4100 Sponsorship, 4200
 * Ticketing, 4300 Merchandise, 4400 Rental Income, 4900 Other Income), else the {@link PostingPurpose#REVENUE}
 * account — in the revenue's currency, converted by the ledger at the recognition date.
 *
 * <p>Schedules: on a date, one amount on that date; on a milestone, one amount dated on the milestone's due
 * date and recognized only once the milestone is completed (posted on its completion day); straight-line,
 * one amount a month over the service period, in whole months when the period is month-aligned and in
 * proportion to the days of service otherwise, or by the mid-month convention ({@link StraightLineSchedule}).
 *
 * <pre>{@code
 * RevenueService revenue = new RevenueService(tx);
 * Revenue fee = revenue.record(Revenue.builder().organizationId(tx.organizationId()).projectId(festival.id())
 *         .description("Production fee").amount(new BigDecimal("120000")).currency("EUR").source(RevenueSource.FEE)
 *         .recognitionMethod(RecognitionMethod.STRAIGHT_LINE).serviceStart(june1).serviceEnd(sept30).build());
 * revenue.recognizeThrough(LocalDate.of(2026, 7, 31));   // posts June and July
 * }</pre>
 *
 * <p>Lifecycle: projected → invoiced (on an issued receivable invoice of its currency, {@link #invoice}) → received
 * ({@link #receive}, never more than is paid on the invoice); projected or invoiced → cancelled.
 *
 * <p>Permissions: {@link FinancePermissions#REVENUE_CREATE} to record and schedule, {@link FinancePermissions#REVENUE_UPDATE} to invoice, receive and cancel,
 * {@link FinancePermissions#JOURNAL_ENTRIES_POST} to post recognition.
 */
public final class RevenueService {

    private static final Map<RevenueSource, String> SOURCE_ACCOUNTS = Map.of(RevenueSource.FEE, "4000", RevenueSource.SPONSORSHIP, "4100",
            RevenueSource.TICKETING, "4200", RevenueSource.MERCH, "4300", RevenueSource.RENTAL, "4400", RevenueSource.OTHER, "4900");

    private final TenantTransaction tx;
    private final RevenueRepository revenues;
    private final RevenueRecognitionRepository schedules;

    public RevenueService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
        this.revenues = tx.repository(RevenueRepository.class);
        this.schedules = tx.repository(RevenueRecognitionRepository.class);
    }

    /**
     * Records projected revenue and its recognition schedule.
     *
     * @throws dev.atlvs.core.error.ValidationException when a rule is broken (a negative amount, terms without their
     *         date, milestone or period); ({@link FinanceErrorCode#UNKNOWN_CURRENCY}) for an unknown currency;
     *         ({@link FinanceErrorCode#REVENUE_INVALID}, field {@code milestoneId}) for a milestone of another project
     */
    public Revenue record(Revenue revenue) {
        requireNonNull(revenue, "revenue is null");
        tx.require(FinancePermissions.REVENUE_CREATE);
        Revenue wanted = ImmutableRevenue.copyOf(revenue).withOrganizationId(tx.organizationId()).withStatus(RevenueStatus.PROJECTED)
                .withInvoiceId(Optional.empty()).withReceivedAmount(BigDecimal.ZERO).withReceivedDate(Optional.empty());
        tx.validate("Revenue", wanted);
        Currencies.require(wanted.currency(), "Revenue", "currency");
        if (wanted.milestoneId().isPresent()) {
            Milestone milestone = new MilestoneService(tx).get(wanted.milestoneId().get());
            if (!wanted.projectId().equals(Optional.of(milestone.projectId()))) {
                throw dev.atlvs.finance.FinanceRules.REVENUE_MILESTONE_PROJECT.exception();
            }
        }
        Revenue stored = revenues.insert(wanted);
        schedule(stored);
        return stored;
    }

    /**
     * Marks projected revenue invoiced on {@code invoiceId}, an issued receivable invoice of the revenue's currency.
     *
     * @throws ValidationException ({@link FinanceErrorCode#REVENUE_INVALID}, field {@code invoiceId}, rule
     *         {@code revenue_invoice_match}) for a payable invoice, a draft or void one, or one of another currency
     * @throws ConflictException ({@link FinanceErrorCode#REVENUE_TRANSITION_INVALID}, field {@code status}, rule
     *         {@code revenue_status_transition}) unless the revenue is projected
     */
    public Revenue invoice(UUID revenueId, UUID invoiceId) {
        requireNonNull(invoiceId, "invoiceId is null");
        tx.require(FinancePermissions.REVENUE_UPDATE);
        Revenue current = movable(revenueId, RevenueStatus.INVOICED);
        Invoice invoice = tx.repository(InvoiceRepository.class).get(invoiceId);
        if (invoice.direction() != InvoiceDirection.RECEIVABLE || invoice.kind() != InvoiceKind.INVOICE || !invoice.currency().equals(current.currency())
                || invoice.status() == InvoiceStatus.DRAFT || invoice.status() == InvoiceStatus.VOID) {
            throw dev.atlvs.finance.FinanceRules.REVENUE_INVOICE_MATCH.exception();
        }
        return revenues.update(ImmutableRevenue.copyOf(current).withInvoiceId(invoiceId).withStatus(RevenueStatus.INVOICED));
    }

    /**
     * Records that {@code amount} of invoiced revenue has been received by {@code date}: the revenue becomes
     * received once the whole amount is.
     *
     * @throws ConflictException ({@link FinanceErrorCode#REVENUE_EXCEEDS_PAID}, field {@code receivedAmount}) when the amount
     *         exceeds what is paid on the revenue's invoice; ({@link FinanceErrorCode#REVENUE_TRANSITION_INVALID}, field
     *         {@code status}, rule {@code revenue_status_transition}) unless the revenue is invoiced
     * @throws ValidationException (field {@code receivedAmount}) when the amount is negative or above the revenue's
     */
    public Revenue receive(UUID revenueId, BigDecimal amount, LocalDate date) {
        requireNonNull(revenueId, "revenueId is null");
        requireNonNull(amount, "amount is null");
        requireNonNull(date, "date is null");
        tx.require(FinancePermissions.REVENUE_UPDATE);
        // Only invoiced revenue is received, in part or in whole: exactly the revenue that may move to received.
        Revenue current = movable(revenueId, RevenueStatus.RECEIVED);
        if (amount.signum() < 0 || amount.compareTo(current.amount()) > 0) {
            throw dev.atlvs.finance.FinanceRules.REVENUE_RECEIVED_AMOUNT_CHECK.exception();
        }
        Invoice invoice = tx.repository(InvoiceRepository.class).get(current.invoiceId().orElseThrow());
        if (amount.compareTo(invoice.amountPaid()) > 0) {
            throw dev.atlvs.finance.FinanceRules.REVENUE_RECEIVED_EXCEEDS_PAID.exception();
        }
        ImmutableRevenue received = ImmutableRevenue.copyOf(current).withReceivedAmount(amount);
        if (amount.compareTo(current.amount()) == 0) {
            received = received.withStatus(RevenueStatus.RECEIVED).withReceivedDate(date);
        }
        return revenues.update(received);
    }

    /** The recognition schedule of {@code revenueId}, by date. */
    public List<RevenueRecognition> scheduleOf(UUID revenueId) {
        return schedules.ofRevenue(requireNonNull(revenueId, "revenueId is null"));
    }

    /**
     * Cancels projected or invoiced revenue and drops what of its schedule is not recognized yet.
     *
     * @throws ConflictException ({@link FinanceErrorCode#REVENUE_TRANSITION_INVALID}, field {@code status}, rule
     *         {@code revenue_status_transition}) when it is
     *         received or cancelled already
     */
    public Revenue cancel(UUID revenueId) {
        tx.require(FinancePermissions.REVENUE_UPDATE);
        Revenue current = movable(revenueId, RevenueStatus.CANCELLED);
        schedules.deleteScheduled(current.id());
        return revenues.update(ImmutableRevenue.copyOf(current).withStatus(RevenueStatus.CANCELLED));
    }

    /**
     * Posts every scheduled amount due on or before {@code asOf} (a milestone's only once the milestone is
     * completed), each as its own journal entry, and marks it recognized.
     *
     * @return the amounts recognized now
     */
    public List<RevenueRecognition> recognizeThrough(LocalDate asOf) {
        requireNonNull(asOf, "asOf is null");
        tx.require(FinancePermissions.JOURNAL_ENTRIES_POST);
        List<RevenueRecognition> recognized = new ArrayList<>();
        for (RevenueRecognition due : schedules.scheduledThrough(asOf)) {
            Revenue revenue = revenues.get(due.revenueId());
            Optional<LocalDate> postingDate = postingDate(revenue, due, asOf);
            if (postingDate.isEmpty()) {
                continue;
            }
            RecognitionStatus.LIFECYCLE.require(due, RecognitionStatus.RECOGNIZED);
            JournalEntry entry = post(revenue, due, postingDate.get());
            recognized.add(schedules.update(ImmutableRevenueRecognition.copyOf(due).withStatus(RecognitionStatus.RECOGNIZED)
                    .withJournalEntryId(entry.id()).withRecognizedAt(tx.now())));
        }
        return List.copyOf(recognized);
    }

    private Optional<LocalDate> postingDate(Revenue revenue, RevenueRecognition due, LocalDate asOf) {
        if (revenue.recognitionMethod() != RecognitionMethod.ON_MILESTONE) {
            return Optional.of(due.recognizeOn());
        }
        Milestone milestone = new MilestoneService(tx).get(revenue.milestoneId().orElseThrow());
        return milestone.completedAt().map(at -> LocalDate.ofInstant(at, tx.clock().getZone())).filter(day -> !day.isAfter(asOf));
    }

    private JournalEntry post(Revenue revenue, RevenueRecognition due, LocalDate date) {
        ChartOfAccounts chart = new ChartOfAccounts(tx);
        Account deferred = chart.accountFor(PostingPurpose.DEFERRED_REVENUE);
        Account earned = tx.repository(AccountRepository.class).findByNumber(SOURCE_ACCOUNTS.get(revenue.source()))
                .filter(account -> account.type() == AccountType.REVENUE && account.isActive())
                .orElseGet(() -> chart.accountFor(PostingPurpose.REVENUE));
        String number = new DocumentNumbers(tx).format("revenue_recognition", "REVREC", date.getYear());
        String description = "Revenue recognized: " + revenue.description();
        return new LedgerService(tx).post(JournalEntryDraft.builder().entryNumber(number).postingDate(date)
                .description(description.length() <= 500 ? description : description.substring(0, 500))
                .referenceType(ReferenceType.REVENUE).referenceId(revenue.id()).projectId(revenue.projectId())
                .addLines(JournalEntryDraft.Line.debit(deferred.id(), due.amount(), revenue.currency()),
                        JournalEntryDraft.Line.credit(earned.id(), due.amount(), revenue.currency()))
                .build());
    }

    /** Writes the schedule of {@code revenue} from its terms. */
    private void schedule(Revenue revenue) {
        if (revenue.amount().signum() == 0) {
            return;
        }
        switch (revenue.recognitionMethod()) {
            case ON_DATE -> insert(revenue, revenue.recognitionDate().orElseThrow(), revenue.amount());
            case ON_MILESTONE -> insert(revenue,
                    new MilestoneService(tx).get(revenue.milestoneId().orElseThrow()).dueDate(), revenue.amount());
            case STRAIGHT_LINE, STRAIGHT_LINE_DAILY, STRAIGHT_LINE_MID_MONTH -> StraightLineSchedule.of(revenue.recognitionMethod(),
                    revenue.amount(), revenue.currency(), revenue.serviceStart().orElseThrow(), revenue.serviceEnd().orElseThrow())
                    .forEach(part -> insert(revenue, part.date(), part.amount()));
        }
    }

    private void insert(Revenue revenue, LocalDate date, BigDecimal amount) {
        schedules.insert(RevenueRecognition.builder().organizationId(tx.organizationId()).revenueId(revenue.id()).recognizeOn(date)
                .amount(amount).build());
    }

    private Revenue movable(UUID revenueId, RevenueStatus target) {
        requireNonNull(revenueId, "revenueId is null");
        return RevenueStatus.LIFECYCLE.require(revenues.get(revenueId), target);
    }
}
