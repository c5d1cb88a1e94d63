package org.custseg.engine.report;

/**
 * The segmentation diagnostics of the command line's report (silhouette plot, PCA scatter, dendrogram) as images.
 * The charts are drawn by {@link org.custseg.engine.chart.DiagnosticPlots} and
 * {@link org.custseg.engine.chart.DendrogramPlot}, the same pictures as the KNIME nodes' image outputs.
 */
public final class DiagnosticCharts {

    /** A rendered image: PNG bytes and its display size in pixels. */
    public record Image(byte[] png, int width, int height) {
    }

    private DiagnosticCharts() {
    }
}
