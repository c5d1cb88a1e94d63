package org.custseg.engine.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.hierarchical.Dendrogram;
import org.custseg.engine.hierarchical.FastHierarchical;
import org.custseg.engine.hierarchical.FastLinkage;
import org.custseg.engine.metrics.ClusterMetrics;
import org.custseg.engine.model.SegmentationModel;

import weka.clusterers.HierarchicalClusterer;
import weka.core.Instances;
import weka.core.SelectedTag;
import weka.core.Tag;
import weka.core.Utils;
import org.custseg.engine.config.Distance;
import org.custseg.engine.config.Linkage;
import org.custseg.engine.config.HierarchicalEngine;

/**
 * Hierarchical clustering with two engines.
 * <ul>
 * <li>{@link HierarchicalEngine#FAST} (default): {@link FastHierarchical}, exact, O(n²) time; builds one tree and cuts
 * it for every k of an automatic scan. Merge heights are reported. Its row limit is
 * {@link FastHierarchical#maxRows}.</li>
 * <li>{@link HierarchicalEngine#WEKA}: Weka's {@code HierarchicalClusterer} with the chosen link type and a distance
 * that does not rescale columns; refused above {@link #WEKA_MAX_ROWS} clustered rows. Labels come from
 * {@code clusterInstance} on the training rows; Weka does not expose merge heights, so none are reported. Each k of
 * an automatic scan is a separate build. A build cannot be interrupted inside Weka: it runs on a worker thread and
 * cancellation returns at once while the abandoned build finishes in the background ({@link WekaRunner}).</li>
 * </ul>
 * With {@code sampleSize > 0} (and fewer than all rows) a sample drawn with {@code new Random(seed)} is clustered
 * and every other row goes to the nearest segment centroid (Euclidean, mean of the sample members); the row limits
 * then apply to the sample.
 */
final class HierarchicalSegmenter implements AllAtOnceSegmenter {

    /** See {@link HierarchicalEngine#WEKA_MAX_ROWS}. */
    static final int WEKA_MAX_ROWS = HierarchicalEngine.WEKA_MAX_ROWS;

    @Override
    public List<RawFit> fitAll(final double[][] x, final int[] ks, final SegmentationConfig config,
        final ProgressListener progress) throws SegmentationException, CanceledException {
        final int n = x.length;
        int[] sample = null;
        double[][] clustered = x;
        if (config.sampleSize() > 0 && config.sampleSize() < n) {
            sample = ClusterMetrics.sample(n, config.sampleSize(), config.seed());
            clustered = new double[sample.length][];
            for (int i = 0; i < sample.length; i++) {
                clustered[i] = x[sample[i]];
            }
        }
        for (final int k : ks) {
            if (k > clustered.length) {
                throw new SegmentationException("k = " + k + " is larger than the " + clustered.length
                    + " sampled rows: raise sampleSize or lower k.");
            }
        }
        final List<RawFit> fits = config.engine() == HierarchicalEngine.FAST ? fast(clustered, ks, config, progress)
            : weka(clustered, ks, config, progress);
        if (sample == null) {
            return fits;
        }
        final List<RawFit> out = new ArrayList<>();
        for (final RawFit f : fits) {
            progress.checkCanceled();
            final double[][] cent = ClusterMetrics.centroids(clustered, f.labels(), f.k());
            final int[] labels = new int[n];
            final boolean[] inSample = new boolean[n];
            for (int i = 0; i < sample.length; i++) {
                inSample[sample[i]] = true;
                labels[sample[i]] = f.labels()[i];
            }
            for (int r = 0; r < n; r++) {
                if (!inSample[r]) {
                    labels[r] = SegmentationModel.nearest(cent, x[r], Distance.EUCLIDEAN);
                }
            }
            out.add(new RawFit(f.k(), labels, null, null, f.mergeHeights(), f.wekaOptions() + " (clustered a seeded "
                + "sample of " + sample.length + " of " + n + " rows; the rest assigned to the nearest centroid)"));
        }
        return out;
    }

