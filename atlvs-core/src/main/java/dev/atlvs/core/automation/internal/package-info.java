/**
 * What the automation engine needs that is public only for technical reasons: reading the JSON of rules.
 */
package dev.atlvs.core.automation.internal;
