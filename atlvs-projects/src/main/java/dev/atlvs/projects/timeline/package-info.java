/**
 * Timelines: a project's phases, run-of-show schedules and immutable baselines.
 *
 * <pre>{@code
 * TimelineRepository timelines = tx.repository(TimelineRepository.class);
 * Timeline loadIn = timelines.insert(Timeline.builder().organizationId(tx.organizationId()).projectId(festival.id())
 *         .name("Load-in").startsAt(monday).endsAt(thursday).color("#1E90FF").build());
 * timelines.insert(Timeline.builder().organizationId(tx.organizationId()).projectId(festival.id())
 *         .name("Baseline 1").kind(TimelineKind.BASELINE).baselineOf(loadIn.id())
 *         .startsAt(monday).endsAt(thursday).snapshot("{\"tasks\": []}").build());
 * }</pre>
 */
package dev.atlvs.projects.timeline;
