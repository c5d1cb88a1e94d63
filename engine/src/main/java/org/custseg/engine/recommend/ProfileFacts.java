package org.custseg.engine.recommend;

import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import org.custseg.engine.SegmentationException;
import org.custseg.engine.profile.Level;
import org.custseg.engine.profile.ProfileCsv;
import org.custseg.engine.profile.NumericProfileRow;
import org.custseg.engine.profile.SegmentProfile;
import org.custseg.engine.profile.SegmentSummary;

/**
 * What the recommender knows about the segments: per segment its persona, size, share and description, and per
 * segment &times; numeric attribute the mean, population mean, ratio, effect and level. Built directly from a
 * {@link SegmentProfile} ({@link #of}) or, e.g. by a KNIME node reading the profiler's output tables, row by row
 * with the {@link #builder()}. Immutable; segments keep their insertion order.
 */
public final class ProfileFacts {

    /**
     * Facts of one segment.
     *
     * @param segment segment name
     * @param persona persona name (the segment name when unknown)
     * @param size rows in the segment, -1 when unknown
     * @param share size / all rows in [0, 1], NaN when unknown
     * @param description the profiler's one-line description, may be empty
     * @param stability the segment's stability (mean Jaccard over resamples, in [0, 1]), NaN when unknown
     */
    public record SegmentFact(String segment, String persona, int size, double share, String description,
        double stability) {

        /**
         * A segment whose stability is unknown.
         *
         * @param segment segment name
         * @param persona persona name
         * @param size rows, -1 unknown
         * @param share share, NaN unknown
         * @param description description
         */
        public SegmentFact(final String segment, final String persona, final int size, final double share,
            final String description) {
            this(segment, persona, size, share, description, Double.NaN);
        }
    }

    /**
     * Facts of one segment &times; numeric attribute.
     *
     * @param attribute attribute name
     * @param mean segment mean
     * @param populationMean population mean
     * @param ratio segment mean / population mean
     * @param effect Cohen's d against the rest
     * @param level level word
     */
    public record AttributeFact(String attribute, double mean, double populationMean, double ratio, double effect,
        Level level) {
    }

    /**
     * The summary column read as a segment's stability, normalised (lower case, letters and digits only): a column
     * "Stability (mean Jaccard)" as the segmenters and the command line write it, or simply "Stability".
     */
    static final String STABILITY_COLUMN = "stabilitymeanjaccard";

    private final Map<String, SegmentFact> segments;
    private final Map<String, Map<String, AttributeFact>> attributes;
    private final List<String> attributeNames;

