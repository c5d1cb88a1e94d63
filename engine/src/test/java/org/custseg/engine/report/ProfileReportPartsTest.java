package org.custseg.engine.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.custseg.engine.ProgressListener;
import org.custseg.engine.profile.ProfileConfig;
import org.custseg.engine.profile.ProfileData;
import org.custseg.engine.profile.SegmentProfile;
import org.custseg.engine.profile.SegmentProfiler;
import org.junit.jupiter.api.Test;

/**
 * The report's per-segment parts follow the requested segment and attribute order, and their numbers are the
 * plain means of the data (checked by hand here, not read back from the profile).
 */
class ProfileReportPartsTest {

    private static SegmentProfile profile() throws Exception {
        // segment A: spend 1, 2, 3 (mean 2), visits 10, 10, 13 (mean 11); segment B: spend 7, 9 (mean 8), visits 0, 2 (1)
        final String[] labels = {"A", "A", "A", "B", "B"};
        final ProfileData data = ProfileData.builder(labels).numeric("spend", new double[]{1, 2, 3, 7, 9})
            .numeric("visits", new double[]{10, 10, 13, 0, 2}).build();
        return SegmentProfiler.profile(data, ProfileConfig.DEFAULT, ProgressListener.NONE);
    }

    @Test
    void partsFollowTheRequestedOrderWithHandComputedMeans() throws Exception {
        final ProfileReportParts parts = ProfileReportParts.of(profile(), List.of("B", "A"), List.of("visits", "spend"));
        assertEquals(List.of("B", "A"), parts.segments().stream().map(ReportInput.Segment::name).toList());
        assertEquals(List.of(2, 3), parts.segments().stream().map(ReportInput.Segment::size).toList());
        assertEquals(0.4, parts.segments().get(0).share(), 1e-12);
        assertEquals(List.of("visits", "spend"), parts.attributes());
        assertArrayEquals(new double[]{1, 8}, parts.segmentMeans()[0], 1e-12);
        assertArrayEquals(new double[]{11, 2}, parts.segmentMeans()[1], 1e-12);
        assertArrayEquals(new double[]{35 / 5.0, 22 / 5.0}, parts.populationMeans(), 1e-12);
        // B visits less and spends more than the rest, A the opposite: the signs of the standardized differences
        final double[][] d = parts.standardizedMeans();
        assertEquals(-1.0, Math.signum(d[0][0]), "B visits");
        assertEquals(1.0, Math.signum(d[0][1]), "B spend");
        assertEquals(1.0, Math.signum(d[1][0]), "A visits");
        assertEquals(-1.0, Math.signum(d[1][1]), "A spend");
    }

    @Test
    void returnedArraysAreCopies() throws Exception {
        final ProfileReportParts parts = ProfileReportParts.of(profile(), List.of("A", "B"), List.of("spend"));
        parts.segmentMeans()[0][0] = 99;
        parts.populationMeans()[0] = 99;
        assertEquals(2, parts.segmentMeans()[0][0], 1e-12);
        assertEquals(22 / 5.0, parts.populationMeans()[0], 1e-12);
    }

    @Test
    void anUnknownSegmentIsRefused() throws Exception {
        final SegmentProfile p = profile();
        assertThrows(IllegalArgumentException.class, () -> ProfileReportParts.of(p, List.of("C"), List.of("spend")));
    }
}
