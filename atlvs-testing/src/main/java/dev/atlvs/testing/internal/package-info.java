/**
 * How the test servers are started and reached; not an API. Classes here are public only because
 * {@link dev.atlvs.testing.TestDatabases} uses them, and may change in any release.
 */
package dev.atlvs.testing.internal;
