package dev.atlvs.cli.maintenance;

import dev.atlvs.cli.DatabaseOptions;
import dev.atlvs.core.maintenance.ArchiveFile;
import dev.atlvs.core.maintenance.ArchiveReport;
import dev.atlvs.core.maintenance.ArchivedMonth;
import dev.atlvs.core.maintenance.LogTable;
import dev.atlvs.core.maintenance.Maintenance;
import dev.atlvs.core.maintenance.RestoreReport;
import dev.atlvs.core.maintenance.RetentionPlan;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code atlvs maintenance}: the partitions and the retention of the audit trail and the webhook attempt log, as the
 * schema owner.
 *
 * <pre>
 * atlvs maintenance partitions --months-ahead 3
 * atlvs maintenance archive --dir /var/lib/atlvs/archive --dry-run
 * atlvs maintenance archive --dir /var/lib/atlvs/archive
 * atlvs maintenance restore --dir /var/lib/atlvs/archive --month 2019-01 --organization 0190c2a4-... --table audit_logs
 * atlvs maintenance run --dir /var/lib/atlvs/archive        # partitions, then archive: the one to schedule monthly
 * </pre>
 */
@Command(name = "maintenance", mixinStandardHelpOptions = true,
        description = "Partitions ahead, retention and archives of the audit trail and the webhook attempt log.",
        subcommands = {MaintenanceCommand.Partitions.class, MaintenanceCommand.Archive.class, MaintenanceCommand.Restore.class,
                MaintenanceCommand.Run.class})