    private ProfileFacts(final Builder b) {
        segments = Collections.unmodifiableMap(new LinkedHashMap<>(b.segments));
        final Map<String, Map<String, AttributeFact>> a = new LinkedHashMap<>();
        b.attributes.forEach((k, v) -> a.put(k, Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        attributes = Collections.unmodifiableMap(a);
        attributeNames = List.copyOf(b.attributeNames);
    }

    /**
     * @param profile a profile
     * @return its facts (numeric attributes only; nominal attributes are not used by conditions)
     */
    public static ProfileFacts of(final SegmentProfile profile) {
        final Builder b = builder();
        for (final SegmentSummary s : profile.summaries()) {
            b.segment(s.segment(), s.persona(), s.size(), s.share(), s.description());
        }
        for (final NumericProfileRow r : profile.numericRows()) {
            b.attribute(r.segment(), r.attribute(), r.mean(), r.populationMean(), r.ratio(), r.effect(), r.level());
        }
        return b.build();
    }

    /**
     * @param stability per segment name its stability (mean Jaccard); segments not named keep theirs
     * @return a copy of these facts with the stabilities set
     */
    public ProfileFacts withStability(final Map<String, Double> stability) {
        final Builder b = builder();
        b.segments.putAll(segments);
        attributes.forEach((k, v) -> b.attributes.put(k, new LinkedHashMap<>(v)));
        b.attributeNames.addAll(attributeNames);
        stability.forEach(b::stability);
        return b.build();
    }

    /**
     * Reads the facts back from the profiler's output tables (as written by {@link ProfileCsv} or by the Segment
     * Profiler node), e.g. for a recommender that gets the profile as a table. Column names are matched
     * case-insensitively ignoring spaces and underscores ({@code population_mean} = {@code Population mean}).
     *
     * @param longHeader column names of the long table; needs segment, attribute, mean, population_mean, ratio,
     *            effect and level; rows with a non-empty {@code category} column (nominal rows) are ignored
     * @param longRows the rows of the long table (cells as text; empty = missing)
     * @param summaryHeader column names of the summary table (segment, persona, size, share, description), or
     *            {@code null} when there is none: then sizes and shares are unknown and size/share conditions are
     *            false
     * @param summaryRows the rows of the summary table, ignored when {@code summaryHeader} is {@code null}
     * @return the facts, segments in the order of the summary (else of the long table)
     * @throws SegmentationException naming a missing column, or the row and column of a bad cell
     */
    public static ProfileFacts fromRows(final List<String> longHeader, final List<String[]> longRows,
        final List<String> summaryHeader, final List<String[]> summaryRows) throws SegmentationException {
        final Builder b = builder();
        if (summaryHeader != null) {
            final Map<String, Integer> col = columns(summaryHeader, "segment summary",
                List.of("segment", "persona", "size", "share", "description"));
            for (int r = 0; r < summaryRows.size(); r++) {
                final String[] row = summaryRows.get(r);
                final double size = number(row, col, "size", r, "segment summary");
                b.segment(text(row, col, "segment", r, "segment summary"), cell(row, col.get("persona")),
                    Double.isNaN(size) ? -1 : (int) Math.round(size), number(row, col, "share", r, "segment summary"),
                    cell(row, col.get("description")));
                final String stabilityCol = col.containsKey(STABILITY_COLUMN) ? STABILITY_COLUMN
                    : col.containsKey("stability") ? "stability" : null;
                if (stabilityCol != null) {
                    b.stability(text(row, col, "segment", r, "segment summary"),
                        number(row, col, stabilityCol, r, "segment summary"));
                }
            }
        }
        final Map<String, Integer> col = columns(longHeader, "profile",
            List.of("segment", "attribute", "mean", "populationmean", "ratio", "effect", "level"));
        final Integer category = col.get("category");
        for (int r = 0; r < longRows.size(); r++) {
            final String[] row = longRows.get(r);
            if (category != null && !cell(row, category).isBlank()) {
                continue;
            }
            final String levelText = cell(row, col.get("level"));
            final Level level;
            try {
                level = levelText.isBlank() ? Level.UNDEFINED : Level.parse(levelText);
            } catch (final IllegalArgumentException e) {
                throw new SegmentationException("Profile row " + (r + 1) + ", column \"level\": " + e.getMessage());
            }
            b.attribute(text(row, col, "segment", r, "profile"), text(row, col, "attribute", r, "profile"),
                number(row, col, "mean", r, "profile"), number(row, col, "populationmean", r, "profile"),
                number(row, col, "ratio", r, "profile"), number(row, col, "effect", r, "profile"), level);
        }
        return b.build();
    }

    private static String norm(final String name) {
        return name == null ? "" : name.toLowerCase(java.util.Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static Map<String, Integer> columns(final List<String> header, final String table,
        final List<String> required) throws SegmentationException {
        final Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            col.putIfAbsent(norm(header.get(i)), i);
        }
        for (final String req : required) {
            if (!col.containsKey(req)) {
                throw new SegmentationException("The " + table + " table has no \"" + req + "\" column; connect the "
                    + "Segment Profiler's " + table + " output (columns " + String.join(", ", required) + ").");
            }
        }
        return col;
    }

    private static String cell(final String[] row, final Integer index) {
        return index == null || index >= row.length || row[index] == null ? "" : row[index];
    }

    private static String text(final String[] row, final Map<String, Integer> col, final String name, final int r,
        final String table) throws SegmentationException {
        final String v = cell(row, col.get(name)).trim();
        if (v.isEmpty()) {
            throw new SegmentationException("Row " + (r + 1) + " of the " + table + " table has no " + name
                + "; every row needs one.");
        }
        return v;
    }

    private static double number(final String[] row, final Map<String, Integer> col, final String name, final int r,
        final String table) throws SegmentationException {
        final String v = cell(row, col.get(name)).trim();
        if (v.isEmpty() || v.equals("?")) {
            return Double.NaN;
        }
        try {
            return Double.parseDouble(v);
        } catch (final NumberFormatException e) {
            throw new SegmentationException("Row " + (r + 1) + " of the " + table + " table: column \"" + name
                + "\" holds \"" + v + "\", which is not a number.");
        }
    }

    /** @return an empty builder */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the segment names in order */
    public List<String> segments() {
        return List.copyOf(segments.keySet());
    }

    /** @return every attribute name seen, in first-seen order */
    public List<String> attributes() {
        return attributeNames;
    }

    /**
     * @param segment a segment name
     * @return its facts, {@code null} if unknown
     */
    public SegmentFact segment(final String segment) {
        return segments.get(segment);
    }

    /**
     * @param segment a segment name
     * @param attribute an attribute name (exact)
     * @return the facts, {@code null} if unknown
     */
    public AttributeFact attribute(final String segment, final String attribute) {
        final Map<String, AttributeFact> m = attributes.get(segment);
        return m == null ? null : m.get(attribute);
    }

    /** Collects facts; a segment first mentioned by {@link #attribute} gets unknown size and share. */
    public static final class Builder {
        private final Map<String, SegmentFact> segments = new LinkedHashMap<>();
        private final Map<String, Map<String, AttributeFact>> attributes = new LinkedHashMap<>();
        private final Set<String> attributeNames = new LinkedHashSet<>();

        private Builder() {
        }

        /**
         * Declares or redeclares a segment.
         *
         * @param segment name, not blank
         * @param persona persona, {@code null}/blank = the segment name
         * @param size rows, -1 unknown
         * @param share share in [0, 1], NaN unknown
         * @param description description, may be {@code null}
         * @return this
         */
        public Builder segment(final String segment, final String persona, final int size, final double share,
            final String description) {
            requireName(segment, "segment");
            segments.put(segment, new SegmentFact(segment, persona == null || persona.isBlank() ? segment : persona,
                size, share, description == null ? "" : description));
            attributes.computeIfAbsent(segment, s -> new LinkedHashMap<>());
            return this;
        }

        /**
         * Sets a declared segment's stability.
         *
         * @param segment a segment already declared (else ignored)
         * @param stability mean Jaccard in [0, 1], NaN unknown
         * @return this
         */
        public Builder stability(final String segment, final double stability) {
            final SegmentFact f = segments.get(segment);
            if (f != null) {
                segments.put(segment,
                    new SegmentFact(f.segment(), f.persona(), f.size(), f.share(), f.description(), stability));
            }
            return this;
        }

        /**
         * Adds the facts of one segment &times; numeric attribute.
         *
         * @param segment segment name
         * @param attribute attribute name
         * @param mean segment mean
         * @param populationMean population mean
         * @param ratio mean / population mean
         * @param effect Cohen's d
         * @param level level, {@code null} = {@link Level#UNDEFINED}
         * @return this
         */
        public Builder attribute(final String segment, final String attribute, final double mean,
            final double populationMean, final double ratio, final double effect, final Level level) {
            requireName(segment, "segment");
            requireName(attribute, "attribute");
            if (!segments.containsKey(segment)) {
                segment(segment, null, -1, Double.NaN, null);
            }
            attributes.get(segment).put(attribute, new AttributeFact(attribute, mean, populationMean, ratio, effect,
                level == null ? Level.UNDEFINED : level));
            attributeNames.add(attribute);
            return this;
        }

        private static void requireName(final String name, final String what) {
            Objects.requireNonNull(name, what);
            if (name.isBlank()) {
                throw new IllegalArgumentException("A profile row has an empty " + what + " name; every row of the "
                    + "profile needs a " + what + ".");
            }
        }

        /** @return the facts */
        public ProfileFacts build() {
            return new ProfileFacts(this);
        }
    }
}
