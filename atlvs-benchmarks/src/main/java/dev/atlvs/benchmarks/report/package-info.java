/**
 * The benchmark report: {@link dev.atlvs.benchmarks.report.Report} renders {@code report.md} and its PNG charts
 * (JFreeChart) from the JSON files of a run alone, so that a committed run can be rendered again.
 *
 * <pre>{@code
 * ./mvnw -B -q -Pbenchmarks -pl atlvs-benchmarks -am verify -DskipTests -Dbench.suite=report
 * }</pre>
 */
package dev.atlvs.benchmarks.report;
