package org.custseg.engine.chart;

import java.util.ArrayList;
import java.util.List;

import org.custseg.engine.CanceledException;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.KCriterion;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.hierarchical.FastLinkage;
import org.custseg.engine.metrics.GowerDistance;
import org.custseg.engine.model.SegmentationModel;
import org.custseg.engine.segment.KSelectionRow;
import org.custseg.engine.segment.KSelectionTable;
import org.custseg.engine.segment.SegmentationConfig;
import org.custseg.engine.segment.SegmentationResult;

/**
 * The diagnostic charts of one segmentation, for the segmenter nodes' image output and the command line's report:
 * the k-selection curve with the chosen k (when k was searched), the silhouette plot, the 2-D PCA scatter with the segment centres, and for
 * hierarchical segmentation the dendrogram with the cut at k. Silhouette, scatter and dendrogram use the rows in the
 * model's scaled space (Euclidean); a model with nominal columns (Gower distance) gets the silhouette plot with the
 * Gower distance and a note instead of the scatter, because Gower distances have no principal components.
 */
public final class SegmentationCharts {

    /** Charts per row in {@link #panel}. */
    public static final int COLUMNS = 2;

    private SegmentationCharts() {
    }

    /**
     * @param data the segmented table
     * @param result the segmentation
     * @param config its configuration
     * @return the charts in display order
     * @throws CanceledException never in practice (the dendrogram's tree building has no listener that cancels)
     */
    public static List<Chart> charts(final FeatureMatrix data, final SegmentationResult result,
        final SegmentationConfig config) throws CanceledException {
        final List<Chart> out = new ArrayList<>();
        if (searchedK(result, config)) {
            out.add(kCurve(result, config));
        }
        final List<String> names = new ArrayList<>();
        for (int s = 0; s < result.k(); s++) {
            names.add(result.segmentName(s));
        }
        final SegmentationModel model = result.model();
        if (model.nominalLevels() != null) {
            out.addAll(gowerCharts(data, result, names, config.seed()));
            return out;
        }
        final int[] labels = result.labels();
        final List<double[]> rows = new ArrayList<>();
        final List<Integer> seg = new ArrayList<>();
        final List<String> features = model.featureNames();
        final int[] col = new int[features.size()];
        for (int a = 0; a < col.length; a++) {
            col[a] = data.columnNames().indexOf(features.get(a));
        }
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                continue; // no segment (missing values left out)
            }
            final double[] x = new double[col.length];
            for (int a = 0; a < col.length; a++) {
                double v = data.value(i, col[a]);
                if (Double.isNaN(v)) {
                    v = model.preprocessing().fillValue(a);
                }
                x[a] = model.preprocessing().scale(a, v);
            }
            rows.add(x);
            seg.add(labels[i]);
        }
        final double[][] x = rows.toArray(new double[0][]);
        final int[] lab = seg.stream().mapToInt(Integer::intValue).toArray();
        final long seed = config.seed();
        if (x.length > result.k()) {
            out.add(DiagnosticPlots.silhouette(x, lab, names, seed));
        }
        if (x.length > 1 && col.length >= 2) {
            out.add(DiagnosticPlots.pcaScatter(x, lab, names, seed));
        }
        if (config.algorithm() == Algorithm.HIERARCHICAL && x.length > 1) {
            if (config.linkage().fastEngineSupports()) {
                out.add(DendrogramPlot.of(x, lab, names, FastLinkage.valueOf(config.linkage().name()), seed));
            } else {
                out.add(new Chart(DiagnosticPlots.WIDTH, DiagnosticPlots.HEIGHT, g -> {
                    Plot.title(g, "Dendrogram", null, DiagnosticPlots.WIDTH);
                    Plot.message(g, "Not drawn for " + config.linkage().name().toLowerCase() + " linkage: the chart "
                        + "builds its tree with ward, single, complete or average linkage only.", DiagnosticPlots.WIDTH,
                        DiagnosticPlots.HEIGHT);
                }));
            }
        }
        return out;
    }

    /**
     * Gower k-medoids with nominal columns: the silhouette plot with the Gower distance (ranges of the plotted rows),
     * and a note instead of the scatter (Gower distances have no principal components).
     */
    private static List<Chart> gowerCharts(final FeatureMatrix data, final SegmentationResult result,
        final List<String> names, final long seed) {
        final SegmentationModel model = result.model();
        final List<String> features = model.featureNames();
        final int d = features.size();
        final int[] col = new int[d];
        final boolean[] nominal = new boolean[d];
        for (int a = 0; a < d; a++) {
            col[a] = data.columnNames().indexOf(features.get(a));
            nominal[a] = model.nominalLevels().get(a) != null;
        }
        final int[] labels = result.labels();
        final List<double[]> rows = new ArrayList<>();
        final List<Integer> seg = new ArrayList<>();
        int skipped = 0;
        for (int i = 0; i < labels.length; i++) {
            if (labels[i] < 0) {
                continue;
            }
            final double[] x = new double[d];
            boolean missing = false;
            for (int a = 0; a < d; a++) {
                x[a] = data.value(i, col[a]);
                missing |= Double.isNaN(x[a]);
            }
            if (missing) {
                skipped++;
                continue;
            }
            rows.add(x);
            seg.add(labels[i]);
        }
        final double[][] x = rows.toArray(new double[0][]);
        final int[] lab = seg.stream().mapToInt(Integer::intValue).toArray();
        final List<Chart> out = new ArrayList<>();
        if (x.length > result.k()) {
            final GowerDistance gower = GowerDistance.fit(x, nominal);
            out.add(DiagnosticPlots.silhouette(x, lab, names, seed, gower::between, "Gower distance",
                skipped > 0 ? skipped + " rows with blanks left out" : null));
        }
        out.add(new Chart(DiagnosticPlots.WIDTH, DiagnosticPlots.HEIGHT, g -> {
            Plot.title(g, "Principal components", null, DiagnosticPlots.WIDTH);
            Plot.message(g, "No scatter: the segments were formed with Gower distance on numeric and nominal "
                + "columns, which has no principal components.", DiagnosticPlots.WIDTH, DiagnosticPlots.HEIGHT);
        }));
        return out;
    }

    /**
     * All charts of {@link #charts} in one image, {@value #COLUMNS} per row.
     *
     * @param data the segmented table
     * @param result the segmentation
     * @param config its configuration
     * @return the composed chart
     * @throws CanceledException see {@link #charts}
     */
    public static Chart panel(final FeatureMatrix data, final SegmentationResult result,
        final SegmentationConfig config) throws CanceledException {
        return Chart.grid(charts(data, result, config), COLUMNS);
    }

    /**
     * @param result a segmentation
     * @param config its configuration
     * @return whether k was searched and the criterion has values to draw (else there is no k curve)
     */
    public static boolean searchedK(final SegmentationResult result, final SegmentationConfig config) {
        if (!config.automaticK() || result.kSelection().size() < 2) {
            return false;
        }
        return result.kSelection().stream()
            .anyMatch(r -> Double.isFinite(KSelectionTable.criterionValue(r, config.criterion())));
    }

    /**
     * The k-selection curve of the configured criterion (silhouette when k was set).
     *
     * @param result the segmentation
     * @param config its configuration
     * @return the chart
     */
    public static Chart kCurve(final SegmentationResult result, final SegmentationConfig config) {
        final List<KSelectionRow> rows = result.kSelection();
        final KCriterion c = config.automaticK() ? config.criterion() : KCriterion.SILHOUETTE;
        final int[] ks = new int[rows.size()];
        final double[] v = new double[rows.size()];
        for (int i = 0; i < ks.length; i++) {
            ks[i] = rows.get(i).k();
            v[i] = KSelectionTable.criterionValue(rows.get(i), c);
        }
        return DiagnosticPlots.kCurve(ks, v, result.k(), KSelectionTable.criterionLabel(c));
    }

}
