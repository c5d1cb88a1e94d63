package org.custseg.engine.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.cli.InputData;
import org.custseg.engine.testdata.UsageTable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.MissingPolicy;
import org.custseg.engine.config.KCriterion;

/** The quality verdict's bands, and its reading on the sample (well separated) and a usage table (overlapping). */
class QualityVerdictTest {

    @TempDir
    static Path tmp;

    static InputData usage;

    @BeforeAll
    static void read() throws Exception {
        final Path f = UsageTable.generate(3000, 1).write(tmp.resolve("usage.csv"), UsageTable.Style.PLAIN);
        usage = InputData.read(f, List.of(), null);
    }

    @Test
    void bands() {
        assertEquals(QualityVerdict.Band.STRONG, QualityVerdict.band(0.70));
        assertEquals(QualityVerdict.Band.REASONABLE, QualityVerdict.band(0.516));
        assertEquals(QualityVerdict.Band.MODERATE, QualityVerdict.band(0.25));
        assertEquals(QualityVerdict.Band.WEAK, QualityVerdict.band(0.249));
        assertEquals(QualityVerdict.Band.WEAK, QualityVerdict.band(-0.1));
        assertNull(QualityVerdict.band(Double.NaN));
        assertTrue(QualityVerdict.Band.WEAK.reading().contains("treat segments as tendencies"));
    }

    @Test
    void sampleDataIsReasonableAndNeedsNoWarning() throws Exception {
        final SegmentationConfig c = SegmentationConfig.builder(Algorithm.KMEANS).k(0).kMin(2).kMax(8).build();
        final SegmentationResult r = Segmentation.run(SampleData.behavioural(), c, ProgressListener.NONE);
        final QualityVerdict v = QualityVerdict.of(r, c);
        assertEquals(QualityVerdict.Band.REASONABLE, v.band());
        assertNull(v.smallestKNote());
        assertFalse(v.warrantsWarning());
        assertTrue(v.text().startsWith("Quality: silhouette 0.51"), v.text());
    }

    @Test
    void overlappingUsageSegmentsAreFlaggedAndTheSmallestKIsNoted() throws Exception {
        final SegmentationConfig c = SegmentationConfig.builder(Algorithm.KMEANS).k(0).kMin(2).kMax(3)
            .missing(MissingPolicy.IMPUTE_MEDIAN).criterion(KCriterion.CALINSKI_HARABASZ).build();
        final SegmentationResult r = Segmentation.run(usage.features(), c, ProgressListener.NONE);
        final QualityVerdict v = QualityVerdict.of(r, c);
        assertTrue(v.silhouette() < 0.5, "usage data overlaps: " + v.silhouette());
        assertTrue(v.warrantsWarning());
        assertTrue(v.text().startsWith("Quality: calinski-harabasz "), v.text());
        if (r.k() == 2) {
            assertTrue(v.smallestKNote().startsWith("k = 2 is the smallest number of segments tried (2..3)"),
                v.smallestKNote());
            assertTrue(v.text().endsWith(v.smallestKNote()), v.text());
        } else {
            assertNull(v.smallestKNote());
        }
        // a fixed k never gets the smallest-k note; the verdict is the silhouette itself
        final SegmentationConfig fixed = SegmentationConfig.builder(Algorithm.KMEANS).k(2)
            .missing(MissingPolicy.IMPUTE_MEDIAN).build();
        final SegmentationResult f = Segmentation.run(usage.features(), fixed, ProgressListener.NONE);
        final QualityVerdict fv = QualityVerdict.of(f, fixed);
        assertNull(fv.smallestKNote());
        assertEquals(f.criterionValue(), fv.silhouette());
    }
}
