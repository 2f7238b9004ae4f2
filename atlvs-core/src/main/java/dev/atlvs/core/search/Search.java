package dev.atlvs.core.search;

import static java.util.Objects.requireNonNull;

import dev.atlvs.core.TenantTransaction;
import dev.atlvs.core.error.CoreErrorCode;
import dev.atlvs.core.error.FieldViolation;
import dev.atlvs.core.error.ValidationException;
import dev.atlvs.core.module.AtlvsModules;
import dev.atlvs.core.permission.Permission;
import dev.atlvs.core.search.internal.PageToken;
import dev.atlvs.core.validation.internal.StorableText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;

/**
 * Full-text search over the records of the transaction's organization that the installed modules make searchable
 * ({@link SearchSource}): accents and case ignored, words stemmed in the organization's text search configuration
 * ({@code organizations.search_configuration}), typos and prefixes of titles and subtitles matched by spelling
 * similarity, hits ranked and paged. Obtained from {@link TenantTransaction#search()}.
 *
 * <pre>{@code
 * SearchPage page = tx.search().query(SearchQuery.of("joao riger").types("person").limit(20));
 * for (SearchHit hit : page.hits()) {
 *     System.out.println(hit.entityType() + " " + hit.title() + " " + hit.matchedBy());
 * }
 * }</pre>
 *
 * <p><b>What is returned.</b> Only records of the transaction's organization (row-level security, and the query's
 * own filter), and only of the entity types whose table the actor may read: a source's table is read with the
 * permission its module declares in {@link dev.atlvs.core.module.AtlvsModule#readPermissions()} (a table without one
 * is readable by every member). A query that names a type the actor may not read is refused with an
 * {@link dev.atlvs.core.error.AccessDeniedException}; a query that names none searches the readable types only.
 * Records soft-deleted are not indexed.
 *
 * <p><b>Order and pages.</b> Hits come by rank, highest first, then by entity type and id; pages are cut by keyset
 * after the last hit of the previous page (its rank, type and id, carried in the page token), so that a document
 * indexed or removed between two pages neither repeats nor skips the hits that stay where they were.
 */
public final class Search {

    private static final String SUBJECT = "SearchQuery";

    private final TenantTransaction tx;

    /** The search of the organization of {@code tx}. */
    public Search(TenantTransaction tx) {
        this.tx = requireNonNull(tx, "tx is null");
    }

    /** The searchable entity types of the installed modules. */
    public static Map<String, SearchSource> sources() {
        return AtlvsModules.installed().searchSources();
    }

    /**
     * One page of the hits of {@code query}.
     *
     * @throws ValidationException naming every broken field: {@code text} blank ({@code NotBlank}), longer than
     *         {@value SearchQuery#MAX_TEXT_LENGTH} ({@code Size}) or not storable ({@code StorableText}); {@code limit}
     *         below 1 ({@code Min}) or above {@value SearchQuery#MAX_LIMIT} ({@code Max}); {@code types} naming a type no
     *         module makes searchable ({@code SearchSource}); {@code pageToken} not a token of this query ({@code PageToken})
     * @throws dev.atlvs.core.error.AccessDeniedException when the query names a type the actor may not read
     */
    public SearchPage query(SearchQuery query) {
        requireNonNull(query, "query is null");
        Map<String, SearchSource> sources = sources();
        List<FieldViolation> violations = new ArrayList<>();
        String text = query.text();
        if (text == null || text.isBlank()) {
            violations.add(new FieldViolation("text", "NotBlank", "must not be blank"));
        } else if (text.length() > SearchQuery.MAX_TEXT_LENGTH) {
            violations.add(new FieldViolation("text", "Size", "must be at most " + SearchQuery.MAX_TEXT_LENGTH + " characters"));
        } else if (!StorableText.storable(text)) {
            violations.add(new FieldViolation("text", StorableText.RULE, StorableText.MESSAGE));
        }
        if (query.limit() < 1) {
            violations.add(new FieldViolation("limit", "Min", "must be at least 1"));
        } else if (query.limit() > SearchQuery.MAX_LIMIT) {
            violations.add(new FieldViolation("limit", "Max", "must be at most " + SearchQuery.MAX_LIMIT));
        }
        if (!sources.keySet().containsAll(query.types())) {
            violations.add(new FieldViolation("types", "SearchSource", "must name searchable entity types only"));
        }
        Optional<PageToken> after = Optional.empty();
        if (query.pageToken().isPresent() && violations.isEmpty()) {
            after = PageToken.decode(query.pageToken().get())
                    .filter(token -> token.fingerprint().equals(PageToken.fingerprint(text, query.types())));
            if (after.isEmpty()) {
                violations.add(new FieldViolation("pageToken", "PageToken", "must be a page token of the same query"));
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(CoreErrorCode.VALIDATION_FAILED, SUBJECT, violations);
        }

        TreeSet<String> types = new TreeSet<>();
        if (query.types().isEmpty()) {
            sources.values().stream().filter(source -> readPermission(source).map(tx.permissions()::allows).orElse(true))
                    .forEach(source -> types.add(source.entityType()));
        } else {
            for (String type : query.types()) {
                readPermission(sources.get(type)).ifPresent(tx::require);
                types.add(type);
            }
        }
        if (types.isEmpty()) {
            return new SearchPage(List.of(), Optional.empty());
        }

        PageToken position = after.orElse(null);
        List<Row> rows = tx.handle().createQuery("""
                        select entity_type, id, title, subtitle, score, matched_words, matched_spelling
                          from atlvs.search(:text, cast(:types as text[]), cast(:afterScore as bigint), cast(:afterType as text),
                                            cast(:afterId as uuid), :pageSize)
                        """)
                .bind("text", text)
                .bind("types", types.toArray(new String[0]))
                .bind("afterScore", position == null ? null : position.score())
                .bind("afterType", position == null ? null : position.entityType())
                .bind("afterId", position == null ? null : position.id())
                .bind("pageSize", query.limit() + 1)
                .map((resultSet, context) -> new Row(resultSet.getString("entity_type"), resultSet.getObject("id", UUID.class),
                        resultSet.getString("title"), resultSet.getString("subtitle"), resultSet.getLong("score"),
                        resultSet.getBoolean("matched_words"), resultSet.getBoolean("matched_spelling")))
                .list();
        boolean more = rows.size() > query.limit();
        List<Row> page = more ? rows.subList(0, query.limit()) : rows;
        List<SearchHit> hits = page.stream().map(Row::hit).toList();
        Optional<String> next = Optional.empty();
        if (more) {
            Row last = page.get(page.size() - 1);
            next = Optional.of(new PageToken(last.score(), last.entityType(), last.id(), PageToken.fingerprint(text, query.types())).encode());
        }
        return new SearchPage(hits, next);
    }

    private static Optional<Permission> readPermission(SearchSource source) {
        String table = source.table().name();
        return AtlvsModules.installed().owner(table).flatMap(module -> Optional.ofNullable(module.readPermissions().get(table)));
    }

    private record Row(String entityType, UUID id, String title, String subtitle, long score, boolean words, boolean spelling) {
        SearchHit hit() {
            EnumSet<SearchMatch> matched = EnumSet.noneOf(SearchMatch.class);
            if (words) {
                matched.add(SearchMatch.WORDS);
            }
            if (spelling) {
                matched.add(SearchMatch.SPELLING);
            }
            return new SearchHit(entityType, id, title, Optional.ofNullable(subtitle), score / 1_000_000.0, matched);
        }
    }
}
