package org.custseg.knime.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.custseg.engine.model.SegmentationModel;
import org.custseg.engine.config.Algorithm;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnDomainCreator;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;

/**
 * Names and specs of the columns the segmentation nodes create. Shared by the three segmenters and the Segment
 * Assigner so that their outputs look the same.
 */
public final class SegmentColumns {

    /** Name of the appended segment column (made unique against the input). */
    public static final String SEGMENT = "Segment";
    /** Name of the appended distance column of k-means and hierarchical models. */
    public static final String DISTANCE = "Distance to segment centre";
    /** Name of the reason column the Segment Assigner appends on request. */
    public static final String REASON = "Unassigned reason";
    /**
     * Name of the last appended column: the fingerprint of the model that assigned the row
     * ({@code SegmentationModel#fingerprint()}), as the command line's {@code model_fingerprint}; the Segment
     * Migration node compares it between two scored tables.
     */
    public static final String FINGERPRINT = "Model fingerprint";

    /** Summary table: segment name column. */
    public static final String SUMMARY_SEGMENT = "Segment";
    /** Summary table: size column. */
    public static final String SUMMARY_SIZE = "Size";
    /** Summary table: share column. */
    public static final String SUMMARY_SHARE = "Share";
    /** Summary column: mean Jaccard over the stability resamples (read by the Segment Recommender as a fact). */
    public static final String SUMMARY_STABILITY = "Stability (mean Jaccard)";
    /** Summary column: lowest Jaccard over the stability resamples. */
    public static final String SUMMARY_STABILITY_MIN = "Stability (min Jaccard)";
    /** Summary column: the stability verdict in words. */
    public static final String SUMMARY_STABILITY_VERDICT = "Stability verdict";
    /** Summary column: resamples in which the segment dissolved. */
    public static final String SUMMARY_DISSOLVED = "Resamples dissolved";

    /** k-selection table: column names in order. */
    public static final List<String> K_SELECTION_COLUMNS = Collections.unmodifiableList(List.of("k", "Silhouette",
        "Calinski-Harabasz", "Davies-Bouldin", "SSE", "BIC", "Chosen"));

    private SegmentColumns() {
    }

    /**
     * @param index 0-based segment index
     * @return the segment's display name, as the engine names it
     */
    public static String segmentName(final int index) {
        return SegmentationModel.defaultSegmentName(index);
    }

    /**
     * @param segmentName a segment name
     * @return the name of that segment's probability column (EM)
     */
    public static String probabilityName(final String segmentName) {
        return "P(" + segmentName + ")";
    }

    /**
     * Returns {@code base} if not taken, otherwise {@code base (#1)}, {@code base (#2)}, ...; adds the result to
     * {@code taken}.
     *
     * @param taken names in use (updated)
     * @param base the wanted name
     * @return a name not in {@code taken}
     */
    public static String unique(final Set<String> taken, final String base) {
        String name = base;
        for (int i = 1; taken.contains(name); i++) {
            name = base + " (#" + i + ")";
        }
        taken.add(name);
        return name;
    }

    /**
     * Specs of the columns appended to the input table.
     *
     * @param in the input spec
     * @param algorithm the algorithm (EM appends probabilities, the others a distance)
     * @param k the number of segments, or 0 if not known yet
     * @param reasonColumn whether to append the reason column (Segment Assigner)
     * @return the appended column specs, or {@code null} if they cannot be known yet (EM with unknown k)
     */
    public static DataColumnSpec[] appendedColumns(final DataTableSpec in, final Algorithm algorithm, final int k,
        final boolean reasonColumn) {
        if (algorithm == Algorithm.EM && k <= 0) {
            return null;
        }
        final Set<String> taken = new HashSet<>(List.of(in.getColumnNames()));
        final List<DataColumnSpec> cols = new ArrayList<>();
        final DataColumnSpecCreator seg = new DataColumnSpecCreator(unique(taken, SEGMENT), StringCell.TYPE);
        if (k > 0) {
            final Set<DataCell> values = new LinkedHashSet<>();
            for (int i = 0; i < k; i++) {
                values.add(new StringCell(segmentName(i)));
            }
            seg.setDomain(new DataColumnDomainCreator(values).createDomain());
        }
        cols.add(seg.createSpec());
        if (algorithm == Algorithm.EM) {
            for (int i = 0; i < k; i++) {
                cols.add(new DataColumnSpecCreator(unique(taken, probabilityName(segmentName(i))), DoubleCell.TYPE)
                    .createSpec());
            }
        } else {
            cols.add(new DataColumnSpecCreator(unique(taken, DISTANCE), DoubleCell.TYPE).createSpec());
        }
        if (reasonColumn) {
            cols.add(new DataColumnSpecCreator(unique(taken, REASON), StringCell.TYPE).createSpec());
        }
        cols.add(new DataColumnSpecCreator(unique(taken, FINGERPRINT), StringCell.TYPE).createSpec());
        return cols.toArray(new DataColumnSpec[0]);
    }

