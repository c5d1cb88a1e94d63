package org.custseg.engine.migration;

import java.util.List;

/**
 * The outcome of {@link SegmentMigration#compare}.
 *
 * @param segments the segments of the matrix, in order ({@link SegmentMigration#NO_SEGMENT} for customers without
 *            one)
 * @param counts {@code counts[from][to]}: customers in both tables, by segment before and after
 * @param changes one row per customer who moved, is new or is gone, in the order: movers (previous table order),
 *            new customers (current table order), gone customers (previous table order)
 * @param fingerprint the model fingerprint both tables share, or {@code null} when neither says
 * @param stayed customers in both tables in the same segment
 */
public record MigrationResult(List<String> segments, int[][] counts, List<Change> changes, String fingerprint,
    int stayed) {

    /** Copies. */
    public MigrationResult {
        segments = List.copyOf(segments);
        final int[][] c = new int[counts.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = counts[i].clone();
        }
        counts = c;
        changes = List.copyOf(changes);
    }

    /** What happened to a customer. */
    public enum Status {
        /** in both tables, in another segment now. */
        MOVED,
        /** only in the current table. */
        NEW,
        /** only in the previous table. */
        GONE
    }

    /**
     * One customer who moved, is new or is gone.
     *
     * @param id customer id
     * @param status what happened
     * @param fromSegment segment before ({@code null} for a new customer)
     * @param fromPersona persona before (may be null)
     * @param toSegment segment after ({@code null} for a gone customer)
     * @param toPersona persona after (may be null)
     * @param moves names of the matching named moves (empty when none)
     */
    public record Change(String id, Status status, String fromSegment, String fromPersona, String toSegment,
        String toPersona, List<String> moves) {
        /** Copies the list. */
        public Change {
            moves = List.copyOf(moves);
        }
    }

    /** @return a copy of the counts */
    @Override
    public int[][] counts() {
        final int[][] c = new int[counts.length][];
        for (int i = 0; i < c.length; i++) {
            c[i] = counts[i].clone();
        }
        return c;
    }

    /**
     * @param from row index
     * @param to column index
     * @return the share of the customers of segment {@code from} (before, still present) now in {@code to}; NaN when
     *         the row is empty
     */
    public double share(final int from, final int to) {
        int total = 0;
        for (final int c : counts[from]) {
            total += c;
        }
        return total == 0 ? Double.NaN : counts[from][to] / (double) total;
    }

    /**
     * @param status a status
     * @return how many changes have it
     */
    public long count(final Status status) {
        return changes.stream().filter(c -> c.status() == status).count();
    }
}
