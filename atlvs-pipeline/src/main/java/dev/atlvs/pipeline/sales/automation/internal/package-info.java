/** What pipeline automations need that is public only for technical reasons: the row mapper of their deal queries. */
package dev.atlvs.pipeline.sales.automation.internal;
