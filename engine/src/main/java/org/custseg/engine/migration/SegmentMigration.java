package org.custseg.engine.migration;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.custseg.engine.SegmentationException;

/**
 * Compares two scored tables of the same model (e.g. last month's and this month's scheduled run), joined by
 * customer id: the transition matrix (counts; shares per previous segment), every customer who moved with from/to
 * segment and persona, customers new in the current table and gone from it, and for each mover the named moves
 * ({@link NamedMove}) that describe the change. Tables scored by different models (fingerprints differ) are refused:
 * their segment numbers mean different things.
 */
public final class SegmentMigration {

    /** The matrix row and column of customers without a segment. */
    public static final String NO_SEGMENT = "(no segment)";

    private static final Pattern NUMBERED = Pattern.compile("Segment (\\d{1,9})");

    private SegmentMigration() {
    }

    /**
     * @param before the previous scored table
     * @param after the current scored table
     * @param moves named moves to flag (may be empty)
     * @return the migration
     * @throws SegmentationException when the fingerprints differ, or an id is empty or appears twice in one table
     */
    public static MigrationResult compare(final ScoredCustomers before, final ScoredCustomers after,
        final List<NamedMove> moves) throws SegmentationException {
        if (before.fingerprint() != null && after.fingerprint() != null
            && !before.fingerprint().equals(after.fingerprint())) {
            throw new SegmentationException("The two tables were scored by different models: " + before.name()
                + " by model " + before.fingerprint() + ", " + after.name() + " by model " + after.fingerprint()
                + ". Segment numbers of different models mean different things; score both periods with the same"
                + " saved model (Segment Assigner) to compare them.");
        }
        final Map<String, Integer> rowBefore = index(before);
        final Map<String, Integer> rowAfter = index(after);
        final List<String> segments = segmentOrder(before, after);
        final Map<String, Integer> pos = new HashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            pos.put(segments.get(i), i);
        }
        final int[][] counts = new int[segments.size()][segments.size()];
        final List<MigrationResult.Change> changes = new ArrayList<>();
        final List<MigrationResult.Change> gone = new ArrayList<>();
        int stayed = 0;
        for (int r = 0; r < before.ids().size(); r++) {
            final String id = before.ids().get(r).trim();
            final String from = segment(before, r);
            final String fromPersona = persona(before, r);
            final Integer a = rowAfter.get(id);
            if (a == null) {
                gone.add(new MigrationResult.Change(id, MigrationResult.Status.GONE, from, fromPersona, null, null,
                    List.of()));
                continue;
            }
            final String to = segment(after, a);
            final String toPersona = persona(after, a);
            counts[pos.get(from)][pos.get(to)]++;
            if (from.equals(to)) {
                stayed++;
                continue;
            }
            final List<String> names = new ArrayList<>();
            for (final NamedMove m : moves) {
                if (m.matches(from, fromPersona, to, toPersona) && !names.contains(m.name())) {
                    names.add(m.name());
                }
            }
            changes.add(new MigrationResult.Change(id, MigrationResult.Status.MOVED, from, fromPersona, to, toPersona,
                names));
        }
        for (int r = 0; r < after.ids().size(); r++) {
            final String id = after.ids().get(r).trim();
            if (!rowBefore.containsKey(id)) {
                changes.add(new MigrationResult.Change(id, MigrationResult.Status.NEW, null, null, segment(after, r),
                    persona(after, r), List.of()));
            }
        }
        changes.addAll(gone);
        return new MigrationResult(segments, counts, changes,
            before.fingerprint() != null ? before.fingerprint() : after.fingerprint(), stayed);
    }

    private static Map<String, Integer> index(final ScoredCustomers t) throws SegmentationException {
        final Map<String, Integer> m = new HashMap<>();
        for (int r = 0; r < t.ids().size(); r++) {
            final String id = t.ids().get(r) == null ? "" : t.ids().get(r).trim();
            if (id.isEmpty()) {
                throw new SegmentationException(t.name() + ", row " + (r + 1) + ": the customer id is empty; every"
                    + " row needs an id to be matched between the two runs.");
            }
            final Integer prev = m.put(id, r);
            if (prev != null) {
                throw new SegmentationException(t.name() + ": customer id \"" + id + "\" appears in rows "
                    + (prev + 1) + " and " + (r + 1) + "; ids must be unique to match customers between runs.");
            }
        }
        return m;
    }

    private static String segment(final ScoredCustomers t, final int r) {
        final String s = t.segments().get(r);
        return s == null || s.isBlank() ? NO_SEGMENT : s.trim();
    }

    private static String persona(final ScoredCustomers t, final int r) {
        if (t.personas() == null) {
            return null;
        }
        final String p = t.personas().get(r);
        return p == null || p.isBlank() ? null : p.trim();
    }

    /** "Segment n" by n, then other names in order of first appearance, then {@link #NO_SEGMENT}. */
    private static List<String> segmentOrder(final ScoredCustomers before, final ScoredCustomers after) {
        final Map<String, Boolean> seen = new LinkedHashMap<>();
        for (final ScoredCustomers t : List.of(before, after)) {
            for (int r = 0; r < t.ids().size(); r++) {
                seen.put(segment(t, r), true);
            }
        }
        final List<String> numbered = new ArrayList<>();
        final List<String> other = new ArrayList<>();
        boolean none = false;
        for (final String s : seen.keySet()) {
            if (s.equals(NO_SEGMENT)) {
                none = true;
            } else if (NUMBERED.matcher(s).matches()) {
                numbered.add(s);
            } else {
                other.add(s);
            }
        }
        numbered.sort((x, y) -> Integer.compare(number(x), number(y)));
        final List<String> out = new ArrayList<>(numbered);
        out.addAll(other);
        if (none) {
            out.add(NO_SEGMENT);
        }
        return out;
    }

    private static int number(final String s) {
        final Matcher m = NUMBERED.matcher(s);
        return m.matches() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }
}
