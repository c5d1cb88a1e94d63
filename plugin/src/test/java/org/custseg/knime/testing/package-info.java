/**
 * Test support for node models, usable from any test framework (no JUnit dependency):
 * {@link org.custseg.knime.testing.NodeModelHarness} runs a model through settings, configure and execute the
 * way KNIME's framework does and checks the configured specs against the executed outputs;
 * {@link org.custseg.knime.testing.CancelAfterChecksMonitor} cancels after a number of cancellation checks;
 * {@link org.custseg.knime.testing.TestTables} builds small tables. Written against the KNIME API double;
 * the harness reaches protected {@code NodeModel} methods reflectively and sets input flow variables through a
 * private field of the double's {@code NodeModel}.
 */
package org.custseg.knime.testing;
