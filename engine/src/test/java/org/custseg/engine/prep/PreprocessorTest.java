package org.custseg.engine.prep;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.config.MissingPolicy;
import org.custseg.engine.config.Scaling;
import org.junit.jupiter.api.Test;

class PreprocessorTest {

    private static final double NA = Double.NaN;

    private static FeatureMatrix m(final double[][] v) {
        final String[] ids = new String[v.length];
        for (int i = 0; i < v.length; i++) {
            ids[i] = "r" + i;
        }
        return new FeatureMatrix(List.of("a", "b"), List.of(ids), v);
    }

    @Test
    void zScoreUsesPopulationStandardDeviation() throws Exception {
        final PreparedData p = Preprocessor.fit(m(new double[][] {{1, 10}, {3, 10}, {5, 40}}), MissingPolicy.FAIL,
            Scaling.ZSCORE, ProgressListener.NONE);
        // column a: mean 3, population sd sqrt(8/3)
        assertEquals(3, p.preprocessing().centers()[0], 1e-12);
        assertEquals(Math.sqrt(8.0 / 3), p.preprocessing().scales()[0], 1e-12);
        assertEquals(-2 / Math.sqrt(8.0 / 3), p.scaled()[0][0], 1e-12);
        assertEquals(40, p.preprocessing().unscale(1, p.scaled()[2][1]), 1e-9);
    }

    @Test
    void minMaxMapsToUnitInterval() throws Exception {
        final PreparedData p = Preprocessor.fit(m(new double[][] {{1, 10}, {3, 20}, {5, 40}}), MissingPolicy.FAIL,
            Scaling.MINMAX, ProgressListener.NONE);
        assertArrayEquals(new double[] {0, 0}, p.scaled()[0], 1e-12);
        assertArrayEquals(new double[] {0.5, 1.0 / 3}, p.scaled()[1], 1e-12);
        assertArrayEquals(new double[] {1, 1}, p.scaled()[2], 1e-12);
    }

    @Test
    void noneKeepsValues() throws Exception {
        final PreparedData p = Preprocessor.fit(m(new double[][] {{1, 10}, {3, 20}}), MissingPolicy.FAIL,
            Scaling.NONE, ProgressListener.NONE);
        assertArrayEquals(new double[] {3, 20}, p.scaled()[1], 0);
    }

    @Test
    void imputeMeanAndMedianUseTheNonMissingValues() throws Exception {
        final double[][] v = {{1, 1}, {2, NA}, {NA, 3}, {9, 10}, {4, 2}};
        final PreparedData mean = Preprocessor.fit(m(v), MissingPolicy.IMPUTE_MEAN, Scaling.NONE, ProgressListener.NONE);
        assertEquals(4.0, mean.scaled()[2][0], 1e-12); // (1+2+9+4)/4
        assertEquals(4.0, mean.scaled()[1][1], 1e-12); // (1+3+10+2)/4
        assertEquals(Map.of("a", 1, "b", 1), mean.report().imputedCounts());
        final PreparedData med = Preprocessor.fit(m(v), MissingPolicy.IMPUTE_MEDIAN, Scaling.NONE, ProgressListener.NONE);
        assertEquals(3.0, med.scaled()[2][0], 1e-12); // median of 1,2,4,9
        assertEquals(2.5, med.scaled()[1][1], 1e-12); // median of 1,2,3,10
        assertEquals(3.0, med.preprocessing().fillValue(0), 1e-12);
    }

    @Test
    void dropRowsKeepsCompleteRowsAndFitsOnThem() throws Exception {
        final PreparedData p = Preprocessor.fit(m(new double[][] {{1, 1}, {NA, 2}, {3, 5}, {100, NA}}),
            MissingPolicy.DROP_ROWS, Scaling.ZSCORE, ProgressListener.NONE);
        assertArrayEquals(new int[] {0, 2}, p.keptRows());
        assertEquals(2, p.report().droppedRows());
        assertEquals(2.0, p.preprocessing().centers()[0], 1e-12); // mean of 1 and 3, not 100
        assertTrue(Double.isNaN(p.preprocessing().fillValue(0)));
    }
}
