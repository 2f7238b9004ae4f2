package dev.atlvs.cli;

import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.atlvs.core.Atlvs;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.daead.DeterministicAeadConfig;
import com.google.crypto.tink.prf.PrfConfig;
import dev.atlvs.core.Platform;
import dev.atlvs.core.crypto.FieldKeys;
import dev.atlvs.core.member.MemberRole;
import dev.atlvs.core.user.User;
import dev.atlvs.finance.testing.FinanceFixtures;
import dev.atlvs.people.testing.PeopleFixtures;
import dev.atlvs.pipeline.testing.ManningFixtures;
import dev.atlvs.pipeline.testing.SalesFixtures;
import dev.atlvs.programming.testing.Festival;
import dev.atlvs.programming.testing.LineupFixtures;
import dev.atlvs.programming.testing.ProgrammingFixtures;
import dev.atlvs.programming.testing.RiderFixtures;
import dev.atlvs.testing.Fixtures;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code atlvs seed}: realistic demo data for N organizations, written through the SDK's public API by the modules'
 * fixture builders, so every rule of the database holds and every write is audited. Each organization gets an owner and
 * four members, a staffed festival build (project, tasks, crew plan), a three-day festival programme (stages, events,
 * the tent's lineup, the headliner's riders), a year of sales (pipelines, clients, deals, activities, won projects) and
 * invoices.
 *
 * <p>Names, amounts and the shape of the data follow {@code --seed}: the same seed writes the same rows. E-mail
 * addresses and organization slugs carry a tag of the run, so that seeding a database again adds to it. Encrypted
 * columns (tax ids, bank accounts, personal details) are left empty, and the fixtures that fill them (contracted
 * performers, personal records) are not used, unless the host's field keys are given ({@code --field-keys-aead} and
 * {@code --field-keys-prf}, cleartext Tink keysets of a development database): then each organization also gets a
 * contracted headliner and a touring crew with certifications and emergency contacts.
 */
@Command(name = "seed", mixinStandardHelpOptions = true,
        description = {"Write realistic demo data for N organizations through the SDK (every rule and the audit hold): "
                + "per organization an owner and four members, a staffed festival build, a three-day festival programme, "
                + "a year of sales and invoices. Prints what it created: organizations, users, rows per table.",
                "The same --seed writes the same data; e-mail addresses and slugs carry a tag of the run. Encrypted "
                        + "columns are left empty unless the host's field keys are given (--field-keys-aead, --field-keys-prf). "
                        + "A progress bar is drawn on stderr when a terminal is attached."})
final class SeedCommand implements Callable<Integer> {

    /** The steps of one organization, for the progress bar. */
    private static final int STEPS = 5;

    /** The day the touring crew's certifications are judged on: fixed, so that a seed writes the same rows any day. */
    private static final LocalDate CREW_DAY = LocalDate.of(2026, 6, 1);

    @Mixin
    DatabaseOptions database;

    @Option(names = "--organizations", defaultValue = "3", paramLabel = "N",
            description = "how many organizations to create, 1 to 1000 (default ${DEFAULT-VALUE})")
    int organizations;

    @Option(names = "--seed", defaultValue = "2026", paramLabel = "S",
            description = "the seed of the random data: the same seed writes the same data (default ${DEFAULT-VALUE})")
    long seed;

    @Option(names = "--output", defaultValue = "text", paramLabel = "FORMAT", description = "text (default) or json")
    OutputFormat output;

    @Option(names = "--field-keys-aead", defaultValue = "${env:ATLVS_FIELD_KEYS_AEAD}", paramLabel = "FILE",
            description = "the host's keyset of the encrypted columns (AES256_SIV), a cleartext Tink JSON keyset, for a "
                    + "development database (env ATLVS_FIELD_KEYS_AEAD); with --field-keys-prf, the seed also writes "
                    + "encrypted values: contracted performers and crews with emergency contacts")
    Path aeadKeyset;

