/** How the SDK names the operations it reports to an observer. Not public API. */
package dev.atlvs.core.observe.internal;
