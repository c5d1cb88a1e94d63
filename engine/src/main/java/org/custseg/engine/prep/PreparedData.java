package org.custseg.engine.prep;


/**
 * The outcome of {@link Preprocessor#fit}: the fitted preprocessing, the scaled rows that take part in clustering,
 * and which input rows they are.
 *
 * @param preprocessing the fitted parameters
 * @param scaled scaled values of the kept rows ({@code [keptRows][features]}); not copied, treat as read-only
 * @param keptRows for each scaled row, its index in the input matrix (ascending)
 * @param report what was done
 */
public record PreparedData(Preprocessing preprocessing, double[][] scaled, int[] keptRows, PreparationReport report) {
}
