/**
 * The {@code segment} command line: {@link org.custseg.engine.cli.SegmentCli} parses the options
 * ({@link org.custseg.engine.cli.CliParser}), runs the pipeline ({@link org.custseg.engine.cli.SegmentJob}: CSV,
 * segmentation, profile, recommendations) and writes the CSV files, the model and the HTML report
 * ({@link org.custseg.engine.cli.OutputWriter}). Launched by the {@code segment} script at the repository root.
 */
package org.custseg.engine.cli;
