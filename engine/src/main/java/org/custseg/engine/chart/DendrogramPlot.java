package org.custseg.engine.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Path2D;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.hierarchical.Dendrogram;
import org.custseg.engine.hierarchical.FastHierarchical;
import org.custseg.engine.hierarchical.FastLinkage;
import org.custseg.engine.metrics.ClusterMetrics;

/**
 * The top levels of a hierarchical clustering as a dendrogram with the cut line at k. The segmentation result keeps
 * only the merge heights, so the tree is built again here with the engine's exact {@link FastHierarchical} on the
 * scaled rows (all rows up to {@value #MAX_ROWS}, above that a seeded sample: the chart says so). Only the last merges
 * are drawn: their subtrees are shown as leaves, coloured by the segment most of their rows belong to in the
 * segmentation and labelled with their number of rows.
 */
public final class DendrogramPlot {

    /** Most rows the chart's tree is built on; above it a seeded sample of this size. */
    public static final int MAX_ROWS = 5_000;

    /** Number of leaves (top-level clusters) drawn at least; more when k is larger. */
    public static final int LEAVES = 24;

    private DendrogramPlot() {
    }

    /**
     * @param x rows (scaled)
     * @param labels segment per row, 0..k-1
     * @param names segment names
     * @param linkage the linkage of the segmentation
     * @param seed seed of the sample above {@link #MAX_ROWS}
     * @return the chart
     * @throws CanceledException never (no progress listener can cancel here)
     */
    public static Chart of(final double[][] x, final int[] labels, final List<String> names,
        final FastLinkage linkage, final long seed) throws CanceledException {
        final int n = x.length;
        final int[] rows = n <= MAX_ROWS ? null : ClusterMetrics.sample(n, MAX_ROWS, seed);
        final int m = rows == null ? n : rows.length;
        final double[][] sub = new double[m][];
        final int[] subLabels = new int[m];
        for (int i = 0; i < m; i++) {
            sub[i] = x[rows == null ? i : rows[i]];
            subLabels[i] = labels[rows == null ? i : rows[i]];
        }
        final Dendrogram tree = FastHierarchical.cluster(sub, linkage, ProgressListener.NONE);
        final String note = (rows == null ? "tree of all " + n + " rows" : Plot.fmt(
            "tree of a seeded sample of %,d of %,d rows", m, n)) + ", " + linkage.name().toLowerCase() + " linkage";
        return draw(tree, subLabels, names, note);
    }

    /**
     * @param tree a tree
     * @param labels segment per leaf row of the tree
     * @param names segment names
     * @param note subtitle
     * @return the chart
     */
    static Chart draw(final Dendrogram tree, final int[] labels, final List<String> names, final String note) {
        final Layout layout = new Layout(tree, labels, names, note);
        return new Chart(DiagnosticPlots.WIDTH, DiagnosticPlots.HEIGHT, layout::paint);
    }

    /** The drawn part of a tree (its top merges and their subtrees as leaves) and how it is painted. */
    private static final class Layout {

        private final List<String> names;

        private final String note;

        private final int k;

        private final int n;

        private final int[] left;

        private final int[] right;

        private final double[] h;

        /** Merges from here on are drawn. */
        private final int firstTop;

        /** Leaf (top-level cluster) ids, depth-first from the root, left child first. */
        private final List<Integer> order;

        /** Rows per leaf. */
        private final int[] size;

        /** Majority segment per leaf. */
        private final int[] segment;

        private final double cut;

        private final double top;

        private final double base;

        Layout(final Dendrogram tree, final int[] labels, final List<String> names, final String note) {
            this.names = names;
            this.note = note;
            k = names.size();
            n = tree.size();
            final int leaves = Math.min(n, Math.max(LEAVES, k + 4));
            left = tree.mergeLeft();
            right = tree.mergeRight();
            h = tree.heights();
            firstTop = n - leaves;
            order = leafOrder();
            size = new int[order.size()];
            segment = new int[order.size()];
            for (int l = 0; l < order.size(); l++) {
                segment[l] = majoritySegment(l, labels);
            }
            cut = cutHeight(h, k);
            top = h.length == 0 ? 1 : h[h.length - 1];
            base = firstTop <= 0 ? 0 : h[firstTop - 1];
        }

        /** @return the leaf order: depth-first from the root, left child first */
        private List<Integer> leafOrder() {
            final List<Integer> leafIds = new ArrayList<>();
            final Deque<Integer> stack = new ArrayDeque<>();
            stack.push(n == 1 ? 0 : 2 * n - 2);
            while (!stack.isEmpty()) {
                final int id = stack.pop();
                if (isTopLeaf(id, n, firstTop)) {
                    leafIds.add(id);
                } else {
                    stack.push(right[id - n]);
                    stack.push(left[id - n]);
                }
            }
            return leafIds;
        }

        /** Counts the rows of leaf {@code l} into {@link #size} and returns the segment most of them belong to. */
        private int majoritySegment(final int l, final int[] labels) {
            final int[] count = new int[k];
            final Deque<Integer> st = new ArrayDeque<>();
            st.push(order.get(l));
            while (!st.isEmpty()) {
                final int id = st.pop();
                if (id < n) {
                    count[labels[id]]++;
                    size[l]++;
                } else {
                    st.push(left[id - n]);
                    st.push(right[id - n]);
                }
            }
            int best = 0;
            for (int s = 1; s < k; s++) {
                if (count[s] > count[best]) {
                    best = s;
                }
            }
            return best;
        }