    private static List<RawFit> fast(final double[][] x, final int[] ks, final SegmentationConfig config,
        final ProgressListener progress) throws SegmentationException, CanceledException {
        final FastLinkage linkage = FastLinkage.valueOf(config.linkage().name());
        final long limit = FastHierarchical.maxRows(linkage, Runtime.getRuntime().maxMemory());
        if (x.length > limit) {
            throw new SegmentationException(String.format(Locale.ROOT,
                "The fast hierarchical engine with %s linkage handles at most %,d rows with the current memory, but "
                    + "there are %,d rows to cluster: use k-means, or set a sample size (e.g. %,d) to cluster a seeded "
                    + "sample and assign the other rows to the nearest segment centroid%s.",
                linkage, limit, x.length, Math.min(limit, 20_000),
                linkage == FastLinkage.COMPLETE || linkage == FastLinkage.AVERAGE ? ", or give Java more memory" : ""));
        }
        final Dendrogram tree;
        try {
            tree = FastHierarchical.cluster(x, linkage, progress);
        } catch (final IllegalArgumentException e) {
            throw new SegmentationException(e.getMessage(), e);
        }
        final double[] heights = tree.heights();
        final List<RawFit> out = new ArrayList<>();
        for (final int k : ks) {
            out.add(new RawFit(k, tree.cut(k), null, null, heights, "fast-" + linkage.name().toLowerCase(Locale.ROOT)
                + " (exact nearest-neighbour-chain engine, Euclidean)"));
        }
        return out;
    }

    private static List<RawFit> weka(final double[][] x, final int[] ks, final SegmentationConfig config,
        final ProgressListener progress) throws SegmentationException, CanceledException {
        if (x.length > WEKA_MAX_ROWS) {
            throw new SegmentationException(String.format(Locale.ROOT,
                "Weka's hierarchical engine is limited to %,d rows (it needs minutes and gigabytes from a few thousand "
                    + "rows; 5,000 rows took over 3 minutes), but there are %,d rows to cluster: use the FAST engine, "
                    + "k-means, or set a sample size of at most %,d.",
                WEKA_MAX_ROWS, x.length, WEKA_MAX_ROWS));
        }
        final Instances data = WekaData.toInstances(x);
        final List<RawFit> out = new ArrayList<>();
        for (int i = 0; i < ks.length; i++) {
            final int k = ks[i];
            progress.checkCanceled();
            progress.progress((double) i / ks.length, "Weka hierarchical clustering, k = " + k);
            final HierarchicalClusterer hc = new HierarchicalClusterer();
            hc.setNumClusters(k);
            hc.setLinkType(new SelectedTag(linkTag(config.linkage()), HierarchicalClusterer.TAGS_LINK_TYPE));
            hc.setDistanceFunction(WekaData.distance(config.distance()));
            try {
                hc.getCapabilities().testWithFail(data);
            } catch (final Exception e) {
                throw new SegmentationException("Weka hierarchical clustering cannot use this data: "
                    + WekaData.message(e), e);
            }
            final int[] labels;
            try {
                labels = WekaRunner.run(() -> {
                    hc.buildClusterer(data);
                    final int[] l = new int[data.numInstances()];
                    for (int r = 0; r < l.length; r++) {
                        l[r] = hc.clusterInstance(data.instance(r));
                    }
                    return l;
                }, progress);
            } catch (final CanceledException e) {
                throw e;
            } catch (final Exception e) {
                throw new SegmentationException("Weka hierarchical clustering failed for k = " + k + ": "
                    + WekaData.message(e), e);
            }
            final long used = java.util.Arrays.stream(labels).distinct().count();
            if (used < k) {
                throw new SegmentationException("Weka's hierarchical clusterer with the " + config.linkage()
                    + " link type put the rows into only " + used + " segment" + (used == 1 ? "" : "s") + " for k = "
                    + k + (config.linkage() == Linkage.NEIGHBOR_JOINING
                        ? " (Weka's neighbour joining does not stop at k clusters)" : "")
                    + ": choose another link type, such as WARD or AVERAGE.");
            }
            out.add(new RawFit(k, labels, null, null, new double[0], Utils.joinOptions(hc.getOptions())));
        }
        return out;
    }

    private static int linkTag(final Linkage linkage) {
        for (final Tag t : HierarchicalClusterer.TAGS_LINK_TYPE) {
            if (t.getReadable().equalsIgnoreCase(linkage.name())) {
                return t.getID();
            }
        }
        throw new IllegalStateException("Weka has no link type " + linkage);
    }
}