public final class MaintenanceCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "name a maintenance command: " + String.join(", ", spec.subcommands().keySet()));
    }

    /** {@code atlvs maintenance partitions}: the monthly partitions of both logs, from this month on. */
    @Command(name = "partitions", mixinStandardHelpOptions = true,
            description = "Create the monthly partitions of audit_logs and webhook_logs from this month through --months-ahead months on.")
    static final class Partitions implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Spec
        CommandSpec spec;

        @Mixin
        MonthsAhead monthsAhead;

        @Override
        public Integer call() {
            try (DatabaseOptions connection = database) {
                createPartitions(spec, connection.atlvs().maintenance(), monthsAhead.months);
                return 0;
            }
        }
    }

    /** {@code atlvs maintenance archive}: retention applied, or with {@code --dry-run} only shown. */
    @Command(name = "archive", mixinStandardHelpOptions = true,
            description = "Archive to --dir, and remove from the live tables, every organization's months past its retention.")
    static final class Archive implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Spec
        CommandSpec spec;

        @Mixin
        ArchiveDirectory archive;

        @Mixin
        RetentionDay today;

        @Option(names = "--dry-run", description = "print what is due, per log, month and organization, and change nothing")
        boolean dryRun;

        @Override
        public Integer call() {
            try (DatabaseOptions connection = database) {
                Maintenance maintenance = connection.atlvs().maintenance();
                if (dryRun) {
                    printPlan(spec.commandLine().getOut(), maintenance.plan(today.day()));
                } else {
                    archive(spec, maintenance, archive.dir, today.day());
                }
                return 0;
            }
        }
    }

    /** {@code atlvs maintenance restore}: archived rows back into the live tables. */
    @Command(name = "restore", mixinStandardHelpOptions = true,
            description = "Restore a month of the archive in --dir (every organization, or one) into the live tables.")
    static final class Restore implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Spec
        CommandSpec spec;

        @Option(names = "--dir", required = true, paramLabel = "DIR", description = "the archive's folder")
        Path dir;

        @Option(names = "--month", required = true, paramLabel = "yyyy-mm", converter = MonthConverter.class,
                description = "the month to restore")
        YearMonth month;

        @Option(names = "--organization", paramLabel = "ID", description = "only this organization's rows (default: every organization archived)")
        UUID organization;

        @Option(names = "--table", paramLabel = "TABLE", converter = TableConverter.class,
                description = "audit_logs or webhook_logs (default: both, where archived)")
        LogTable table;

        @Override
        public Integer call() {
            try (DatabaseOptions connection = database) {
                List<Path> folders = new ArrayList<>();
                for (LogTable log : table == null ? List.of(LogTable.values()) : List.of(table)) {
                    Path folder = Maintenance.monthFolder(dir, log, month);
                    if (Files.isDirectory(folder)) {
                        folders.add(folder);
                    }
                }
                if (folders.isEmpty()) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--month: " + dir + " holds no archive of "
                            + (table == null ? "audit_logs or webhook_logs" : table.tableName()) + " for " + month);
                }
                Maintenance maintenance = connection.atlvs().maintenance();
                PrintWriter out = spec.commandLine().getOut();
                for (Path folder : folders) {
                    RestoreReport report = maintenance.restore(folder, organization);
                    for (String partition : report.createdPartitions()) {
                        out.println("created partition " + partition);
                    }
                    for (ArchiveFile file : report.restored()) {
                        out.printf("restored %-12s %s %s %6d %s  checksum %s%n", file.table().tableName(), file.month(), file.organizationId(),
                                file.rows(), file.kind() == ArchiveFile.Kind.ROWS ? "rows         " : "sealed values", file.contentChecksum());
                    }
                    out.printf("restored %d rows of %s %s%n", report.rows(), folder.getParent().getFileName(), month);
                }
                return 0;
            }
        }
    }

    /** {@code atlvs maintenance run}: partitions, then archive; the command to schedule. */
    @Command(name = "run", mixinStandardHelpOptions = true,
            description = "Create the partitions ahead, then archive every month past its retention: the one command to schedule, monthly.")
    static final class Run implements Callable<Integer> {

        @Mixin
        DatabaseOptions database;

        @Spec
        CommandSpec spec;

        @Mixin
        ArchiveDirectory archive;

        @Mixin
        MonthsAhead monthsAhead;

        @Mixin
        RetentionDay today;

        @Override
        public Integer call() {
            try (DatabaseOptions connection = database) {
                Maintenance maintenance = connection.atlvs().maintenance();
                createPartitions(spec, maintenance, monthsAhead.months);
                archive(spec, maintenance, archive.dir, today.day());
                return 0;
            }
        }
    }

    /** {@code --months-ahead}, of the commands that create partitions. */
    static final class MonthsAhead {
        @Option(names = "--months-ahead", defaultValue = "3", paramLabel = "N",
                description = "how many months after this one get their partitions, 1 to 24 (default: ${DEFAULT-VALUE})")
        int months;
    }

    /** {@code --today}, of the commands that reckon retention. */
    static final class RetentionDay {
        @Option(names = "--today", paramLabel = "yyyy-mm-dd", converter = DayConverter.class,
                description = "the day retention is reckoned from (default: today, UTC)")
        LocalDate today;

        LocalDate day() {
            return today == null ? LocalDate.now(ZoneOffset.UTC) : today;
        }
    }

    /** {@code --dir}, of the commands that write the archive. */
    static final class ArchiveDirectory {
        @Option(names = "--dir", required = true, paramLabel = "DIR", description = "the archive's folder: <DIR>/<table>/<yyyy-mm>/")
        Path dir;
    }

    private static void createPartitions(CommandSpec spec, Maintenance maintenance, int monthsAhead) {
        if (monthsAhead < 1 || monthsAhead > 24) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--months-ahead must be between 1 and 24, not " + monthsAhead);
        }
        YearMonth through = YearMonth.now(ZoneOffset.UTC).plusMonths(monthsAhead);
        List<String> created = maintenance.createPartitions(through.atDay(1));
        PrintWriter out = spec.commandLine().getOut();
        for (String partition : created) {
            out.println("created partition " + partition);
        }
        out.println("partitions of audit_logs and webhook_logs exist through " + through);
    }

    private static void archive(CommandSpec spec, Maintenance maintenance, Path dir, LocalDate today) {
        ArchiveReport report = maintenance.archive(dir, today);
        PrintWriter out = spec.commandLine().getOut();
        for (ArchivedMonth month : report.archived()) {
            ArchiveFile rows = month.rows();
            out.printf("archived %-12s %s %s %6d rows  checksum %s  %s%n", month.table().tableName(), month.month(), month.organizationId(),
                    rows.rows(), rows.contentChecksum(), rows.path());
        }
        for (String partition : report.droppedPartitions()) {
            out.println("dropped partition " + partition);
        }
        out.printf("archived %d rows of %d organization months to %s (retention reckoned from %s)%n", report.rows(), report.archived().size(),
                dir, today);
    }

    private static void printPlan(PrintWriter out, RetentionPlan plan) {
        if (plan.isEmpty()) {
            out.println("nothing is due on " + plan.today());
            return;
        }
        out.printf("%-12s %-7s %-36s %9s %8s%n", "table", "month", "organization", "retention", "rows");
        for (RetentionPlan.Due due : plan.due()) {
            out.printf("%-12s %-7s %-36s %7d d %8d%n", due.table().tableName(), due.month(), due.organizationId(), due.retentionDays(),
                    due.rows());
        }
        out.printf("%d organization months due on %s (dry run: nothing was changed)%n", plan.due().size(), plan.today());
    }

    /** Reads an option's value with {@code parse}; a value it refuses is a usage error saying the rule. */
    abstract static class Parsing<T> implements CommandLine.ITypeConverter<T> {
        private final java.util.function.Function<String, T> parse;
        private final String rule;

        Parsing(java.util.function.Function<String, T> parse, String rule) {
            this.parse = parse;
            this.rule = rule;
        }

        @Override
        public T convert(String value) {
            try {
                return parse.apply(value);
            } catch (DateTimeParseException | IllegalArgumentException refused) {
                throw new CommandLine.TypeConversionException("must be " + rule + ", not '" + value + "'");
            }
        }
    }

    /** Reads {@code yyyy-mm-dd}. */
    static final class DayConverter extends Parsing<LocalDate> {
        DayConverter() {
            super(LocalDate::parse, "a day written yyyy-mm-dd");
        }
    }

    /** Reads {@code yyyy-mm}. */
    static final class MonthConverter extends Parsing<YearMonth> {
        MonthConverter() {
            super(YearMonth::parse, "a month written yyyy-mm");
        }
    }

    /** Reads {@code audit_logs} or {@code webhook_logs}. */
    static final class TableConverter extends Parsing<LogTable> {
        TableConverter() {
            super(LogTable::named, "audit_logs or webhook_logs");
        }
    }
}
