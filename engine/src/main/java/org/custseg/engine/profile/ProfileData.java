package org.custseg.engine.profile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.custseg.engine.data.FeatureMatrix;

/**
 * The profiler's input: a segment label per row plus numeric and nominal attributes, independent of how the
 * segments were made. Immutable; arrays are copied.
 *
 * <p>Missing values: {@code NaN} in a numeric attribute, {@code null} in a nominal attribute, {@code null} or a blank
 * string as a segment label (such rows form the group {@link SegmentProfile#NO_SEGMENT}, they are never dropped).
 *
 * <pre>{@code
 * ProfileData data = ProfileData.builder(labels)
 *     .numeric("Avg_Credit_Limit", limits)
 *     .nominal("Region", regions)
 *     .build();
 * }</pre>
 */
public final class ProfileData {

    private final String[] labels;
    private final List<String> numericNames;
    private final List<double[]> numericValues;
    private final List<String> nominalNames;
    private final List<String[]> nominalValues;

    private ProfileData(final Builder b) {
        labels = b.labels;
        numericNames = Collections.unmodifiableList(new ArrayList<>(b.numericNames));
        numericValues = List.copyOf(b.numericValues);
        nominalNames = Collections.unmodifiableList(new ArrayList<>(b.nominalNames));
        nominalValues = List.copyOf(b.nominalValues);
    }

    /**
     * @param segmentLabels one segment label per row ({@code null} = no segment); copied
     * @return a builder to which attributes are added
     */
    public static Builder builder(final String[] segmentLabels) {
        return new Builder(segmentLabels);
    }

    /**
     * Convenience: every column of a feature matrix as a numeric attribute.
     *
     * @param matrix the attributes
     * @param segmentLabels one label per matrix row ({@code null} = no segment)
     * @return the profile data
     * @throws IllegalArgumentException if the label count differs from the row count
     */
    public static ProfileData of(final FeatureMatrix matrix, final String[] segmentLabels) {
        final Builder b = builder(segmentLabels);
        for (int c = 0; c < matrix.columns(); c++) {
            final double[] col = new double[matrix.rows()];
            for (int r = 0; r < col.length; r++) {
                col[r] = matrix.value(r, c);
            }
            b.numeric(matrix.columnName(c), col);
        }
        return b.build();
    }

    /** @return the number of rows */
    public int rows() {
        return labels.length;
    }

    /** @param row a row index @return the segment label of the row, {@code null} when missing */
    public String label(final int row) {
        return labels[row];
    }

    /** @return the numeric attribute names in input order */
    public List<String> numericNames() {
        return numericNames;
    }

    /** @return the nominal attribute names in input order */
    public List<String> nominalNames() {
        return nominalNames;
    }

    /** @param index numeric attribute index @return a copy of its values */
    public double[] numericValues(final int index) {
        return numericValues.get(index).clone();
    }

    /** @param index nominal attribute index @return a copy of its values */
    public String[] nominalValues(final int index) {
        return nominalValues.get(index).clone();
    }

    double numeric(final int attr, final int row) {
        return numericValues.get(attr)[row];
    }

    String nominal(final int attr, final int row) {
        return nominalValues.get(attr)[row];
    }

    /** Collects attributes; names must be unique across numeric and nominal attributes. */
    public static final class Builder {
        private final String[] labels;
        private final List<String> numericNames = new ArrayList<>();
        private final List<double[]> numericValues = new ArrayList<>();
        private final List<String> nominalNames = new ArrayList<>();
        private final List<String[]> nominalValues = new ArrayList<>();
        private final Set<String> names = new HashSet<>();

        private Builder(final String[] segmentLabels) {
            labels = Objects.requireNonNull(segmentLabels, "segmentLabels").clone();
        }

        private void checkName(final String name, final int length) {
            if (name == null || name.isBlank()) {
                throw new IllegalArgumentException("An attribute has an empty name; give every attribute a name.");
            }
            if (!names.add(name)) {
                throw new IllegalArgumentException(
                    "The attribute \"" + name + "\" is given twice; select each attribute column once.");
            }
            if (length != labels.length) {
                throw new IllegalArgumentException("The attribute \"" + name + "\" has " + length
                    + " values but there are " + labels.length + " segment labels; give one value per row.");
            }
        }

        /**
         * @param name attribute name
         * @param values one value per row, {@code NaN} = missing; copied
         * @return this
         * @throws IllegalArgumentException if the name is empty/duplicate or the length is wrong
         */
        public Builder numeric(final String name, final double[] values) {
            checkName(name, values.length);
            numericNames.add(name);
            numericValues.add(values.clone());
            return this;
        }

        /**
         * As {@link #numeric}, but the values are taken over instead of copied (for a caller that made them for
         * this purpose: at a million rows a copy is 8 MB per attribute); the caller must not change them afterwards.
         *
         * @param name attribute name
         * @param values one value per row, {@code NaN} = missing; kept, not copied
         * @return this
         * @throws IllegalArgumentException if the name is empty/duplicate or the length is wrong
         */
        public Builder numericAdopting(final String name, final double[] values) {
            checkName(name, values.length);
            numericNames.add(name);
            numericValues.add(values);
            return this;
        }

        /**
         * @param name attribute name
         * @param values one category per row, {@code null} = missing; copied
         * @return this
         * @throws IllegalArgumentException if the name is empty/duplicate or the length is wrong
         */
        public Builder nominal(final String name, final String[] values) {
            checkName(name, values.length);
            nominalNames.add(name);
            nominalValues.add(values.clone());
            return this;
        }

        /** @return the immutable data */
        public ProfileData build() {
            return new ProfileData(this);
        }
    }
}
