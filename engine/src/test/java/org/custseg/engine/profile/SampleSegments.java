package org.custseg.engine.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The sample data with k = 3 segment labels computed here, independently of the segmentation engine: Lloyd's
 * k-means on the five z-scored attributes with a deterministic farthest-first start (first centre = the row
 * nearest to the mean, then repeatedly the row farthest from the chosen centres). Segments are named by size,
 * largest first, like the engine does: Segment 1 = 386, Segment 2 = 224, Segment 3 = 50 customers.
 */
public final class SampleSegments {

    /** The five attributes. */
    public static final List<String> ATTRIBUTES = List.of("Avg_Credit_Limit", "Total_Credit_Cards",
        "Total_visits_bank", "Total_visits_online", "Total_calls_made");

    /** attribute values, [row][attribute] */
    public final double[][] values;
    /** segment label per row */
    public final String[] labels;

    private SampleSegments(final double[][] values, final String[] labels) {
        this.values = values;
        this.labels = labels;
    }

    /** @return the data with labels; asserts the segment sizes 386/224/50 */
    public static SampleSegments load() throws IOException {
        final Path p = org.custseg.engine.SampleFixture.file();
        final List<String> lines = Files.readAllLines(p, StandardCharsets.UTF_8);
        final String[] header = lines.get(0).replace("\uFEFF", "").split(",");
        final int[] cols = new int[ATTRIBUTES.size()];
        for (int a = 0; a < cols.length; a++) {
            cols[a] = Arrays.asList(header).indexOf(ATTRIBUTES.get(a));
        }
        final List<double[]> rows = new ArrayList<>();
        for (final String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            final String[] f = line.split(",");
            final double[] r = new double[cols.length];
            for (int a = 0; a < cols.length; a++) {
                r[a] = Double.parseDouble(f[cols[a]].trim());
            }
            rows.add(r);
        }
        final double[][] x = rows.toArray(new double[0][]);
        final int[] lab = kMeans(zScore(x), 3);
        final int[] sizes = new int[3];
        for (final int l : lab) {
            sizes[l]++;
        }
        final Integer[] bySize = {0, 1, 2};
        Arrays.sort(bySize, Comparator.comparingInt((Integer c) -> -sizes[c]));
        final String[] names = new String[3];
        for (int rank = 0; rank < 3; rank++) {
            names[bySize[rank]] = "Segment " + (rank + 1);
        }
        final String[] labels = new String[x.length];
        for (int r = 0; r < x.length; r++) {
            labels[r] = names[lab[r]];
        }
        assertEquals(660, x.length);
        assertEquals(386, sizes[bySize[0]]);
        assertEquals(224, sizes[bySize[1]]);
        assertEquals(50, sizes[bySize[2]]);
        return new SampleSegments(x, labels);
    }

    /** @return the profile data of the five attributes */
    public ProfileData data() {
        final ProfileData.Builder b = ProfileData.builder(labels);
        for (int a = 0; a < ATTRIBUTES.size(); a++) {
            b.numeric(ATTRIBUTES.get(a), column(a));
        }
        return b.build();
    }

    /** @param a attribute index @return its column */
    public double[] column(final int a) {
        final double[] c = new double[values.length];
        for (int r = 0; r < c.length; r++) {
            c[r] = values[r][a];
        }
        return c;
    }

    private static double[][] zScore(final double[][] x) {
        final int d = x[0].length;
        final double[][] z = new double[x.length][d];
        for (int a = 0; a < d; a++) {
            double m = 0;
            for (final double[] r : x) {
                m += r[a];
            }
            m /= x.length;
            double ss = 0;
            for (final double[] r : x) {
                ss += (r[a] - m) * (r[a] - m);
            }
            final double sd = Math.sqrt(ss / (x.length - 1));
            for (int i = 0; i < x.length; i++) {
                z[i][a] = (x[i][a] - m) / sd;
            }
        }
        return z;
    }

    private static double dist(final double[] a, final double[] b) {
        double s = 0;
        for (int i = 0; i < a.length; i++) {
            s += (a[i] - b[i]) * (a[i] - b[i]);
        }
        return s;
    }

    private static int[] kMeans(final double[][] z, final int k) {
        final int d = z[0].length;
        final double[] zero = new double[d];
        final List<Integer> start = new ArrayList<>();
        int best = 0;
        for (int i = 1; i < z.length; i++) {
            if (dist(z[i], zero) < dist(z[best], zero)) {
                best = i;
            }
        }
        start.add(best);
        while (start.size() < k) {
            int far = -1;
            double farD = -1;
            for (int i = 0; i < z.length; i++) {
                double m = Double.POSITIVE_INFINITY;
                for (final int s : start) {
                    m = Math.min(m, dist(z[i], z[s]));
                }
                if (m > farD) {
                    farD = m;
                    far = i;
                }
            }
            start.add(far);
        }
        double[][] c = new double[k][];
        for (int j = 0; j < k; j++) {
            c[j] = z[start.get(j)].clone();
        }
        final int[] lab = new int[z.length];
        for (int it = 0; it < 100; it++) {
            boolean changed = false;
            for (int i = 0; i < z.length; i++) {
                int bj = 0;
                for (int j = 1; j < k; j++) {
                    if (dist(z[i], c[j]) < dist(z[i], c[bj])) {
                        bj = j;
                    }
                }
                changed |= lab[i] != bj || it == 0;
                lab[i] = bj;
            }
            if (!changed) {
                break;
            }
            final double[][] nc = new double[k][d];
            final int[] cnt = new int[k];
            for (int i = 0; i < z.length; i++) {
                cnt[lab[i]]++;
                for (int a = 0; a < d; a++) {
                    nc[lab[i]][a] += z[i][a];
                }
            }
            for (int j = 0; j < k; j++) {
                for (int a = 0; a < d; a++) {
                    nc[j][a] /= cnt[j];
                }
            }
            c = nc;
        }
        return lab;
    }
}