    /**
     * The input spec followed by the appended columns.
     *
     * @param in the input spec
     * @param appended the appended columns, may be {@code null}
     * @return the output spec, or {@code null} if {@code appended} is {@code null}
     */
    public static DataTableSpec appendedSpec(final DataTableSpec in, final DataColumnSpec[] appended) {
        if (appended == null) {
            return null;
        }
        return new DataTableSpec(in, new DataTableSpec(appended));
    }

    /**
     * Spec of the segment summary table.
     *
     * @param features the feature columns, in order
     * @return segment, size, share and one centroid column per feature
     */
    public static DataTableSpec summarySpec(final List<String> features) {
        return summarySpec(features, List.of(), false, false);
    }

    /** Name of the K-Medoids summary column holding each segment's medoid (its row ID). */
    public static final String SUMMARY_MEDOID = "Medoid (row ID)";

    /**
     * @param features the feature columns
     * @param stability append the four stability columns (mean and min Jaccard, verdict, resamples dissolved)
     * @return spec of the segment summary table
     */
    public static DataTableSpec summarySpec(final List<String> features, final boolean stability) {
        return summarySpec(features, List.of(), false, stability);
    }

    /**
     * @param features the feature columns
     * @param nominal the features that are text (nominal) columns: their summary cell is the medoid's category
     * @param medoid whether to add the {@value #SUMMARY_MEDOID} column after the share (K-Medoids)
     * @return spec of the segment summary table (without stability columns)
     */
    public static DataTableSpec summarySpec(final List<String> features, final List<String> nominal,
        final boolean medoid) {
        return summarySpec(features, nominal, medoid, false);
    }

    /**
     * @param features the feature columns
     * @param nominal the features that are text (nominal) columns: their summary cell is the medoid's category
     * @param medoid whether to add the {@value #SUMMARY_MEDOID} column after the share (K-Medoids)
     * @param stability append the four stability columns (mean and min Jaccard, verdict, resamples dissolved)
     * @return spec of the segment summary table
     */
    public static DataTableSpec summarySpec(final List<String> features, final List<String> nominal,
        final boolean medoid, final boolean stability) {
        final Set<String> taken = new HashSet<>();
        final List<DataColumnSpec> cols = new ArrayList<>();
        cols.add(new DataColumnSpecCreator(unique(taken, SUMMARY_SEGMENT), StringCell.TYPE).createSpec());
        cols.add(new DataColumnSpecCreator(unique(taken, SUMMARY_SIZE), IntCell.TYPE).createSpec());
        cols.add(new DataColumnSpecCreator(unique(taken, SUMMARY_SHARE), DoubleCell.TYPE).createSpec());
        if (medoid) {
            cols.add(new DataColumnSpecCreator(unique(taken, SUMMARY_MEDOID), StringCell.TYPE).createSpec());
        }
        for (final String f : features) {
            cols.add(new DataColumnSpecCreator(unique(taken, f), nominal.contains(f) ? StringCell.TYPE
                : DoubleCell.TYPE).createSpec());
        }
        if (stability) {
            cols.add(new DataColumnSpecCreator(unique(taken, SUMMARY_STABILITY), DoubleCell.TYPE).createSpec());
            cols.add(new DataColumnSpecCreator(unique(taken, SUMMARY_STABILITY_MIN), DoubleCell.TYPE).createSpec());
            cols.add(new DataColumnSpecCreator(unique(taken, SUMMARY_STABILITY_VERDICT), StringCell.TYPE)
                .createSpec());
            cols.add(new DataColumnSpecCreator(unique(taken, SUMMARY_DISSOLVED), IntCell.TYPE).createSpec());
        }
        return new DataTableSpec(cols.toArray(new DataColumnSpec[0]));
    }

    /** @return spec of the k-selection table */
    public static DataTableSpec kSelectionSpec() {
        return new DataTableSpec(
            new DataColumnSpecCreator(K_SELECTION_COLUMNS.get(0), IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator(K_SELECTION_COLUMNS.get(1), DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator(K_SELECTION_COLUMNS.get(2), DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator(K_SELECTION_COLUMNS.get(3), DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator(K_SELECTION_COLUMNS.get(4), DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator(K_SELECTION_COLUMNS.get(5), DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator(K_SELECTION_COLUMNS.get(6), BooleanCell.TYPE).createSpec());
    }
}
