package dev.atlvs.examples.httphost;

import static dev.atlvs.examples.httphost.ApiKeyAuthentication.principal;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.atlvs.core.Atlvs;
import dev.atlvs.finance.invoice.ImmutableInvoiceDraft;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.invoice.InvoiceDirection;
import dev.atlvs.finance.invoice.InvoiceDraft;
import dev.atlvs.finance.invoice.InvoiceKind;
import dev.atlvs.finance.invoice.InvoiceLine;
import dev.atlvs.finance.invoice.InvoiceService;
import dev.atlvs.finance.invoice.InvoiceStatus;
import io.javalin.http.Context;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** {@code /invoices}: create a draft with its lines, issue it, read it with its lines. */
final class InvoiceApi {
    private final Atlvs atlvs;
    private final ObjectMapper mapper;

    InvoiceApi(Atlvs atlvs, ObjectMapper mapper) {
        this.atlvs = atlvs;
        this.mapper = mapper;
    }

    /**
     * The body of {@code POST /invoices}: {@code direction} ({@code receivable} or {@code payable}),
     * {@code counterpartyName}, {@code title}, {@code currency} and at least one line are required.
     */
    record CreateInvoice(String direction, String counterpartyName, String counterpartyEmail, String title, String currency,
            UUID projectId, LocalDate dueDate, Integer paymentTermsDays, String notes, List<LineRequest> lines) {}

    /** One line of a draft: {@code description}, {@code quantity} and {@code unitPrice} are required; rates in percent. */
    record LineRequest(String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountRate, BigDecimal taxRate) {}

    /** The body of {@code POST /invoices/{invoiceId}/issue}; without an issue date, today in the SDK's clock. */
    record IssueInvoice(LocalDate issueDate) {}

    /** An invoice as the API shows it, with its lines. */
    record InvoiceView(UUID id, InvoiceDirection direction, InvoiceKind kind, InvoiceStatus status, Optional<String> invoiceNumber,
            String counterpartyName, String title, String currency, Optional<LocalDate> issueDate, Optional<LocalDate> dueDate,
            BigDecimal subtotal, BigDecimal discountAmount, BigDecimal taxAmount, BigDecimal totalAmount, BigDecimal amountPaid,
            BigDecimal amountDue, Optional<UUID> projectId, long version, List<LineView> lines) {
        static InvoiceView of(Invoice invoice, List<InvoiceLine> lines) {
            return new InvoiceView(invoice.id(), invoice.direction(), invoice.kind(), invoice.status(), invoice.invoiceNumber(),
                    invoice.counterpartyName(), invoice.title(), invoice.currency(), invoice.issueDate(), invoice.dueDate(),
                    invoice.subtotal(), invoice.discountAmount(), invoice.taxAmount(), invoice.totalAmount(), invoice.amountPaid(),
                    invoice.amountDue(), invoice.projectId(), invoice.version(), lines.stream().map(LineView::of).toList());
        }
    }

    /** A line as the API shows it. */
    record LineView(int lineNumber, String description, BigDecimal quantity, BigDecimal unitPrice, BigDecimal discountRate,
            BigDecimal taxRate, BigDecimal lineSubtotal, BigDecimal taxAmount, BigDecimal lineTotal) {
        static LineView of(InvoiceLine line) {
            return new LineView(line.lineNumber(), line.description(), line.quantity(), line.unitPrice(), line.discountRate(),
                    line.taxRate(), line.lineSubtotal(), line.taxAmount(), line.lineTotal());
        }
    }

    void create(Context ctx) {
        CreateInvoice body = JsonBodies.read(mapper, ctx, CreateInvoice.class, "InvoiceDraft");
        Input input = new Input("InvoiceDraft");
        InvoiceDirection direction = input.oneOf("direction", input.required("direction", body.direction()), InvoiceDirection.class);
        input.required("counterpartyName", body.counterpartyName());
        input.required("title", body.title());
        input.required("currency", body.currency());
        List<InvoiceDraft.Line> lines = new ArrayList<>();
        if (input.required("lines", body.lines()) != null) {
            if (body.lines().isEmpty()) {
                input.invalid("lines", "Size", "must hold at least one line");
            }
            for (int i = 0; i < body.lines().size(); i++) {
                LineRequest line = body.lines().get(i);
                String at = "lines[" + i + "]";
                if (line == null) {
                    input.required(at, null);
                    continue;
                }
                String description = input.required(at + ".description", line.description());
                BigDecimal quantity = input.required(at + ".quantity", line.quantity());
                BigDecimal unitPrice = input.required(at + ".unitPrice", line.unitPrice());
                if (description != null && quantity != null && unitPrice != null) {
                    InvoiceDraft.Line draftLine = InvoiceDraft.Line.of(description, quantity, unitPrice);
                    if (line.discountRate() != null) {
                        draftLine = draftLine.withDiscountRate(line.discountRate());
                    }
                    if (line.taxRate() != null) {
                        draftLine = draftLine.withTaxRate(line.taxRate());
                    }
                    lines.add(draftLine);
                }
            }
        }
        input.throwIfAny();
        InvoiceView created = atlvs.inTenant(principal(ctx), tx -> {
            ImmutableInvoiceDraft.Builder draft = InvoiceDraft.builder().direction(direction).counterpartyName(body.counterpartyName())
                    .counterpartyEmail(Optional.ofNullable(body.counterpartyEmail())).title(body.title()).currency(body.currency())
                    .projectId(Optional.ofNullable(body.projectId())).dueDate(Optional.ofNullable(body.dueDate()))
                    .notes(Optional.ofNullable(body.notes())).lines(lines);
            if (body.paymentTermsDays() != null) {
                draft.paymentTermsDays(body.paymentTermsDays());
            }
            InvoiceService invoices = new InvoiceService(tx);
            Invoice invoice = invoices.createDraft(draft.build());
            return InvoiceView.of(invoice, invoices.lines(invoice.id()));
        });
        ctx.status(201).header("Location", "/invoices/" + created.id()).json(created);
    }

    void get(Context ctx) {
        UUID id = PathIds.of(ctx, "invoiceId");
        ctx.json(atlvs.inTenant(principal(ctx), tx -> {
            InvoiceService invoices = new InvoiceService(tx);
            return InvoiceView.of(invoices.get(id), invoices.lines(id));
        }));
    }

    void issue(Context ctx) {
        UUID id = PathIds.of(ctx, "invoiceId");
        IssueInvoice body = ctx.body().isBlank() ? new IssueInvoice(null) : JsonBodies.read(mapper, ctx, IssueInvoice.class, "Invoice");
        ctx.json(atlvs.inTenant(principal(ctx), tx -> {
            InvoiceService invoices = new InvoiceService(tx);
            LocalDate issueDate = body.issueDate() != null ? body.issueDate() : LocalDate.now(tx.clock());
            Invoice issued = invoices.issue(id, issueDate);
            return InvoiceView.of(issued, invoices.lines(id));
        }));
    }
}
