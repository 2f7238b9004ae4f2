/**
 * Public for technical reasons only: the projects table and entity-type catalogs (registered as
 * services) and helpers of the value types. Not API.
 */
package dev.atlvs.projects.internal;
