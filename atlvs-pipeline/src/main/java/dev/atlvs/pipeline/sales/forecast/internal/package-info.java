/** Row mappers of the forecast reads; public only for Jdbi. */
package dev.atlvs.pipeline.sales.forecast.internal;
