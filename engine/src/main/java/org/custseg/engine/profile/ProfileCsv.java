package org.custseg.engine.profile;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes a {@link SegmentProfile} as the three tables of the Segment Profiler (same columns as the node's
 * outputs): {@code profile.csv} (long), {@code segment-summary.csv} and the wide means. RFC 4180 CSV with a header
 * row; numbers in Java's shortest round-trip form; undefined numbers as empty cells.
 */
public final class ProfileCsv {

    /** Columns of the long table. Numeric rows leave the category and share columns empty; nominal rows the
     * numeric statistics. {@code effect_type} is {@code cohens_d} or {@code cramers_v}. */
    public static final List<String> PROFILE_COLUMNS = List.of("segment", "attribute", "category", "n", "missing",
        "mean", "sd", "min", "q1", "median", "q3", "max", "population_mean", "population_sd", "ratio",
        "segment_share", "population_share", "effect", "effect_type", "p_value", "adjusted_p", "level", "note");

    /** Columns of the segment summary ({@code top_attributes} joined with "; "). */
    public static final List<String> SUMMARY_COLUMNS =
        List.of("segment", "persona", "size", "share", "description", "top_attributes");

    private ProfileCsv() {
    }

    /**
     * @param profile the profile
     * @param out the target; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void writeProfile(final SegmentProfile profile, final Writer out) throws IOException {
        final CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180);
        p.printRecord(PROFILE_COLUMNS);
        for (final String segment : profile.segments()) {
            for (final NumericProfileRow r : profile.numericRows()) {
                if (r.segment().equals(segment)) {
                    p.printRecord(r.segment(), r.attribute(), "", r.n(), r.missing(), num(r.mean()), num(r.sd()),
                        num(r.min()), num(r.q1()), num(r.median()), num(r.q3()), num(r.max()),
                        num(r.populationMean()), num(r.populationSd()), num(r.ratio()), "", "", num(r.effect()),
                        "cohens_d", num(r.pValue()), num(r.adjustedP()), r.level().label(), r.note());
                }
            }
            for (final NominalProfileRow r : profile.nominalRows()) {
                if (r.segment().equals(segment)) {
                    p.printRecord(r.segment(), r.attribute(), r.category(), r.count(), r.missing(), "", "", "", "",
                        "", "", "", "", "", "", num(r.segmentShare()), num(r.populationShare()), num(r.cramersV()),
                        "cramers_v", num(r.pValue()), num(r.adjustedP()), "", r.note());
                }
            }
        }
        p.flush();
    }

    /**
     * @param profile the profile
     * @param out the target; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void writeSummary(final SegmentProfile profile, final Writer out) throws IOException {
        final CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180);
        p.printRecord(SUMMARY_COLUMNS);
        for (final SegmentSummary s : profile.summaries()) {
            p.printRecord(s.segment(), s.persona(), s.size(), num(s.share()), s.description(),
                String.join("; ", s.topAttributes()));
        }
        p.flush();
    }

    /**
     * Writes the wide means: a {@code segment} column, then one column per numeric attribute.
     *
     * @param profile the profile
     * @param out the target; flushed, not closed
     * @throws IOException if writing fails
     */
    public static void writeWideMeans(final SegmentProfile profile, final Writer out) throws IOException {
        final CSVPrinter p = new CSVPrinter(out, CSVFormat.RFC4180);
        final List<String> header = new ArrayList<>();
        header.add("segment");
        header.addAll(profile.numericAttributes());
        p.printRecord(header);
        final double[][] means = profile.wideMeans();
        for (int s = 0; s < means.length; s++) {
            final List<String> row = new ArrayList<>();
            row.add(profile.segments().get(s));
            for (final double m : means[s]) {
                row.add(num(m));
            }
            p.printRecord(row);
        }
        p.flush();
    }

    static String num(final double x) {
        return Double.isNaN(x) ? "" : Double.toString(x);
    }
}