        void paint(final Graphics2D g) {
            final int width = DiagnosticPlots.WIDTH;
            Plot.title(g, "Dendrogram (top " + order.size() + " clusters), cut at k = " + k, note, width);
            final List<Color> colors = new ArrayList<>();
            for (int s = 0; s < k; s++) {
                colors.add(Plot.segmentColor(s));
            }
            final int lw = Plot.legendWidth(names, 200);
            final Plot p = axes(g, lw);
            drawMerges(g, p);
            drawLeaves(g, p);
            if (k > 1 && k < n) {
                drawCut(g, p);
            }
            Plot.legend(g, names, colors, width - 12 - lw, p.top, lw);
        }

        /** Draws the y axis and the axis titles. */
        private Plot axes(final Graphics2D g, final int lw) {
            final int width = DiagnosticPlots.WIDTH;
            final int height = DiagnosticPlots.HEIGHT;
            final double ystep = Plot.step(base, top * 1.05, 5);
            final double[] yt = Plot.ticks(base, top * 1.05, 5);
            final int tickW = Arrays.stream(yt).mapToInt(t -> BitmapFont.width(Plot.format(t, ystep), Plot.PX))
                .max().orElse(0);
            final Plot p = new Plot(12 + Plot.LINE + 14 + tickW, 24 + 2 * Plot.LINE + 4, width - 36 - lw,
                height - 100, -0.5, order.size() - 0.5, base, top * 1.05);
            p.yAxis(g, yt, ystep);
            p.yTitle(g, "Merge height", 12);
            g.setColor(Plot.TEXT);
            final String xTitle = "Top clusters (number: rows in the cluster)";
            BitmapFont.draw(g, xTitle, (p.left + p.right) / 2 - BitmapFont.width(xTitle, Plot.PX) / 2,
                height - Plot.LINE - 6, Plot.PX);
            return p;
        }

        /** The drawn merges: x of a node is the mean x of its two children. */
        private void drawMerges(final Graphics2D g, final Plot p) {
            final double[] nodeX = new double[2 * n - 1];
            final double[] nodeY = new double[2 * n - 1];
            for (int l = 0; l < order.size(); l++) {
                nodeX[order.get(l)] = l;
                nodeY[order.get(l)] = base;
            }
            g.setStroke(new BasicStroke(2f));
            for (int i = Math.max(0, firstTop); i < n - 1; i++) {
                final int a = left[i];
                final int b = right[i];
                final int id = n + i;
                nodeX[id] = (nodeX[a] + nodeX[b]) / 2;
                nodeY[id] = h[i];
                final Path2D u = new Path2D.Double();
                u.moveTo(p.px(nodeX[a]), p.py(nodeY[a]));
                u.lineTo(p.px(nodeX[a]), p.py(h[i]));
                u.lineTo(p.px(nodeX[b]), p.py(h[i]));
                u.lineTo(p.px(nodeX[b]), p.py(nodeY[b]));
                g.setColor(h[i] > cut ? Plot.MUTED : Plot.TEXT);
                g.draw(u);
            }
        }

        /** Leaves: a coloured block and the row count, turned. */
        private void drawLeaves(final Graphics2D g, final Plot p) {
            for (int l = 0; l < order.size(); l++) {
                final double cx = p.px(l);
                g.setColor(Plot.segmentColor(segment[l]));
                g.fillRect((int)Math.round(cx - 6), p.bottom - 4, 12, 10);
                g.setColor(Plot.TEXT);
                final String s = Integer.toString(size[l]);
                BitmapFont.drawUp(g, s, (int)Math.round(cx - 7), p.bottom + 12 + BitmapFont.width(s, Plot.PX),
                    Plot.PX);
            }
        }

        /** The dashed cut line at k and its label. */
        private void drawCut(final Graphics2D g, final Plot p) {
            g.setColor(new Color(0xD55E00));
            g.setStroke(Plot.DASHED);
            Plot.line(g, p.left, p.py(cut), p.right, p.py(cut));
            final String label = "cut: k = " + k;
            g.setColor(Color.WHITE);
            g.fillRect(p.right - BitmapFont.width(label, Plot.PX) - 4, (int)p.py(cut) - Plot.LINE - 6,
                BitmapFont.width(label, Plot.PX) + 4, Plot.LINE + 2);
            g.setColor(new Color(0xD55E00));
            BitmapFont.draw(g, label, p.right - BitmapFont.width(label, Plot.PX) - 2,
                (int)p.py(cut) - Plot.LINE - 4, Plot.PX);
        }
    }

    /**
     * @param heights the merge heights, ascending
     * @param k the number of segments
     * @return the height of the cut line: halfway between the last merge applied for k clusters and the first one
     *         not applied
     */
    static double cutHeight(final double[] heights, final int k) {
        final int n = heights.length + 1;
        if (k >= n) {
            return 0;
        }
        return k <= 1 ? heights[n - 2] * 1.02 : (heights[n - k - 1] + heights[n - k]) / 2;
    }

    private static boolean isTopLeaf(final int id, final int n, final int firstTop) {
        return id < n || id - n < firstTop;
    }
}
