package dev.atlvs.people.company;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.people.PeoplePermissions;
import dev.atlvs.people.PeopleRules;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The operations on companies beyond a single write: adding and changing them with the permission their status
 * needs, blacklisting (the {@code people.companies.manage} permission and a reason, recorded on the audit trail) and
 * reinstating, and the detection of likely duplicates.
 *
 * <pre>{@code
 * CompanyService companies = new CompanyService(tx);
 * Company rigging = companies.add(Company.builder().organizationId(tx.organizationId()).name("Northern Rigging")
 *         .isVendor(true).website("https://www.northern-rigging.example").taxId("GB123456789").build());
 * companies.blacklist(rigging.id(), "Unsafe rigging practice at the Harbour Festival");
 * List<DuplicatePair> suspects = companies.likelyDuplicates();
 * }</pre>
 */
public final class CompanyService {
    private final TenantTransaction tx;

    public CompanyService(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /** Adds a company; a blacklisted one needs {@code people.companies.manage}. */
    public Company add(Company company) {
        tx.require(PeoplePermissions.COMPANIES_CREATE);
        if (company.status() == CompanyStatus.BLACKLISTED) {
            tx.require(PeoplePermissions.COMPANIES_MANAGE, PeopleRules.COMPANIES_BLACKLIST_MANAGE);
        }
        return companies().insert(company);
    }

    /** The live company. */
    public Company get(UUID id) {
        return companies().get(id);
    }

    /** Writes a changed company; blacklisting it or taking it off the blacklist needs {@code people.companies.manage}. */
    public Company update(Company company) {
        tx.require(PeoplePermissions.COMPANIES_UPDATE);
        Company stored = companies().get(company.id());
        if ((stored.status() == CompanyStatus.BLACKLISTED) != (company.status() == CompanyStatus.BLACKLISTED)) {
            tx.require(PeoplePermissions.COMPANIES_MANAGE, PeopleRules.COMPANIES_BLACKLIST_MANAGE);
        }
        return companies().update(company);
    }

    /**
     * Moves a company to another status. Moves are free, except that blacklisting goes through {@link #blacklist}, and
     * taking a company off the blacklist (which clears the reason) needs {@code people.companies.manage}.
     *
     * @throws IllegalArgumentException for {@link CompanyStatus#BLACKLISTED}: use {@link #blacklist}
     */
    public Company changeStatus(UUID id, CompanyStatus target) {
        requireNonNull(target, "target is null");
        if (target == CompanyStatus.BLACKLISTED) {
            throw new IllegalArgumentException("blacklisting needs a reason: use blacklist(id, reason)");
        }
        tx.require(PeoplePermissions.COMPANIES_UPDATE);
        Company company = companies().get(id);
        if (company.status() == CompanyStatus.BLACKLISTED) {
            tx.require(PeoplePermissions.COMPANIES_MANAGE, PeopleRules.COMPANIES_BLACKLIST_MANAGE);
        }
        return companies().update(Company.builder().from(company).status(target).blacklistReason(Optional.empty()).build());
    }

    /**
     * Blacklists a company for {@code reason}, kept on the company and on the audit rows of the change. Needs
     * {@code people.companies.manage}. A blacklisted company's contracts are not activated.
     */
    public Company blacklist(UUID id, String reason) {
        tx.require(PeoplePermissions.COMPANIES_MANAGE, PeopleRules.COMPANIES_BLACKLIST_MANAGE);
        Company company = companies().get(id);
        Company blacklisted = Company.builder().from(company).status(CompanyStatus.BLACKLISTED).blacklistReason(reason).build();
        return tx.withAuditReason(reason, () -> companies().update(blacklisted));
    }

    /** The live companies with the same tax id, the same normalized name or the same web domain, as pairs with the reason. */
    public List<DuplicatePair> likelyDuplicates() {
        return findDuplicates(companies().live(), Optional.empty());
    }

    /**
     * Like {@link #likelyDuplicates()}, and also the pairs whose names are at least {@code similarity} alike (trigram
     * similarity of the normalized names, 0 to 1; 0.6 finds "Nordlicht Buehnen" for "Nordlicht Bühnen").
     */
    public List<DuplicatePair> likelyDuplicates(double similarity) {
        if (!(similarity > 0 && similarity <= 1)) {
            throw new IllegalArgumentException("the similarity is above 0 and at most 1");
        }
        return findDuplicates(companies().live(), Optional.of(similarity));
    }

    /**
     * The likely duplicates among {@code companies}, computed without the database: each pair once, the older company
     * first, with the strongest reason (tax id, then name, then domain, then similar name).
     */
    public static List<DuplicatePair> findDuplicates(List<Company> companies, Optional<Double> similarity) {
        requireNonNull(companies, "companies is null");
        requireNonNull(similarity, "similarity is null");
        List<Company> sorted = companies.stream().sorted((a, b) -> a.id().compareTo(b.id())).toList();
        Map<String, DuplicatePair> pairs = new HashMap<>();
        List<DuplicatePair> found = new ArrayList<>();
        group(sorted, c -> c.taxId(), DuplicatePair.Reason.SAME_TAX_ID, pairs, found);
        group(sorted, c -> Optional.of(CompanyNames.normalize(c.name())).filter(name -> !name.isEmpty()), DuplicatePair.Reason.SAME_NAME,
                pairs, found);
        group(sorted, c -> c.website().flatMap(CompanyNames::domain), DuplicatePair.Reason.SAME_DOMAIN, pairs, found);
        if (similarity.isPresent()) {
            for (int i = 0; i < sorted.size(); i++) {
                for (int j = i + 1; j < sorted.size(); j++) {
                    if (CompanyNames.similarity(sorted.get(i).name(), sorted.get(j).name()) >= similarity.get()) {
                        add(sorted.get(i), sorted.get(j), DuplicatePair.Reason.SIMILAR_NAME, pairs, found);
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    private static void group(List<Company> sorted, Function<Company, Optional<String>> key, DuplicatePair.Reason reason,
            Map<String, DuplicatePair> pairs, List<DuplicatePair> found) {
        Map<String, List<Company>> groups = new HashMap<>();
        for (Company company : sorted) {
            key.apply(company).ifPresent(value -> groups.computeIfAbsent(value, k -> new ArrayList<>()).add(company));
        }
        Set<String> seen = new HashSet<>();
        for (Company company : sorted) {
            Optional<String> value = key.apply(company);
            if (value.isEmpty() || !seen.add(value.get())) {
                continue;
            }
            List<Company> group = groups.get(value.get());
            for (int i = 0; i < group.size(); i++) {
                for (int j = i + 1; j < group.size(); j++) {
                    add(group.get(i), group.get(j), reason, pairs, found);
                }
            }
        }
    }

    private static void add(Company first, Company second, DuplicatePair.Reason reason, Map<String, DuplicatePair> pairs,
            List<DuplicatePair> found) {
        String key = first.id() + "/" + second.id();
        if (!pairs.containsKey(key)) {
            DuplicatePair pair = new DuplicatePair(first.id(), second.id(), reason);
            pairs.put(key, pair);
            found.add(pair);
        }
    }

    private CompanyRepository companies() {
        return tx.repository(CompanyRepository.class);
    }
}
