package org.custseg.knime.common;

import org.custseg.engine.chart.Chart;
import org.knime.core.data.image.png.PNGImageContent;
import org.knime.core.node.port.image.ImagePortObject;
import org.knime.core.node.port.image.ImagePortObjectSpec;

/**
 * The image output of the segmenter and profiler nodes: KNIME's image port with PNG content, rendered by the
 * engine's chart package (shapes and a built-in bitmap font only, so headless and without Java2D's font set-up).
 */
public final class ChartPort {

    private ChartPort() {
    }

    /** @return the spec of an image port holding a PNG; the same at configure and execute time */
    public static ImagePortObjectSpec spec() {
        return new ImagePortObjectSpec(PNGImageContent.TYPE);
    }

    /**
     * @param chart the chart
     * @return the chart as a PNG image port object
     */
    public static ImagePortObject image(final Chart chart) {
        return new ImagePortObject(new PNGImageContent(chart.png()), spec());
    }
}
