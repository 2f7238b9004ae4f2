/** The pipeline module's declaration; public only for the service loader. */
package dev.atlvs.pipeline.internal;
