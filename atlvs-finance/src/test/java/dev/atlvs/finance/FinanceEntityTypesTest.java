package dev.atlvs.finance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.atlvs.core.attachment.AttachedFile;
import dev.atlvs.core.attachment.AttachmentLabel;
import dev.atlvs.core.attachment.AttachmentService;
import dev.atlvs.core.attachment.StorageService;
import dev.atlvs.core.attachment.Upload;
import dev.atlvs.core.comment.CommentService;
import dev.atlvs.core.comment.CommentThread;
import dev.atlvs.core.entity.EntityRef;
import dev.atlvs.core.entity.EntityTypes;
import dev.atlvs.core.tag.Tag;
import dev.atlvs.core.tag.TagService;
import dev.atlvs.finance.expense.Expense;
import dev.atlvs.finance.invoice.Invoice;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.testing.Fixtures;
import dev.atlvs.testing.OrganizationFixture;
import dev.atlvs.testing.junit.AtlvsTest;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Invoices, expenses and the other finance records users discuss, document and classify are entity types. */
@AtlvsTest
class FinanceEntityTypesTest {

    @Test
    void anIssuedInvoiceCarriesACommentThread(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization();
        Invoice invoice = FinanceFixtures.issuedInvoice(acme);
        EntityRef ref = EntityTypes.require("invoice").ref(invoice.id());

        acme.asOwner(tx -> new CommentService(tx).post(ref, "Client asked for the PO number on the next one."));

        List<CommentThread> threads = acme.asOwner(tx -> new CommentService(tx).thread(ref));
        assertThat(threads).singleElement()
                .satisfies(thread -> assertThat(thread.comment().body()).isEqualTo("Client asked for the PO number on the next one."));
    }

    @Test
    void anExpenseCarriesItsReceipt(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization();
        Expense expense = FinanceFixtures.expense(acme, acme.owner(),
                FinanceFixtures.budget(acme, FinanceFixtures.project(acme, "Harbour Lights Festival")), "48.90");
        EntityRef ref = EntityTypes.require("expense").ref(expense.id());
        String checksum = UUID.randomUUID().toString().replace("-", "") + UUID.randomUUID().toString().replace("-", "");
        UUID receipt = acme.asOwner(tx -> new StorageService(tx).register(Upload.builder().name("Hardware store receipt.jpg")
                .mediaType("image/jpeg").sizeBytes(182_004).checksumSha256(checksum).storageKey("receipts/" + checksum + ".jpg").build()).id());

        acme.asOwner(tx -> new AttachmentService(tx).attach(ref, receipt, AttachmentLabel.RECEIPT));

        List<AttachedFile> attached = acme.asOwner(tx -> new AttachmentService(tx).attachmentsOf(ref));
        assertThat(attached).singleElement().satisfies(file -> {
            assertThat(file.file().id()).isEqualTo(receipt);
            assertThat(file.attachment().label()).isEqualTo(AttachmentLabel.RECEIPT);
        });
    }

    @Test
    void aPaymentCanBeTagged(Fixtures fixtures) {
        OrganizationFixture acme = fixtures.organization();
        UUID payment = FinanceFixtures.unpostedReceipt(acme, "500.00").id();
        EntityRef ref = EntityTypes.require("payment").ref(payment);

        Tag disputed = acme.asOwner(tx -> new TagService(tx).create("Disputed"));
        acme.asOwner(tx -> new TagService(tx).tag(ref, disputed.id()));

        List<Tag> tags = acme.asOwner(tx -> new TagService(tx).tagsOf(ref));
        assertThat(tags).extracting(Tag::name).containsExactly("Disputed");
    }
}
