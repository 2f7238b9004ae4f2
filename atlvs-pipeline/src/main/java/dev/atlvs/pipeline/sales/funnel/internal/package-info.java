/** Row mappers of the funnel reads; public only for Jdbi. */
package dev.atlvs.pipeline.sales.funnel.internal;
