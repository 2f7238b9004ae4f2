/**
 * Entity-relationship diagrams of the {@code atlvs} schema, read from a migrated database's catalog and written as
 * Mermaid {@code erDiagram} blocks, one Markdown file per module.
 *
 * <pre>{@code
 * SchemaDiagrams diagrams = SchemaDiagrams.read(ownerDataSource, AtlvsModules.installed());
 * diagrams.write(Path.of("docs/erd"));                  // README.md and one <module>.md per module
 * List<DiagramDrift> drift = diagrams.compare(Path.of("docs/erd"));   // empty when the files are current
 * }</pre>
 *
 * <p>From a terminal: {@code atlvs erd --out docs/erd} ({@link dev.atlvs.cli.erd.ErdCommand}).
 */
package dev.atlvs.cli.erd;
