/**
 * Throughput under load ({@code -Dbench.suite=throughput}): a mixed workload of task operations ({@link
 * dev.atlvs.benchmarks.throughput.Operation}) with a Zipf skew over tenants ({@link
 * dev.atlvs.benchmarks.throughput.TenantSkew}) at several numbers of client threads on one fixed-size pool, through
 * the SDK and through hand-written JDBC in alternating slices.
 *
 * <pre>{@code
 * ./mvnw -B -q -Pbenchmarks -pl atlvs-benchmarks -am verify -DskipTests -Dbench.suite=throughput
 * }</pre>
 *
 * <p>{@link dev.atlvs.benchmarks.throughput.ThroughputSuite} writes {@code throughput.md} and {@code throughput.json}
 * ({@link dev.atlvs.benchmarks.throughput.ThroughputRun}) into {@code target/benchmarks}.
 */
package dev.atlvs.benchmarks.throughput;
