/**
 * The annotation processor that derives each value type's {@code Table} declaration at compile time.
 * Add it to the compiler's processor path beside Immutables:
 *
 * <pre>{@code
 * <annotationProcessorPaths>
 *   <path><groupId>org.immutables</groupId><artifactId>value</artifactId></path>
 *   <path><groupId>dev.atlvs</groupId><artifactId>atlvs-processor</artifactId></path>
 * </annotationProcessorPaths>
 * }</pre>
 *
 * and annotate the value type with {@code @Db.Table("things")}; the processor writes {@code ThingTable.TABLE}.
 */
package dev.atlvs.processor;
