package org.custseg.engine.model;

import java.util.Arrays;

/**
 * Segments assigned to new rows by {@link SegmentationModel#assign}.
 *
 * @param labels per row, the 0-based segment index, or -1 when the row could not be assigned
 * @param distances per row, Euclidean distance (scaled space) to the assigned segment's centroid, {@code NaN} for
 *            unassigned rows
 * @param memberships EM only: {@code [rows][k]} membership probabilities ({@code NaN} for unassigned rows);
 *            {@code null} for other algorithms
 * @param reasons per row, {@code null} when assigned, otherwise why not (e.g. a missing value under the FAIL or
 *            DROP_ROWS policy)
 */
public record Assignment(int[] labels, double[] distances, double[][] memberships, String[] reasons) {

    /** Copies the arrays. */
    public Assignment {
        labels = labels.clone();
        distances = distances.clone();
        memberships = memberships == null ? null : EmParameters.deepCopy(memberships);
        reasons = reasons.clone();
    }

    @Override
    public int[] labels() {
        return labels.clone();
    }

    @Override
    public double[] distances() {
        return distances.clone();
    }

    @Override
    public double[][] memberships() {
        return memberships == null ? null : EmParameters.deepCopy(memberships);
    }

    @Override
    public String[] reasons() {
        return reasons.clone();
    }

    /** @return number of rows */
    public int rows() {
        return labels.length;
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Assignment a && Arrays.equals(labels, a.labels) && Arrays.equals(distances, a.distances)
            && Arrays.deepEquals(memberships, a.memberships) && Arrays.equals(reasons, a.reasons);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(labels) * 31 + Arrays.hashCode(distances);
    }

    @Override
    public String toString() {
        return "Assignment[rows=" + labels.length + "]";
    }
}
