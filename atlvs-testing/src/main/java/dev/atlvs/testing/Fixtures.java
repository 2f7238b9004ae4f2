package dev.atlvs.testing;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.Platform;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.user.User;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import net.datafaker.Faker;

/**
 * Realistic data built through the SDK's own API, for tests of the SDK and of its users. Names come
 * from Datafaker with a fixed seed, so a run is reproducible; emails and slugs carry a counter, so they
 * never collide.
 *
 * <pre>{@code
 * OrganizationFixture acme = fixtures.organization("Acme Live");
 * User crewChief = acme.addMember(MemberRole.MANAGER);
 * acme.as(crewChief, tx -> tx.repository(LocationRepository.class).page(PageRequest.first()));
 * }</pre>
 */
public final class Fixtures {
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private final Atlvs atlvs;
    private final Faker faker;

    public Fixtures(Atlvs atlvs) {
        this(atlvs, 20_260_101L);
    }

    public Fixtures(Atlvs atlvs, long seed) {
        this.atlvs = requireNonNull(atlvs, "atlvs is null");
        this.faker = new Faker(Locale.ENGLISH, new Random(seed));
    }

    /** The SDK these fixtures write through. */
    public Atlvs atlvs() {
        return atlvs;
    }

    /** The Datafaker instance, for realistic values of one's own. */
    public Faker faker() {
        return faker;
    }

    /** A builder for a user with a realistic name and a unique email, not yet registered. */
    public dev.atlvs.core.user.ImmutableUser.Builder userBuilder() {
        String first = faker.name().firstName();
        String last = faker.name().lastName();
        long n = SEQUENCE.incrementAndGet();
        return User.builder()
                .displayName(first + " " + last)
                .email((first + "." + last + "." + n).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9.]", "") + "@example.com");
    }

    /** A registered user with a realistic name. */
    public User user() {
        return atlvs.platform().registerUser(userBuilder().build());
    }

    /** A builder for an organization named like a production company, with a unique slug. */
    public dev.atlvs.core.organization.ImmutableOrganization.Builder organizationBuilder(String name) {
        String slug = (name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "")
                + "-" + SEQUENCE.incrementAndGet());
        if (slug.length() > 63) {
            slug = slug.substring(slug.length() - 63).replaceAll("^-+", "");
        }
        return Organization.builder().name(name).slug(slug);
    }

    /** A new organization with a realistic name and a new owner. */
    public OrganizationFixture organization() {
        return organization(faker.company().name() + " Productions");
    }

    /** A new organization called {@code name}, with a new owner. */
    public OrganizationFixture organization(String name) {
        User owner = user();
        Platform.CreatedOrganization created = atlvs.platform().createOrganization(organizationBuilder(name).build(), owner.id());
        return new OrganizationFixture(this, created.organization(), owner, created.owner());
    }
}
