/**
 * The interleaved ratio suite: {@link dev.atlvs.benchmarks.compare.Interleaved} measures the variants of each
 * comparison in alternating blocks over several forked JVMs, keeping every call's latency and each block's CPU time
 * (the measuring thread's, and the PostgreSQL backends' read by {@link dev.atlvs.benchmarks.compare.BackendCpu});
 * {@link dev.atlvs.benchmarks.compare.RatioAnalysis} turns them into percentiles, CPU time per call and ratios B / A with
 * bootstrap confidence intervals; {@link dev.atlvs.benchmarks.compare.RatioSuite} sets the comparisons up.
 *
 * <pre>{@code
 * ./mvnw -B -q -Pbenchmarks -pl atlvs-benchmarks -am verify -DskipTests -Dbench.suite=ratios
 * }</pre>
 */
package dev.atlvs.benchmarks.compare;
