/**
 * Gap-free document numbering per organization, kind of document and year.
 *
 * <pre>{@code
 * long n = new DocumentNumbers(tx).next("invoice", 2026);                 // 1, 2, 3...
 * String number = new DocumentNumbers(tx).format("invoice", "INV", 2026); // INV-2026-000002
 * }</pre>
 */
package dev.atlvs.finance.numbering;
