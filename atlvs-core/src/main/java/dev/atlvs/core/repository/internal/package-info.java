/** Public for technical reasons only: the engine's SQL, error translation and validation. Not API. */
package dev.atlvs.core.repository.internal;
