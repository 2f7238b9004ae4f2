/**
 * The projects module of the ATLVS SDK: projects and their tasks, milestones, dependencies, resources,
 * timelines and budgets, with scheduling (dependency graph, critical path on a working calendar),
 * progress and cost logic. Each aggregate lives in its own package, {@code dev.atlvs.projects.<aggregate>}.
 */
package dev.atlvs.projects;
