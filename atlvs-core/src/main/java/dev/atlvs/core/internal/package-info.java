/** Public for technical reasons only: Jdbi configuration and the core table catalog. Not API. */
package dev.atlvs.core.internal;
