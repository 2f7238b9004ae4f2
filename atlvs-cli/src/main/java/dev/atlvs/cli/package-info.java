/**
 * The {@code atlvs} command-line tool ({@link dev.atlvs.cli.AtlvsCli}), one runnable jar with every module:
 * {@code migrate}, {@code info}, {@code verify}, {@code maintenance}, {@code seed} and {@code erd}.
 */
package dev.atlvs.cli;
