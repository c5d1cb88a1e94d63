package org.custseg.engine.hierarchical;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.custseg.engine.SampleFixture;

/** Test data and partition helpers shared by the hierarchical tests. */
final class HierarchicalTestData {

    /** The sample data ({@link SampleFixture}). */
    static final Path SAMPLE = SampleFixture.file();

    /** The five behavioural columns of the sample data. */
    static final List<String> SAMPLE_COLUMNS = SampleFixture.BEHAVIOURAL;

    private HierarchicalTestData() {
    }

    /**
     * Gaussian blobs with continuous coordinates (so no two distances tie): {@code centers} random centres in
     * [-5, 5]^d, each row a centre plus N(0, spread²) noise.
     */
    static double[][] blobs(final long seed, final int n, final int d, final int centers, final double spread) {
        final Random rnd = new Random(seed);
        final double[][] c = new double[centers][d];
        for (final double[] row : c) {
            for (int j = 0; j < d; j++) {
                row[j] = rnd.nextDouble() * 10 - 5;
            }
        }
        final double[][] x = new double[n][d];
        for (int i = 0; i < n; i++) {
            final double[] center = c[rnd.nextInt(centers)];
            for (int j = 0; j < d; j++) {
                x[i][j] = center[j] + spread * rnd.nextGaussian();
            }
        }
        return x;
    }

    /** Relabels a partition by first occurrence in row order, so equal partitions give equal arrays. */
    static int[] canonical(final int[] labels) {
        final int max = Arrays.stream(labels).max().orElse(0);
        final int[] map = new int[max + 1];
        Arrays.fill(map, -1);
        final int[] out = new int[labels.length];
        int next = 0;
        for (int i = 0; i < labels.length; i++) {
            if (map[labels[i]] < 0) {
                map[labels[i]] = next++;
            }
            out[i] = map[labels[i]];
        }
        return out;
    }

    /** Cluster sizes sorted descending. */
    static int[] sortedSizes(final int[] labels, final int k) {
        final int[] sizes = new int[k];
        for (final int l : labels) {
            sizes[l]++;
        }
        return Arrays.stream(sizes).boxed().sorted((a, b) -> Integer.compare(b, a)).mapToInt(Integer::intValue)
            .toArray();
    }

    /** Sum of squared Euclidean distances of rows to their cluster's mean. */
    static double sse(final double[][] x, final int[] labels, final int k) {
        final int d = x[0].length;
        final double[][] sum = new double[k][d];
        final int[] cnt = new int[k];
        for (int i = 0; i < x.length; i++) {
            cnt[labels[i]]++;
            for (int j = 0; j < d; j++) {
                sum[labels[i]][j] += x[i][j];
            }
        }
        double s = 0;
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < d; j++) {
                final double diff = x[i][j] - sum[labels[i]][j] / cnt[labels[i]];
                s += diff * diff;
            }
        }
        return s;
    }

    /**
     * Reads the five behavioural columns of the sample data (UTF-8 with BOM, plain comma-separated numbers) and
     * z-scores them with the <em>population</em> standard deviation (divide by n, like scikit-learn's
     * StandardScaler). Ward partitions do not depend on this choice: the sample standard deviation scales every
     * column by the same factor sqrt(n/(n-1)), which multiplies all merge costs by one constant.
     */
    static double[][] sampleZScored() throws IOException {
        final List<String> lines = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8);
        String header = lines.get(0);
        if (header.startsWith("\uFEFF")) {
            header = header.substring(1);
        }
        final List<String> names = Arrays.asList(header.split(","));
        final int[] cols = SAMPLE_COLUMNS.stream().mapToInt(names::indexOf).toArray();
        for (int j = 0; j < cols.length; j++) {
            if (cols[j] < 0) {
                throw new IllegalStateException("sample data lacks column " + SAMPLE_COLUMNS.get(j));
            }
        }
        final List<double[]> rows = new ArrayList<>();
        for (final String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) {
                continue;
            }
            final String[] f = line.split(",");
            final double[] r = new double[cols.length];
            for (int j = 0; j < cols.length; j++) {
                r[j] = Double.parseDouble(f[cols[j]].trim());
            }
            rows.add(r);
        }
        final double[][] x = rows.toArray(new double[0][]);
        final int n = x.length;
        for (int j = 0; j < cols.length; j++) {
            double mean = 0;
            for (final double[] r : x) {
                mean += r[j];
            }
            mean /= n;
            double var = 0;
            for (final double[] r : x) {
                var += (r[j] - mean) * (r[j] - mean);
            }
            final double sd = Math.sqrt(var / n);
            for (final double[] r : x) {
                r[j] = (r[j] - mean) / sd;
            }
        }
        return x;
    }
}
