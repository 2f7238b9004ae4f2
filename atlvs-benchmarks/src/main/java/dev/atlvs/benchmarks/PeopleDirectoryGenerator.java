package dev.atlvs.benchmarks;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.BulkLoad;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.repository.Ids;
import dev.atlvs.core.user.User;
import dev.atlvs.people.certification.PersonCompetency;
import dev.atlvs.people.competency.Competency;
import dev.atlvs.people.person.Person;
import java.io.PrintStream;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A people directory for the search benchmarks, written through the SDK: one organization per call of
 * {@link #generate}, its owner registered and the organization created through the {@link dev.atlvs.core.Platform} API,
 * then, in tenant transactions of {@value #CHUNK} people each, the people, the competencies they hold and their
 * {@code person_competencies}, each table with the SDK's bulk path ({@link BulkLoad}: {@code COPY} into a staging table
 * and one {@code INSERT ... SELECT} under row-level security). The database's own triggers derive each person's
 * {@code skills} from their competencies and keep {@code atlvs.search_documents}; nothing here writes the index.
 *
 * <p>The people are crew of live events from four regions (Portuguese, German, Nordic, Spanish names, accents
 * included), with a job title, a department, a city of their region (now and then of another), an e-mail address unique
 * in the organization and an E.164 mobile number of the city's country. About {@value #SKILLED_PERCENT} % of them hold
 * one to three competencies.
 */
final class PeopleDirectoryGenerator {

    static final int CHUNK = 20_000;
    static final int SKILLED_PERCENT = 40;

    /** A generated person, as the benchmark picks its queries from them. */
    record GeneratedPerson(String firstName, String lastName, String email, String city) {}

    /** One generated organization. */
    record Directory(UUID organizationId, UUID ownerId, String name, List<GeneratedPerson> people, long personCompetencies,
            long millis) {}

    private record Region(String name, int weight, String[] firstNames, String[] lastNames, City[] cities) {}

    private record City(String name, String country, String mobilePrefix, int digits) {}

    private static final Region[] REGIONS = {
        new Region("portuguese", 30,
                new String[] {"João", "José", "António", "Francisco", "Pedro", "Tiago", "Gonçalo", "Rui", "Luís", "Miguel",
                    "Fábio", "Sérgio", "Vítor", "Ana", "Maria", "Inês", "Beatriz", "Catarina", "Mariana", "Leonor", "Sofia",
                    "Joana", "Conceição", "Raquel", "Débora"},
                new String[] {"Souza", "Silva", "Santos", "Ferreira", "Pereira", "Oliveira", "Costa", "Rodrigues", "Martins",
                    "Jesus", "Sousa", "Fernandes", "Gonçalves", "Gomes", "Lopes", "Marques", "Alves", "Almeida", "Ribeiro",
                    "Pinto", "Carvalho", "Teixeira", "Moreira", "Correia", "Mendes", "Nunes", "Simões", "Magalhães", "Araújo",
                    "Azevedo"},
                new City[] {new City("Lisboa", "PT", "+3519", 8), new City("Porto", "PT", "+3519", 8),
                    new City("Braga", "PT", "+3519", 8), new City("Coimbra", "PT", "+3519", 8), new City("Faro", "PT", "+3519", 8),
                    new City("São Paulo", "BR", "+55119", 8)}),
        new Region("german", 25,
                new String[] {"Lukas", "Jonas", "Felix", "Maximilian", "Niklas", "Tobias", "Matthias", "Stefan", "Jürgen",
                    "Jörg", "Günther", "Uwe", "Dieter", "Anna", "Lena", "Hannah", "Sophie", "Marie", "Katharina", "Jana", "Ute",
                    "Bärbel", "Jutta", "Mareike", "Henrike"},
                new String[] {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner", "Becker", "Schulz",
                    "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann", "Schwarz",
                    "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Krause", "Köhler",
                    "Weiß"},
                new City[] {new City("Berlin", "DE", "+4915", 9), new City("Hamburg", "DE", "+4916", 9),
                    new City("München", "DE", "+4917", 9), new City("Köln", "DE", "+4915", 9), new City("Leipzig", "DE", "+4916", 9),
                    new City("Frankfurt am Main", "DE", "+4917", 9), new City("Wien", "AT", "+43664", 7),
                    new City("Zürich", "CH", "+4179", 7)}),
        new Region("nordic", 20,
                new String[] {"Søren", "Björn", "Lars", "Anders", "Erik", "Nils", "Mikael", "Jörgen", "Kjell", "Øystein",
                    "Håkan", "Magnús", "Ørjan", "Åsa", "Ingrid", "Astrid", "Sigríður", "Karin", "Linnéa", "Maja", "Freja",
                    "Sunniva", "Märta", "Elin", "Tove"},
                new String[] {"Johansson", "Andersson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsen", "Hansen",
                    "Jørgensen", "Pedersen", "Sørensen", "Nielsen", "Kristiansen", "Lindqvist", "Lindström", "Bergström",
                    "Åberg", "Öberg", "Sjöberg", "Halvorsen", "Haugen", "Dahl", "Solberg", "Bjørnstad", "Gunnarsdóttir",
                    "Sigurðsson", "Jónsson", "Holm", "Ekström", "Lundqvist"},
                new City[] {new City("Stockholm", "SE", "+467", 8), new City("Göteborg", "SE", "+467", 8),
                    new City("Malmö", "SE", "+467", 8), new City("København", "DK", "+452", 7), new City("Aarhus", "DK", "+453", 7),
                    new City("Oslo", "NO", "+474", 7), new City("Bergen", "NO", "+479", 7),
                    new City("Reykjavík", "IS", "+3548", 6), new City("Helsinki", "FI", "+35840", 7)}),
        new Region("spanish", 25,
                new String[] {"José", "Juan", "Javier", "Álvaro", "Sergio", "Raúl", "Andrés", "Jesús", "Ramón", "Íñigo",
                    "Pablo", "Diego", "Carlos", "María", "Lucía", "Sofía", "Marta", "Elena", "Paula", "Ángela", "Inés", "Belén",
                    "Nuria", "Rocío", "Begoña"},
                new String[] {"Álvarez", "García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez",
                    "Pérez", "Gómez", "Martín", "Jiménez", "Ruiz", "Hernández", "Díaz", "Moreno", "Muñoz", "Romero", "Alonso",
                    "Gutiérrez", "Navarro", "Torres", "Domínguez", "Vázquez", "Ramos", "Gil", "Ramírez", "Serrano", "Blanco",
                    "Núñez"},
                new City[] {new City("Madrid", "ES", "+346", 8), new City("Barcelona", "ES", "+346", 8),
                    new City("Sevilla", "ES", "+346", 8), new City("Valencia", "ES", "+346", 8), new City("Bilbao", "ES", "+346", 8),
                    new City("Málaga", "ES", "+346", 8), new City("A Coruña", "ES", "+346", 8),
                    new City("Ciudad de México", "MX", "+5255", 8)}),
    };

    /** Job titles and the department each belongs to, the common ones repeated. */
    private static final String[][] TITLES = {
        {"Rigger", "Rigging"}, {"Rigger", "Rigging"}, {"Head Rigger", "Rigging"}, {"Climbing Rigger", "Rigging"},
        {"A1 Audio Engineer", "Audio"}, {"A2 Audio Engineer", "Audio"}, {"FOH Engineer", "Audio"}, {"Monitor Engineer", "Audio"},
        {"Stage Manager", "Stage"}, {"Assistant Stage Manager", "Stage"}, {"Stagehand", "Stage"}, {"Stagehand", "Stage"},
        {"Lighting Designer", "Lighting"}, {"Lighting Technician", "Lighting"}, {"Lighting Programmer", "Lighting"},
        {"Follow Spot Operator", "Lighting"}, {"Video Engineer", "Video"}, {"LED Technician", "Video"},
        {"Camera Operator", "Video"}, {"Runner", "Production"}, {"Runner", "Production"}, {"Production Manager", "Production"},
        {"Production Assistant", "Production"}, {"Tour Manager", "Production"}, {"Site Manager", "Site"},
        {"Backline Technician", "Stage"}, {"Carpenter", "Site"}, {"Pyrotechnician", "Special Effects"},
        {"Forklift Operator", "Logistics"}, {"Truck Driver", "Logistics"}, {"Catering Coordinator", "Hospitality"},
        {"Security Supervisor", "Security"}, {"Power Technician", "Site"}};

    static final String[] COMPETENCIES = {"Rigging", "Pyrotechnics", "Forklift", "Dante networking", "First aid",
        "Working at height", "Chain hoist operation", "grandMA3 programming", "DiGiCo consoles", "L-Acoustics systems",
        "d&b audiotechnik systems", "Disguise media servers", "Power distribution", "Truss assembly", "Crowd management",
        "Fire safety", "IPAF MEWP", "Scaffolding", "Stage carpentry", "Wireless RF coordination", "Timecode",
        "Video switching", "Haze and smoke effects", "Motion control automation", "Drone piloting", "Food hygiene",
        "Spanish", "German", "Portuguese", "Swedish"};

    private static final String[] LEVELS = {"beginner", "intermediate", "intermediate", "advanced", "expert"};
    private static final String[] EMPLOYMENT = {"freelance", "freelance", "freelance", "contractor", "full_time", "part_time"};

    private final Atlvs atlvs;
    private final PrintStream out;

    PeopleDirectoryGenerator(Atlvs atlvs, PrintStream out) {
        this.atlvs = atlvs;
        this.out = out;
    }

    /**
     * Creates an organization named {@code name} and loads {@code count} people into it.
     *
     * @param domains the e-mail domains of its people
     */
    Directory generate(String name, String slug, int count, String[] domains, long seed) {
        long started = System.nanoTime();
        Random random = new Random(seed);
        User owner = atlvs.platform().registerUser(User.builder().email("owner@" + slug + ".example").displayName("Owner " + name).build());
        UUID organizationId = atlvs.platform().createOrganization(Organization.builder().id(Ids.newId()).name(name).slug(slug)
                .timezone("Europe/Lisbon").baseCurrency("EUR").build(), owner.id()).organization().id();

        List<UUID> competencies = atlvs.inTenant(organizationId, owner.id(), tx -> {
            List<UUID> ids = new ArrayList<>();
            try (BulkLoad load = tx.bulkLoad(Competency.TABLE, List.of("id", "organization_id", "name", "category"))) {
                for (String competency : COMPETENCIES) {
                    UUID id = Ids.newId();
                    ids.add(id);
                    load.row(id, organizationId, competency, "Crew skills");
                }
                load.finish();
            }
            return ids;
        });

        Map<String, Integer> emailsTaken = new HashMap<>();
        List<GeneratedPerson> people = new ArrayList<>(count);
        long personCompetencies = 0;
        long peopleNanos = 0;
        long competencyNanos = 0;
        for (int from = 0; from < count; from += CHUNK) {
            int to = Math.min(count, from + CHUNK);
            long[] nanos = atlvs.inTenant(organizationId, owner.id(), tx -> {
                long chunkStarted = System.nanoTime();
                List<UUID> ids = new ArrayList<>(to - people.size());
                try (BulkLoad load = tx.bulkLoad(Person.TABLE, List.of("id", "organization_id", "first_name", "last_name", "email",
                        "phone", "title", "department", "employment_type", "city", "country"))) {
                    for (int i = people.size(); i < to; i++) {
                        Region region = pick(random);
                        String first = region.firstNames()[random.nextInt(region.firstNames().length)];
                        String last = region.lastNames()[random.nextInt(region.lastNames().length)];
                        // Most people live in their region; one in eight elsewhere.
                        Region home = random.nextInt(8) == 0 ? REGIONS[random.nextInt(REGIONS.length)] : region;
                        City city = home.cities()[random.nextInt(home.cities().length)];
                        String[] title = TITLES[random.nextInt(TITLES.length)];
                        String email = email(first, last, domains[random.nextInt(domains.length)], emailsTaken);
                        UUID id = Ids.newId();
                        ids.add(id);
                        load.row(id, organizationId, first, last, email, phone(city, random), title[0], title[1],
                                EMPLOYMENT[random.nextInt(EMPLOYMENT.length)], city.name(), city.country());
                        people.add(new GeneratedPerson(first, last, email, city.name()));
                    }
                    load.finish();
                }
                long peopleDone = System.nanoTime();
                long held;
                // A share of the people hold one to three competencies; their skills are derived by the database.
                try (BulkLoad load = tx.bulkLoad(PersonCompetency.TABLE, List.of("id", "organization_id", "person_id", "competency_id",
                        "level"))) {
                    for (UUID person : ids) {
                        if (random.nextInt(100) >= SKILLED_PERCENT) {
                            continue;
                        }
                        Set<UUID> chosen = new LinkedHashSet<>();
                        int n = 1 + random.nextInt(3);
                        while (chosen.size() < n) {
                            chosen.add(competencies.get(random.nextInt(competencies.size())));
                        }
                        for (UUID competency : chosen) {
                            load.row(Ids.newId(), organizationId, person, competency, LEVELS[random.nextInt(LEVELS.length)]);
                        }
                    }
                    held = load.finish();
                }
                return new long[] {peopleDone - chunkStarted, System.nanoTime() - peopleDone, held};
            });
            peopleNanos += nanos[0];
            competencyNanos += nanos[1];
            personCompetencies += nanos[2];
            out.printf(Locale.ROOT, "  %s: %,d / %,d people, %,d person_competencies (people %.1f s, competencies %.1f s)%n", name, to,
                    count, personCompetencies, peopleNanos / 1e9, competencyNanos / 1e9);
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        return new Directory(organizationId, owner.id(), name, List.copyOf(people), personCompetencies, millis);
    }

    /** Vacuums and analyzes the tables the search reads, as autovacuum would after a load; needs the tables' owner. */
    static void vacuum(DataSource owner) {
        try (Connection connection = owner.getConnection(); Statement statement = connection.createStatement()) {
            for (String table : new String[] {"search_documents", "people", "person_competencies", "people_competencies",
                    "organization_members"}) {
                statement.execute("vacuum (analyze) atlvs." + table);
            }
        } catch (SQLException failure) {
            throw new IllegalStateException("vacuum failed: " + failure.getMessage(), failure);
        }
    }

    private static Region pick(Random random) {
        int total = 0;
        for (Region region : REGIONS) {
            total += region.weight();
        }
        int draw = random.nextInt(total);
        for (Region region : REGIONS) {
            draw -= region.weight();
            if (draw < 0) {
                return region;
            }
        }
        throw new AssertionError();
    }

    private static String email(String first, String last, String domain, Map<String, Integer> taken) {
        String base = ascii(first) + "." + ascii(last);
        int n = taken.merge(base + "@" + domain, 1, Integer::sum);
        return (n == 1 ? base : base + n) + "@" + domain;
    }

    private static String phone(City city, Random random) {
        StringBuilder phone = new StringBuilder(city.mobilePrefix());
        for (int d = 0; d < city.digits(); d++) {
            phone.append((char) ('0' + random.nextInt(10)));
        }
        return phone.toString();
    }

    /** Lower-case ASCII: accents removed, ø, æ, ß and ð spelled out. */
    static String ascii(String name) {
        String spelled = name.toLowerCase(Locale.ROOT).replace("ø", "o").replace("æ", "ae").replace("ß", "ss").replace("ð", "d")
                .replace(' ', '-');
        return Normalizer.normalize(spelled, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }

    /** The name as typed without accents: {@code José Álvarez} gives {@code Jose Alvarez}. */
    static String withoutAccents(String text) {
        return Normalizer.normalize(text.replace("ø", "o").replace("Ø", "O").replace("ð", "d"), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
    }
}
