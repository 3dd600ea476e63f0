/**
 * The {@code fiks} command-line tool, packaged as one executable jar ({@code fiks-cli/target/fiks.jar}): receive
 * forsendelser from SvarInn, index and search Fiks Innsyn, check the Fiks specs, and run the embedded Fiks
 * simulator or a one-command demo against it. The entry point is {@link io.github.fiksclients.cli.FiksMain}.
 */
package io.github.fiksclients.cli;