    @Option(names = "--field-keys-prf", defaultValue = "${env:ATLVS_FIELD_KEYS_PRF}", paramLabel = "FILE",
            description = "the host's keyset of the blind indexes (HMAC_SHA256_PRF), a cleartext Tink JSON keyset "
                    + "(env ATLVS_FIELD_KEYS_PRF)")
    Path prfKeyset;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (organizations < 1 || organizations > 1000) {
            throw new ParameterException(spec.commandLine(), "--organizations must be between 1 and 1000, was " + organizations);
        }
        if ((aeadKeyset == null) != (prfKeyset == null)) {
            throw new ParameterException(spec.commandLine(), "--field-keys-aead and --field-keys-prf go together: name both keysets or neither");
        }
        Optional<FieldKeys> keys = aeadKeyset == null ? Optional.empty() : Optional.of(fieldKeys());
        try (DatabaseOptions options = database) {
            options.report().requireReady();
            Atlvs.Builder builder = Atlvs.builder(options.ownerDataSource());
            keys.ifPresent(builder::fieldKeys);
            Atlvs atlvs = builder.build();
            Fixtures fixtures = new Fixtures(atlvs, seed);
            String run = runTag();
            List<DemoOrganization> created = new ArrayList<>();
            int steps = STEPS + (keys.isPresent() ? 1 : 0);
            try (Progress progress = Progress.start(organizations * steps)) {
                for (int i = 1; i <= organizations; i++) {
                    int index = i;
                    created.add(seedOne(atlvs, fixtures, run, i, keys.isPresent(),
                            done -> progress.step("organization " + index + "/" + organizations + ": " + done)));
                }
            }
            Map<String, Long> rows = rows(created);
            print(created, rows);
            return 0;
        }
    }

    private DemoOrganization seedOne(Atlvs atlvs, Fixtures fixtures, String run, int index, boolean encrypted, Consumer<String> step) {
        int[] users = {0};
        java.util.function.Supplier<User> newUser = () -> {
            users[0]++;
            User template = fixtures.userBuilder().build();
            String local = template.email().substring(0, template.email().indexOf('@')).replaceAll("\\.\\d+$", "");
            return atlvs.platform().registerUser(User.builder().from(template)
                    .email(local + "." + run + "." + index + "." + users[0] + "@example.com").build());
        };
        String name = fixtures.faker().company().name() + " Productions";
        User owner = newUser.get();
        String slug = (name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", ""));
        slug = slug.substring(0, Math.min(slug.length(), 40)).replaceAll("-+$", "") + "-" + run + "-" + index;
        Platform.CreatedOrganization organization = atlvs.platform().createOrganization(
                fixtures.organizationBuilder(name).slug(slug).build(), owner.id());
        DemoOrganization org = new DemoOrganization(atlvs, organization.organization(), owner, newUser);
        org.addMember(MemberRole.MANAGER);
        org.addMember(MemberRole.CONTRIBUTOR);
        org.addMember(MemberRole.CONTRIBUTOR);
        org.addMember(MemberRole.VIEWER);
        step.accept("members");

        ManningFixtures.staffedFestivalBuild(org);
        step.accept("crew plan");

        Festival festival = ProgrammingFixtures.festival(org);
        LineupFixtures.tentFriday(org, festival);
        RiderFixtures.headliner(org, festival);
        step.accept("programme");

        SalesFixtures.salesYear(org, seed * 31 + index);
        step.accept("sales year");

        FinanceFixtures.issuedInvoice(org);
        FinanceFixtures.draftInvoice(org);
        step.accept("invoices");

        if (encrypted) {
            LineupFixtures.mainStageFriday(org, festival);
            PeopleFixtures.crew(org, CREW_DAY);
            step.accept("contracted headliner and touring crew");
        }
        return org;
    }

    /** The host's keysets, read from their files. */
    private FieldKeys fieldKeys() {
        try {
            return FieldKeys.of(keyset(aeadKeyset), keyset(prfKeyset));
        } catch (IllegalArgumentException wrongKind) {
            throw new ParameterException(spec.commandLine(), "--field-keys-aead must name an AES256_SIV keyset and --field-keys-prf "
                    + "a PRF keyset: " + wrongKind.getMessage());
        }
    }

    private KeysetHandle keyset(Path file) {
        try {
            DeterministicAeadConfig.register();
            PrfConfig.register();
            return TinkJsonProtoKeysetFormat.parseKeyset(Files.readString(file), InsecureSecretKeyAccess.get());
        } catch (IOException | GeneralSecurityException failure) {
            throw new ParameterException(spec.commandLine(), "cannot read the keyset " + file + " as a cleartext Tink JSON keyset: "
                    + failure.getMessage());
        }
    }

    /** Rows of the seeded organizations per tenant table, counted in each organization's own transaction. */
    private Map<String, Long> rows(List<DemoOrganization> created) {
        List<String> tables = new ArrayList<>();
        try (Connection connection = database.ownerDataSource().getConnection();
                Statement statement = connection.createStatement();
                ResultSet names = statement.executeQuery(
                        "select table_name from atlvs.registered_tables where scope = 'tenant' order by table_name")) {
            while (names.next()) {
                tables.add(names.getString(1));
            }
        } catch (SQLException failure) {
            throw DatabaseOptions.failure(failure, "listing the tenant tables");
        }
        Map<String, Long> rows = new TreeMap<>();
        for (DemoOrganization org : created) {
            org.asOwner(tx -> {
                for (String table : tables) {
                    long count = tx.handle().createQuery("select count(*) from atlvs.\"" + table.replace("\"", "\"\"") + "\"")
                            .mapTo(Long.class).one();
                    if (count > 0) {
                        rows.merge(table, count, Long::sum);
                    }
                }
                return null;
            });
        }
        return rows;
    }

    private void print(List<DemoOrganization> created, Map<String, Long> rows) {
        PrintWriter out = spec.commandLine().getOut();
        int users = created.stream().mapToInt(DemoOrganization::usersCreated).sum();
        long total = rows.values().stream().mapToLong(Long::longValue).sum();
        switch (output) {
            case TEXT -> {
                out.printf("created %d %s (seed %d):%n", created.size(), created.size() == 1 ? "organization" : "organizations", seed);
                for (DemoOrganization org : created) {
                    out.printf("  %s  %s  (%d users)%n", org.organization().slug(), org.organization().name(), org.usersCreated());
                }
                out.printf("users: %d%n", users);
                out.printf("rows per table (%d in all):%n", total);
                int width = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
                rows.forEach((table, count) -> out.printf("  %-" + width + "s  %d%n", table, count));
            }
            case JSON -> {
                JsonObject root = new JsonObject();
                root.addProperty("seed", seed);
                JsonArray orgs = new JsonArray();
                for (DemoOrganization org : created) {
                    JsonObject entry = new JsonObject();
                    entry.addProperty("id", org.id().toString());
                    entry.addProperty("name", org.organization().name());
                    entry.addProperty("slug", org.organization().slug());
                    entry.addProperty("users", org.usersCreated());
                    orgs.add(entry);
                }
                root.add("organizations", orgs);
                root.addProperty("users", users);
                JsonObject tables = new JsonObject();
                rows.forEach(tables::addProperty);
                root.add("rows", tables);
                out.println(new GsonBuilder().setPrettyPrinting().create().toJson(root));
            }
        }
    }

    /** Six random base-36 characters that keep this run's e-mail addresses and slugs apart from earlier runs'. */
    private static String runTag() {
        SecureRandom random = new SecureRandom();
        StringBuilder tag = new StringBuilder();
        for (int i = 0; i < 6; i++) {
            tag.append(Character.forDigit(random.nextInt(36), 36));
        }
        return tag.toString();
    }

    /** A progress bar on stderr when a terminal is attached; nothing otherwise. */
    private static final class Progress implements AutoCloseable {
        private final ProgressBar bar;

        private Progress(ProgressBar bar) {
            this.bar = bar;
        }

        static Progress start(int steps) {
            if (System.console() == null) {
                return new Progress(null);
            }
            return new Progress(new ProgressBarBuilder().setTaskName("Seeding").setInitialMax(steps)
                    .setStyle(ProgressBarStyle.ASCII).setConsumer(new ConsoleProgressBarConsumer(System.err, 100)).build());
        }

        void step(String done) {
            if (bar != null) {
                bar.step();
                bar.setExtraMessage(done);
            }
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
            }
        }
    }
}
