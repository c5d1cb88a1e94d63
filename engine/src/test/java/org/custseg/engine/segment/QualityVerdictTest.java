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
        assertNull(v.kRangeNote());
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
            assertTrue(v.kRangeNote().startsWith("k = 2 is the smallest number of segments tried (2..3)"),
                v.kRangeNote());
            assertTrue(v.text().endsWith(v.kRangeNote()), v.text());
        } else {
            assertTrue(v.kRangeNote().startsWith("k = 3 is the largest number of segments tried (2..3)"),
                v.kRangeNote());
        }
        // a fixed k never gets the smallest-k note; the verdict is the silhouette itself
        final SegmentationConfig fixed = SegmentationConfig.builder(Algorithm.KMEANS).k(2)
            .missing(MissingPolicy.IMPUTE_MEDIAN).build();
        final SegmentationResult f = Segmentation.run(usage.features(), fixed, ProgressListener.NONE);
        final QualityVerdict fv = QualityVerdict.of(f, fixed);
        assertNull(fv.kRangeNote());
        assertEquals(f.criterionValue(), fv.silhouette());
    }

    @Test
    void aChosenKAtEitherEndOfTheRangeIsNoted() {
        assertTrue(QualityVerdict.kRangeNote(2, 2, 8).startsWith("k = 2 is the smallest number of segments tried"
            + " (2..8)"));
        assertTrue(QualityVerdict.kRangeNote(8, 2, 8).startsWith("k = 8 is the largest number of segments tried"
            + " (2..8): the criterion may prefer even more segments"));
        assertNull(QualityVerdict.kRangeNote(5, 2, 8));
        assertNull(QualityVerdict.kRangeNote(4, 4, 4), "one k tried: nothing to note");
        final QualityVerdict v = new QualityVerdict(KCriterion.SILHOUETTE, 0.8, 0.8, QualityVerdict.Band.STRONG,
            QualityVerdict.kRangeNote(8, 2, 8));
        assertTrue(v.warrantsWarning(), "a strong structure at the edge of the range still deserves the warning");
        assertTrue(v.text().endsWith(v.kRangeNote()), v.text());
    }
}
