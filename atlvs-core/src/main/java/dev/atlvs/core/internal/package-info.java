/** Public for technical reasons only: Jdbi configuration, the core table catalog and the mapping of stored events. Not API. */
package dev.atlvs.core.internal;
