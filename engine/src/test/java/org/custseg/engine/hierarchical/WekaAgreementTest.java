package org.custseg.engine.hierarchical;

import static org.custseg.engine.hierarchical.HierarchicalTestData.canonical;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.ArrayList;

import org.custseg.engine.ProgressListener;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import weka.clusterers.HierarchicalClusterer;
import weka.core.Attribute;
import weka.core.DenseInstance;
import weka.core.EuclideanDistance;
import weka.core.Instances;
import weka.core.SelectedTag;

/**
 * Single, complete and average linkage of {@link FastHierarchical} give the same partitions as Weka 3.8.6's
 * {@code HierarchicalClusterer} with the same link type and {@code EuclideanDistance} with
 * {@code setDontNormalize(true)}, on tie-free data (continuous Gaussian blobs from a seeded {@link java.util.Random}).
 * Weka's labels are read with {@code clusterInstance} on the training rows (a 1-nearest-neighbour lookup that finds
 * the row itself, since rows are distinct). Partitions are compared after canonical relabelling (first occurrence in
 * row order), so label permutations do not matter.
 */
class WekaAgreementTest {

    private static int[] weka(final double[][] x, final String linkType, final int k) throws Exception {
        final ArrayList<Attribute> atts = new ArrayList<>();
        for (int j = 0; j < x[0].length; j++) {
            atts.add(new Attribute("x" + j));
        }
        final Instances data = new Instances("t", atts, x.length);
        for (final double[] row : x) {
            data.add(new DenseInstance(1.0, row.clone()));
        }
        final EuclideanDistance distance = new EuclideanDistance();
        distance.setDontNormalize(true);
        final HierarchicalClusterer hc = new HierarchicalClusterer();
        hc.setDistanceFunction(distance);
        hc.setNumClusters(k);
        hc.setLinkType(new SelectedTag(linkType, HierarchicalClusterer.TAGS_LINK_TYPE));
        hc.buildClusterer(data);
        final int[] labels = new int[x.length];
        for (int i = 0; i < x.length; i++) {
            labels[i] = hc.clusterInstance(data.instance(i));
        }
        return labels;
    }

    /** One Weka build per k; Weka needs about 7 s per build at n = 1,000 here, so the largest cases use one k. */
    @ParameterizedTest(name = "{0} n={1} d={2} seed={3} k={4}")
    @CsvSource({
        "SINGLE,   300, 3, 101, 2 3 4 6 9",
        "COMPLETE, 300, 3, 102, 2 3 4 6 9",
        "AVERAGE,  300, 3, 103, 2 3 4 6 9",
        "SINGLE,   600, 5, 104, 7",
        "COMPLETE, 600, 5, 105, 5",
        "AVERAGE, 1000, 5, 106, 6"})
    void samePartitionsAsWeka(final FastLinkage linkage, final int n, final int d, final long seed, final String ks)
        throws Exception {
        final double[][] x = HierarchicalTestData.blobs(seed, n, d, 6, 1.0);
        final Dendrogram tree = FastHierarchical.cluster(x, linkage, ProgressListener.NONE);
        for (final String k : ks.trim().split(" +")) {
            final int kk = Integer.parseInt(k);
            assertArrayEquals(canonical(weka(x, linkage.name(), kk)), tree.cut(kk), linkage + " k = " + kk);
        }
    }
}
