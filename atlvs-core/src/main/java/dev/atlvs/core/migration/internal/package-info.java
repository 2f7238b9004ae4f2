/** Checks of a database's set-up, shared by the migrations and the SDK's start-up. Not public API. */
package dev.atlvs.core.migration.internal;
