/** The people module's declaration; public only for the service loader. */
package dev.atlvs.people.internal;
