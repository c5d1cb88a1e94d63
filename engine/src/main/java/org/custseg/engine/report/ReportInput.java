package org.custseg.engine.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Everything {@link HtmlReport} shows, as plain immutable values. The report does not depend on how segments,
 * profiles or recommendations were computed: the command line fills this from the engine's results, and any other
 * caller can fill it from its own.
 *
 * <p>Segment order is the order of {@link #segments()}; every per-segment array below uses it.
 *
 * @param title the report title
 * @param sourceName the data source shown under the title (e.g. the CSV file name)
 * @param rows the number of input rows
 * @param facts short "label: value" facts about the run (algorithm, k, criterion, settings), in display order
 * @param segments the segments with persona, size, description
 * @param attributes the numeric attributes profiled, in display order
 * @param standardizedMeans [segment][attribute] standardized difference of the segment mean against the population
 *            ({@code NaN} when undefined)
 * @param segmentMeans [segment][attribute] segment means in original units
 * @param populationMeans [attribute] population means in original units
 * @param attributeValues [attribute][row] the raw values used for the box plots ({@code NaN} = missing)
 * @param rowSegments [row] the 0-based index into {@link #segments()} of each row, -1 for rows without a segment
 * @param kSelection the automatic-k scan ({@code null} when k was fixed)
 * @param actions the recommended actions, in display order within each segment
 * @param notes data-preparation notes (used and skipped columns, dropped rows, warnings), shown in the method section
 * @param footer a short provenance line (engine version, settings)
 * @param stability the stability per segment ({@code null} when not assessed)
 * @param diagnostics segmentation diagnostics (silhouette plot, PCA scatter) shown after the k selection, in order;
 *            empty for none
 */
public record ReportInput(String title, String sourceName, int rows, List<Fact> facts, List<Segment> segments,
    List<String> attributes, double[][] standardizedMeans, double[][] segmentMeans, double[] populationMeans,
    double[][] attributeValues, int[] rowSegments, KSelection kSelection, List<Action> actions, List<String> notes,
    String footer, Stability stability, List<Diagnostic> diagnostics) {

    /**
     * A report without a stability section and without diagnostic charts.
     *
     * @param title see the record
     * @param sourceName see the record
     * @param rows see the record
     * @param facts see the record
     * @param segments see the record
     * @param attributes see the record
     * @param standardizedMeans see the record
     * @param segmentMeans see the record
     * @param populationMeans see the record
     * @param attributeValues see the record
     * @param rowSegments see the record
     * @param kSelection see the record
     * @param actions see the record
     * @param notes see the record
     * @param footer see the record
     */
    public ReportInput(final String title, final String sourceName, final int rows, final List<Fact> facts,
        final List<Segment> segments, final List<String> attributes, final double[][] standardizedMeans,
        final double[][] segmentMeans, final double[] populationMeans, final double[][] attributeValues,
        final int[] rowSegments, final KSelection kSelection, final List<Action> actions, final List<String> notes,
        final String footer) {
        this(title, sourceName, rows, facts, segments, attributes, standardizedMeans, segmentMeans, populationMeans,
            attributeValues, rowSegments, kSelection, actions, notes, footer, null, List.of());
    }

    /**
     * @param stability the stability per segment, or {@code null}
     * @return a copy with that stability
     */
    public ReportInput withStability(final Stability stability) {
        return new ReportInput(title, sourceName, rows, facts, segments, attributes, standardizedMeans, segmentMeans,
            populationMeans, attributeValues, rowSegments, kSelection, actions, notes, footer, stability, diagnostics);
    }

    /**
     * @param diagnostics the diagnostic charts (silhouette plot, PCA scatter), in order; empty for none
     * @return a copy with those charts
     */
    public ReportInput withDiagnostics(final List<Diagnostic> diagnostics) {
        return new ReportInput(title, sourceName, rows, facts, segments, attributes, standardizedMeans, segmentMeans,
            populationMeans, attributeValues, rowSegments, kSelection, actions, notes, footer, stability, diagnostics);
    }

    /**
     * A diagnostic chart of the segmentation.
     *
     * @param id the section's anchor
     * @param heading the section heading
     * @param lead one or two sentences saying how to read the chart
     * @param image the chart
     * @param alt the image's text alternative
     */
    public record Diagnostic(String id, String heading, String lead, DiagnosticCharts.Image image, String alt) {
    }

    /**
     * Validates shapes and copies arrays.
     */
    public ReportInput {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(sourceName, "sourceName");
        facts = List.copyOf(facts);
        segments = List.copyOf(segments);
        attributes = List.copyOf(attributes);
        actions = List.copyOf(actions);
        notes = List.copyOf(notes);
        footer = footer == null ? "" : footer;
        diagnostics = diagnostics == null ? List.of() : List.copyOf(diagnostics);
        final int k = segments.size();
        final int a = attributes.size();
        standardizedMeans = copy(standardizedMeans, k, a, "standardizedMeans");
        segmentMeans = copy(segmentMeans, k, a, "segmentMeans");
        populationMeans = populationMeans.clone();
        if (populationMeans.length != a) {
            throw new IllegalArgumentException("populationMeans has " + populationMeans.length + " values for " + a
                + " attributes");
        }
        attributeValues = copy(attributeValues, a, rowSegments.length, "attributeValues",
            attributeValues == ADOPTED.get());
        rowSegments = rowSegments.clone();
        if (stability != null && stability.meanJaccard().length != k) {
            throw new IllegalArgumentException("stability has " + stability.meanJaccard().length + " segments, expected "
                + k);
        }
        for (final int s : rowSegments) {
            if (s < -1 || s >= k) {
                throw new IllegalArgumentException("rowSegments holds " + s + " but there are " + k + " segments");
            }
        }
    }

    /** The attribute values {@link #adopting} hands over without a copy (set only during that call). */
    private static final ThreadLocal<double[][]> ADOPTED = new ThreadLocal<>();

    /**
     * The canonical constructor, except that the attribute values are taken over instead of copied (at a million
     * rows a copy is some 8 MB per attribute, all alive at once next to the caller's); the caller must not change
     * them afterwards. Shapes are checked as by the constructor.
     *
     * @param title see the record
     * @param sourceName see the record
     * @param rows see the record
     * @param facts see the record
     * @param segments see the record
     * @param attributes see the record
     * @param standardizedMeans see the record
     * @param segmentMeans see the record
     * @param populationMeans see the record
     * @param attributeValues see the record; kept, not copied
     * @param rowSegments see the record
     * @param kSelection see the record
     * @param actions see the record
     * @param notes see the record
     * @param footer see the record
     * @param stability see the record
     * @param diagnostics see the record
     * @return the report input
     */
    public static ReportInput adopting(final String title, final String sourceName, final int rows,
        final List<Fact> facts, final List<Segment> segments, final List<String> attributes,
        final double[][] standardizedMeans, final double[][] segmentMeans, final double[] populationMeans,
        final double[][] attributeValues, final int[] rowSegments, final KSelection kSelection,
        final List<Action> actions, final List<String> notes, final String footer, final Stability stability,
        final List<Diagnostic> diagnostics) {
        ADOPTED.set(attributeValues);
        try {
            return new ReportInput(title, sourceName, rows, facts, segments, attributes, standardizedMeans,
                segmentMeans, populationMeans, attributeValues, rowSegments, kSelection, actions, notes, footer,
                stability, diagnostics);
        } finally {
            ADOPTED.remove();
        }
    }

    private static double[][] copy(final double[][] m, final int rows, final int cols, final String name) {
        return copy(m, rows, cols, name, false);
    }

    /** @param keep {@code true} to check the shape only and return {@code m} itself */
    private static double[][] copy(final double[][] m, final int rows, final int cols, final String name,
        final boolean keep) {
        if (m.length != rows) {
            throw new IllegalArgumentException(name + " has " + m.length + " rows, expected " + rows);
        }
        final double[][] c = new double[rows][];
        for (int i = 0; i < rows; i++) {
            if (m[i].length != cols) {
                throw new IllegalArgumentException(
                    name + "[" + i + "] has " + m[i].length + " values, expected " + cols);
            }
            c[i] = keep ? m[i] : m[i].clone();
        }
        return keep ? m : c;
    }

    /** @return a deep copy of the standardized means */
    @Override
    public double[][] standardizedMeans() {
        return deep(standardizedMeans);
    }

    /** @return a deep copy of the segment means */
    @Override
    public double[][] segmentMeans() {
        return deep(segmentMeans);
    }

    /** @return a copy of the population means */
    @Override
    public double[] populationMeans() {
        return populationMeans.clone();
    }

    /** @return a deep copy of the attribute values */
    @Override
    public double[][] attributeValues() {
        return deep(attributeValues);
    }

    /** @return a copy of the row → segment index array */
    @Override
    public int[] rowSegments() {
        return rowSegments.clone();
    }

    /** A deep copy of a matrix; package-internal, also used by {@link ProfileReportParts}. */
    static double[][] deep(final double[][] m) {
        final double[][] c = new double[m.length][];
        for (int i = 0; i < m.length; i++) {
            c[i] = m[i].clone();
        }
        return c;
    }

    /** Package-internal access without copying, for the renderer. */
    double[][] valuesNoCopy() {
        return attributeValues;
    }

    /** Package-internal access without copying, for the renderer. */
    int[] rowSegmentsNoCopy() {
        return rowSegments;
    }

    /** Package-internal access without copying, for the renderer. */
    double[][] standardizedNoCopy() {
        return standardizedMeans;
    }

    /**
     * One "label: value" line of the run overview.
     *
     * @param label e.g. "Algorithm"
     * @param value e.g. "k-means (k-means++, 10 restarts)"
     */
    public record Fact(String label, String value) {
    }

    /**
     * One segment.
     *
     * @param name the segment's name, e.g. "Segment 1"
     * @param persona the persona name, e.g. "High-limit digital"
     * @param size number of customers
     * @param share fraction of all customers with a segment, in [0, 1]
     * @param description the one-line description of what distinguishes it
     * @param topAttributes its distinguishing attributes, most distinguishing first
     */
    public record Segment(String name, String persona, int size, double share, String description,
        List<String> topAttributes) {
        /** Copies the list. */
        public Segment {
            topAttributes = List.copyOf(topAttributes);
        }
    }

    /**
     * One recommended action for one segment.
     *
     * @param segment the 0-based index into {@link ReportInput#segments()}
     * @param ruleId the playbook rule id ("" when no rule matched)
     * @param action the action
     * @param team the owning team
     * @param channel the channel
     * @param priority the priority (1 = highest), or 0 when none
     * @param kpi the KPI to watch
     * @param rationale the evidence for the action
     */
    public record Action(int segment, String ruleId, String action, String team, String channel, int priority,
        String kpi, String rationale) {
    }

    /**
     * The automatic-k scan.
     *
     * @param criterionLabel the criterion that chose k, e.g. "Silhouette (higher is better)"
     * @param ks the k values tried, ascending
     * @param criterionValues the criterion at each k ({@code NaN} when undefined)
     * @param chosenK the k chosen
     * @param tableHeader column headers of the full scan table
     * @param tableRows the full scan table, already formatted
     */
    public record KSelection(String criterionLabel, int[] ks, double[] criterionValues, int chosenK,
        List<String> tableHeader, List<List<String>> tableRows) {
        /** Copies arrays and lists. */
        public KSelection {
            ks = ks.clone();
            criterionValues = criterionValues.clone();
            if (ks.length != criterionValues.length) {
                throw new IllegalArgumentException("ks and criterionValues differ in length");
            }
            tableHeader = List.copyOf(tableHeader);
            final List<List<String>> rowsCopy = new ArrayList<>();
            for (final List<String> r : tableRows) {
                rowsCopy.add(List.copyOf(r));
            }
            tableRows = List.copyOf(rowsCopy);
        }

        /** @return a copy of the k values */
        @Override
        public int[] ks() {
            return ks.clone();
        }

        /** @return a copy of the criterion values */
        @Override
        public double[] criterionValues() {
            return criterionValues.clone();
        }
    }

    /**
     * Segment stability by resampling, one value per segment in segment order.
     *
     * @param description how it was measured, e.g. "20 bootstrap resamples"
     * @param meanJaccard per segment, the mean Jaccard similarity with its best match in the resamples
     * @param minJaccard per segment, the smallest
     * @param dissolved per segment, resamples in which it dissolved (Jaccard at most 0.5)
     * @param verdicts per segment, the verdict in words
     * @param overall the size-weighted mean of {@code meanJaccard}
     */
    public record Stability(String description, double[] meanJaccard, double[] minJaccard, int[] dissolved,
        List<String> verdicts, double overall) {
        /** Copies arrays and checks lengths. */
        public Stability {
            meanJaccard = meanJaccard.clone();
            minJaccard = minJaccard.clone();
            dissolved = dissolved.clone();
            verdicts = List.copyOf(verdicts);
            if (minJaccard.length != meanJaccard.length || dissolved.length != meanJaccard.length
                || verdicts.size() != meanJaccard.length) {
                throw new IllegalArgumentException("stability arrays differ in length");
            }
        }

        /**
         * @param r the engine's stability result
         * @return the report's view of it
         */
        public static Stability of(final org.custseg.engine.stability.StabilityResult r) {
            final int k = r.segments().size();
            final double[] mean = new double[k];
            final double[] min = new double[k];
            final int[] dissolved = new int[k];
            final List<String> verdicts = new ArrayList<>();
            for (int s = 0; s < k; s++) {
                final org.custseg.engine.stability.StabilityResult.Segment seg = r.segment(s);
                mean[s] = seg.meanJaccard();
                min[s] = seg.minJaccard();
                dissolved[s] = seg.dissolved();
                verdicts.add(seg.verdict().words());
            }
            return new Stability(r.resamples() + " " + (r.method() == org.custseg.engine.stability.StabilityConfig
                .Method.BOOTSTRAP ? "bootstrap resamples (customers drawn at random with replacement)"
                    : "random halves"), mean, min, dissolved, verdicts, r.overall());
        }

        /** @return a copy of the means */
        @Override
        public double[] meanJaccard() {
            return meanJaccard.clone();
        }

        /** @return a copy of the minima */
        @Override
        public double[] minJaccard() {
            return minJaccard.clone();
        }

        /** @return a copy of the dissolution counts */
        @Override
        public int[] dissolved() {
            return dissolved.clone();
        }
    }
}
