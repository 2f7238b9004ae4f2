package dev.atlvs.core.repository;

import static com.google.testing.compile.Compiler.javac;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.atlvs.processor.TableProcessor;
import java.io.IOException;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.immutables.processor.ProxyProcessor;
import org.junit.jupiter.api.Test;

/** What the annotation processor generates from a value type, and the compile errors it gives for a wrong declaration. */
class TableProcessorTest {

    private static Compilation compile(String body) {
        JavaFileObject source = JavaFileObjects.forSourceString("com.example.gigs.Gig", """
                package com.example.gigs;

                import dev.atlvs.core.AtlvsStyle;
                import dev.atlvs.core.repository.Db;
                import dev.atlvs.core.repository.TenantEntity;
                import java.math.BigDecimal;
                import java.time.LocalDate;
                import java.util.List;
                import java.util.Optional;
                import org.immutables.value.Value;

                @Value.Immutable
                @AtlvsStyle
                @Db.Table("gigs")
                public interface Gig extends TenantEntity {
                """ + body + """

                    interface Builder extends TenantEntity.Builder<Builder> {}
                }
                """);
        return javac().withProcessors(new TableProcessor(), new ProxyProcessor()).compile(source);
    }

    private static String generated(Compilation compilation) throws IOException {
        return compilation.generatedSourceFile("com.example.gigs.GigTable").orElseThrow().getCharContent(true).toString();
    }

    @Test
    void eachAccessorBecomesAColumnNamedInSnakeCaseWithItsTypeAndNullability() throws IOException {
        Compilation compilation = compile("""
                    @Db.Sortable String stageName();
                    Optional<LocalDate> showDate();
                    int setLengthMinutes();
                    List<String> genres();
                """);

        assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(generated(compilation))
                .contains(".tenant(\"gigs\", Gig.class, ImmutableGig::builder, ImmutableGig.Builder::build)")
                .contains(".column(\"stage_name\", ColumnType.TEXT, Gig::stageName, ImmutableGig.Builder::stageName).sortable()")
                .contains(".optional(\"show_date\", ColumnType.DATE, Gig::showDate, ImmutableGig.Builder::showDate)")
                .contains(".column(\"set_length_minutes\", ColumnType.INTEGER, Gig::setLengthMinutes, ImmutableGig.Builder::setLengthMinutes)")
                .contains(".column(\"genres\", ColumnType.TEXT_ARRAY, Gig::genres, ImmutableGig.Builder::genres)");
    }

    @Test
    void theAnnotationsMarkOnlyTheExceptions() throws IOException {
        Compilation compilation = compile("""
                    @Db.Column("fee_amount") @Db.Numeric(precision = 12, scale = 2) BigDecimal fee();
                    @Db.Char(3) @Db.Fixed String currency();
                    @Db.Sensitive Optional<String> agentPhone();
                    @Db.Transient default String label() { return currency(); }
                    @Db.Transient Optional<String> draftNote();
                """);

        assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(generated(compilation))
                .contains(".column(\"fee_amount\", ColumnType.numeric(12, 2), Gig::fee, ImmutableGig.Builder::fee)")
                .contains(".column(\"currency\", ColumnType.character(3), Gig::currency, ImmutableGig.Builder::currency).fixed()")
                .contains(".optional(\"agent_phone\", ColumnType.TEXT, Gig::agentPhone, ImmutableGig.Builder::agentPhone).sensitive()")
                .doesNotContain("label")
                .doesNotContain("draft_note");
    }

    @Test
    void anEncryptedAccessorIsDeclaredEncryptedWithOrWithoutItsBlindIndex() throws IOException {
        Compilation compilation = compile("""
                    @Db.Encrypted Optional<String> passportNumber();
                    @Db.Encrypted(blindIndex = true) Optional<String> taxId();
                    @Db.Encrypted Optional<LocalDate> dateOfBirth();
                """);

        assertThat(compilation.status()).isEqualTo(Compilation.Status.SUCCESS);
        assertThat(generated(compilation))
                .contains(".optional(\"passport_number\", ColumnType.TEXT, Gig::passportNumber, ImmutableGig.Builder::passportNumber).encrypted(false)")
                .contains(".optional(\"tax_id\", ColumnType.TEXT, Gig::taxId, ImmutableGig.Builder::taxId).encrypted(true)")
                .contains(".optional(\"date_of_birth\", ColumnType.DATE, Gig::dateOfBirth, ImmutableGig.Builder::dateOfBirth).encrypted(false)");
    }

    @Test
    void anEncryptedSortKeyIsACompileError() {
        Compilation compilation = compile("""
                    @Db.Encrypted @Db.Sortable String stageName();
                """);

        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        assertThat(compilation.errors()).extracting(error -> error.getMessage(Locale.ROOT))
                .contains("stage_name is encrypted: it cannot be a sort key or an array");
    }

    @Test
    void aNullableSortKeyIsACompileErrorOnItsAccessor() {
        Compilation compilation = compile("""
                    @Db.Sortable Optional<LocalDate> showDate();
                """);

        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        assertThat(compilation.errors()).anySatisfy(error -> {
            assertThat(error.getMessage(Locale.ROOT)).isEqualTo("show_date is nullable and cannot be a sort key");
            assertThat(error.getLineNumber()).isEqualTo(16);
        });
    }

    @Test
    void anAccessorOfATypeWithNoColumnTypeIsACompileErrorSuggestingTheWayOut() {
        Compilation compilation = compile("""
                    java.net.URI website();
                """);

        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        assertThat(compilation.errors()).extracting(error -> error.getMessage(Locale.ROOT))
                .anySatisfy(message -> assertThat(message).startsWith("no column type for java.net.URI").contains("@Db.Transient"));
    }

    @Test
    void anAnnotationThatDoesNotFitTheJavaTypeIsACompileError() {
        Compilation compilation = compile("""
                    @Db.Numeric(precision = 5, scale = 2) String capacity();
                """);

        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        assertThat(compilation.errors()).extracting(error -> error.getMessage(Locale.ROOT))
                .contains("@Db.Numeric goes on a BigDecimal accessor");
    }

    @Test
    void theTableAnnotationOnAClassIsACompileError() {
        Compilation compilation = javac().withProcessors(new TableProcessor()).compile(JavaFileObjects.forSourceString("com.example.Venue", """
                package com.example;

                @dev.atlvs.core.repository.Db.Table("venues")
                public class Venue {}
                """));

        assertThat(compilation.status()).isEqualTo(Compilation.Status.FAILURE);
        assertThat(compilation.errors()).extracting(Diagnostic::getKind).containsOnly(Diagnostic.Kind.ERROR);
        assertThat(compilation.errors()).extracting(error -> error.getMessage(Locale.ROOT))
                .contains("@Db.Table goes on a top-level Immutables value interface");
    }
}
