/** The programming module's declaration; public only for the service loader. */
package dev.atlvs.programming.internal;
