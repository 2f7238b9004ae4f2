package dev.atlvs.examples.httphost;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.Atlvs;
import dev.atlvs.core.Platform.CreatedOrganization;
import dev.atlvs.core.apikey.ApiKeyService;
import dev.atlvs.core.apikey.IssuedApiKey;
import dev.atlvs.core.organization.ImmutableOrganization;
import dev.atlvs.core.organization.Organization;
import dev.atlvs.core.user.User;
import dev.atlvs.finance.account.ChartOfAccounts;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sets up a new customer of the service: the owner's user (found by e-mail, or registered), the organization
 * (through the platform API, the one door across tenants), the standard chart of accounts that issuing invoices
 * posts to, and a first API key of the owner, shown once.
 */
final class Bootstrap {
    private Bootstrap() {}

    /** What a new organization needs; {@code baseCurrency}, {@code timezone} and {@code scopes} are optional. */
    record NewOrganization(String name, String slug, String ownerEmail, String ownerName, String baseCurrency, String timezone,
            List<String> scopes) {}

    /** The organization, its owner and the owner's first key, whose {@code secret} is shown only here. */
    record Created(UUID organizationId, String slug, UUID ownerUserId, UUID apiKeyId, String apiKeyPrefix, List<String> scopes,
            String apiKey) {
        @Override
        public String toString() {
            return "Created[organization " + organizationId + ", key " + apiKeyPrefix + "]";
        }
    }

    static Created organization(Atlvs atlvs, NewOrganization request) {
        requireNonNull(request, "request is null");
        Input input = new Input("Organization");
        input.required("name", request.name());
        input.required("slug", request.slug());
        input.required("ownerEmail", request.ownerEmail());
        input.required("ownerName", request.ownerName());
        if (request.scopes() != null && request.scopes().isEmpty()) {
            input.invalid("scopes", "Size", "must hold at least one permission pattern");
        }
        input.throwIfAny();
        User owner = atlvs.platform().findUserByEmail(request.ownerEmail()).orElseGet(() -> atlvs.platform()
                .registerUser(User.builder().email(request.ownerEmail()).displayName(request.ownerName()).build()));
        ImmutableOrganization.Builder organization = Organization.builder().name(request.name()).slug(request.slug());
        Optional.ofNullable(request.baseCurrency()).ifPresent(organization::baseCurrency);
        Optional.ofNullable(request.timezone()).ifPresent(organization::timezone);
        CreatedOrganization created = atlvs.platform().createOrganization(organization.build(), owner.id());
        UUID organizationId = created.organization().id();
        List<String> scopes = request.scopes() == null ? List.of("*") : request.scopes();
        IssuedApiKey key = atlvs.inTenant(organizationId, owner.id(), tx -> {
            new ChartOfAccounts(tx).installStandard();
            return new ApiKeyService(tx).issue("Bootstrap key", new LinkedHashSet<>(scopes), Optional.empty());
        });
        return new Created(organizationId, created.organization().slug(), owner.id(), key.apiKey().id(), key.apiKey().keyPrefix(),
                key.apiKey().scopes(), key.secret());
    }
}
