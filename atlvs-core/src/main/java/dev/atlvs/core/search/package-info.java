/**
 * Full-text search: one index that every module registers its searchable tables into, queried from a tenant
 * transaction. A module registers a table in its migration with {@code atlvs.register_search_source} and declares
 * the same {@link dev.atlvs.core.search.SearchSource} in {@code AtlvsModule.searchSources()}; a trigger keeps the
 * index in step with every write. See {@code docs/search.md}.
 *
 * <pre>{@code
 * SearchPage page = tx.search().query(SearchQuery.of("jose muller").types("location").limit(20));
 * page.hits().forEach(hit -> System.out.println(hit.title() + " (" + hit.rank() + ", " + hit.matchedBy() + ")"));
 * if (page.hasNext()) {
 *     SearchPage next = tx.search().query(SearchQuery.of("jose muller").types("location").after(page.nextPageToken().get()));
 * }
 * }</pre>
 */
package dev.atlvs.core.search;
