/** Public only for technical reasons: the page tokens of {@link dev.atlvs.core.search.Search}. Not API. */
package dev.atlvs.core.search.internal;
