package org.custseg.engine.export;

import java.util.List;

import org.custseg.engine.SegmentationException;
import org.custseg.engine.model.SegmentationModel;
import org.custseg.engine.prep.Preprocessing;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Distance;

/**
 * Writes one SQL {@code SELECT} that adds the segment of a centre-based model (k-means, hierarchical) to a customer
 * table, computed as {@link SegmentationModel#assign} does: imputation ({@code COALESCE} with the training mean or
 * median; with the policies "fail" and "drop rows" a missing value gives a {@code NULL} segment), the model's scaling
 * {@code (x - centre) / scale}, the squared Euclidean (or, for a Manhattan k-means model, the city-block) distance to
 * every centre, and the nearest centre, ties to the lower segment number ({@code CASE} with {@code <=}).
 *
 * <p>Only ANSI SQL is used: {@code CASE}, {@code COALESCE}, {@code CAST(... AS DOUBLE PRECISION)}, arithmetic,
 * {@code ABS} (Manhattan only), derived tables and double-quoted identifiers. Every constant is cast to
 * {@code DOUBLE PRECISION} so the database computes in IEEE doubles, as Java does; with the same order of operations
 * the distances are bit-identical, and a database gives our segment for every row.
 *
 * <p>Shape: {@code SELECT <columns>, CASE ... END AS "segment" FROM (SELECT z.*, <distances> FROM (SELECT t.*,
 * <scaled values> FROM <table> t) z) d}. With {@code keepColumns} the outer list names them (plus
 * {@code "segment"}); without, it is {@code d.*}, which also carries the helper columns {@code "seg_z_<i>"} (scaled
 * feature i) and {@code "seg_dist_<j>"} (distance to segment j).
 */
public final class SqlExport {

    private SqlExport() {
    }

    /**
     * @param model a k-means or hierarchical model
     * @param table the table (or view, or parenthesised subquery with alias rules of your database) holding the raw
     *            customer columns, written into the query as given (e.g. {@code customers} or
     *            {@code "dwh"."customers"})
     * @param keepColumns the input columns to return beside the segment, or {@code null}/empty for {@code d.*}
     * @return the query, without a trailing semicolon
     * @throws SegmentationException for an EM model
     */
    public static String select(final SegmentationModel model, final String table, final List<String> keepColumns)
        throws SegmentationException {
        final String why = PmmlExport.unsupportedReason(model);
        if (why != null) {
            throw new SegmentationException(why.replace("exported", "exported as SQL"));
        }
        final Preprocessing prep = model.preprocessing();
        final List<String> features = model.featureNames();
        final int d = features.size();
        final int k = model.k();
        // k-means and k-medoids (Euclidean or Manhattan): nearest stored centre (the medoids for k-medoids)
        final boolean kmeans = model.algorithm() == Algorithm.KMEANS || model.algorithm() == Algorithm.KMEDOIDS;
        final double[][] centres = kmeans ? model.kMeansCenters() : model.centroidsScaled();
        final boolean manhattan = kmeans && model.distance() == Distance.MANHATTAN;
        final String scaled = scaledColumns(prep, features);
        final String dist = distances(centres, d, k, manhattan);
        final String choose = nearestCase(model.segmentNames(), k);
        final StringBuilder q = new StringBuilder();
        q.append("-- Customer segmentation (").append(model.algorithm().name().toLowerCase()).append(", k = ").append(k)
            .append(", ").append(model.engineVersion()).append("): adds \"segment\" to ").append(table).append('\n');
        q.append("-- missing values: ").append(model.missingPolicy()).append("; scaling: ").append(model.scaling())
            .append("; features: ").append(String.join(", ", features).replace('\n', ' ')).append('\n');
        q.append("SELECT ");
        if (keepColumns == null || keepColumns.isEmpty()) {
            q.append("d.*");
        } else {
            for (int i = 0; i < keepColumns.size(); i++) {
                q.append(i == 0 ? "" : ", ").append("d.").append(id(keepColumns.get(i)));
            }
        }
        q.append(",\n  ").append(choose).append("\nFROM (\n  SELECT z.*").append(dist).append("\n  FROM (\n    SELECT t.*")
            .append(scaled.replace("\n      ", "\n      ")).append("\n    FROM ").append(table)
            .append(" t\n  ) z\n) d");
        return q.toString();
    }

    /** @return the select list computing every feature in scaled units (missing values filled as the model does) */
    private static String scaledColumns(final Preprocessing prep, final List<String> features) {
        final int d = features.size();
        final double[] centre = prep.centers();
        final double[] scale = prep.scales();

        final StringBuilder scaled = new StringBuilder();
        for (int c = 0; c < d; c++) {
            String raw = "CAST(t." + id(features.get(c)) + " AS DOUBLE PRECISION)";
            final double fill = prep.fillValue(c);
            if (!Double.isNaN(fill)) {
                raw = "COALESCE(" + raw + ", " + num(fill) + ")";
            }
            scaled.append(",\n      (").append(raw).append(" - ").append(num(centre[c])).append(") / ")
                .append(num(scale[c])).append(" AS ").append(id("seg_z_" + (c + 1)));
        }
        return scaled.toString();
    }

    /** @return the select list computing the distance to every segment centre, summed as Java sums */
    private static String distances(final double[][] centres, final int d, final int k, final boolean manhattan) {
        final StringBuilder dist = new StringBuilder();
        for (int s = 0; s < k; s++) {
            dist.append(",\n    ");
            for (int c = 0; c < d; c++) {
                final String diff = "(z." + id("seg_z_" + (c + 1)) + " - " + num(centres[s][c]) + ")";
                // left to right, as Java sums: ((t1 + t2) + t3) ...
                dist.append(c == 0 ? "" : " + ").append(manhattan ? "ABS" + diff : diff + " * " + diff);
            }
            dist.append(" AS ").append(id("seg_dist_" + (s + 1)));
        }
        return dist.toString();
    }

    /** @return the CASE choosing the nearest centre, ties to the lower segment number */
    private static String nearestCase(final List<String> segmentNames, final int k) {
        final StringBuilder choose = new StringBuilder("CASE\n    WHEN d.").append(id("seg_dist_1"))
            .append(" IS NULL THEN NULL");
        for (int s = 0; s < k - 1; s++) {
            choose.append("\n    WHEN ");
            for (int o = s + 1; o < k; o++) {
                choose.append(o == s + 1 ? "" : " AND ").append("d.").append(id("seg_dist_" + (s + 1))).append(" <= d.")
                    .append(id("seg_dist_" + (o + 1)));
            }
            choose.append(" THEN ").append(str(segmentNames.get(s)));
        }
        choose.append("\n    ELSE ").append(str(segmentNames.get(k - 1))).append("\n  END AS ")
            .append(id("segment"));
        return choose.toString();
    }

    /** A double constant: {@code CAST(<shortest round-trip decimal> AS DOUBLE PRECISION)}. */
    static String num(final double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        return "CAST(" + Double.toString(v) + " AS DOUBLE PRECISION)";
    }

    /** A delimited identifier. */
    static String id(final String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }

    /** A string literal. */
    static String str(final String s) {
        return "'" + s.replace("'", "''") + "'";
    }
}
