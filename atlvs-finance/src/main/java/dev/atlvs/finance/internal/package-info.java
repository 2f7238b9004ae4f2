/** Public for technical reasons only: the finance table catalog (registered as a service). Not API. */
package dev.atlvs.finance.internal;
