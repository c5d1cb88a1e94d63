package org.custseg.engine.segment;

import java.util.ArrayList;

import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.DistanceFunction;
import weka.core.EuclideanDistance;
import weka.core.Instances;
import weka.core.ManhattanDistance;
import weka.core.NormalizableDistance;
import org.custseg.engine.config.Distance;

/** Conversion of scaled rows to Weka's types; the only place besides the segmenters that touches Weka. */
final class WekaData {

    private WekaData() {
    }

    static Instances toInstances(final double[][] x) {
        final int d = x[0].length;
        final ArrayList<Attribute> atts = new ArrayList<>(d);
        for (int j = 0; j < d; j++) {
            atts.add(new Attribute("f" + j));
        }
        final Instances data = new Instances("segmentation", atts, x.length);
        for (final double[] row : x) {
            data.add(new DenseInstance(1.0, row.clone()));
        }
        return data;
    }

    /**
     * @param distance our distance
     * @return a Weka distance that does NOT rescale columns (our scaling is the only scaling)
     */
    static DistanceFunction distance(final Distance distance) {
        final NormalizableDistance df = distance == Distance.MANHATTAN ? new ManhattanDistance() : new EuclideanDistance();
        df.setDontNormalize(true);
        return df;
    }

    static int seed(final long seed) {
        return (int) (seed ^ (seed >>> 32));
    }

    static String message(final Exception e) {
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
