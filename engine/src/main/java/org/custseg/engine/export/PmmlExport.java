package org.custseg.engine.export;

import java.util.List;

import org.custseg.engine.SegmentationException;
import org.custseg.engine.model.SegmentationModel;
import org.custseg.engine.prep.Preprocessing;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Distance;
import org.custseg.engine.config.MissingPolicy;

/**
 * Writes a centre-based segmentation model (k-means, hierarchical) as a PMML 4.4 {@code ClusteringModel} that a PMML
 * consumer scores from the raw customer values exactly as {@link SegmentationModel#assign} does:
 * <ul>
 * <li>{@code MiningSchema}: each feature an active field; with an imputing policy the training mean or median is its
 * {@code missingValueReplacement}; with the policies "fail" and "drop rows" a missing value makes the result invalid
 * ({@code missingValueTreatment="returnInvalid"}, PMML 4.4), the counterpart of our unassigned row;</li>
 * <li>{@code LocalTransformations}: one {@code DerivedField "scaled(<feature>)"} per feature holding the model's
 * scaling as a {@code NormContinuous} through the points (centre, 0) and (centre + scale, 1), extrapolated
 * ({@code outliers="asIs"}), i.e. {@code (x - centre) / scale};</li>
 * <li>{@code ComparisonMeasure kind="distance"}: {@code squaredEuclidean} (same nearest centre as Euclidean), or
 * {@code cityBlock} for a k-means model trained with the Manhattan distance;</li>
 * <li>one {@code Cluster} per segment, id {@code 1..k}, name "Segment i", centre in scaled space (k-means: the
 * k-means centres; hierarchical: the segment means, the rule our assigner uses for new rows).</li>
 * </ul>
 * Output fields: {@code segment} (the cluster name, e.g. "Segment 2") and {@code segment_id} (1..k). Ties go to the
 * first cluster in PMML, as in our assigner. The only expected differences come from floating-point rounding of the
 * scaling (a consumer computes {@code (x - centre) / ((centre + scale) - centre)}), which can change the segment of a
 * row only when its two nearest centres are equally near to about 1e-12; the tests count such rows.
 *
 * <p>EM models are refused: a Gaussian-mixture posterior is not a {@code ClusteringModel}, and a re-expression
 * (e.g. a softmax regression on squared terms) would score differently near ties without anybody checking it.
 *
 * <p>The XML is written by this class (no XML library), with a fixed layout, so the same model gives the same bytes.
 */
public final class PmmlExport {

    /** The PMML namespace written. */
    public static final String NAMESPACE = "http://www.dmg.org/PMML-4_4";

    private PmmlExport() {
    }

    /**
     * @param model a model
     * @return {@code null} when the model can be exported, otherwise why not (for messages)
     */
    public static String unsupportedReason(final SegmentationModel model) {
        if (model.algorithm() == Algorithm.EM) {
            return "EM models cannot be exported: PMML has no Gaussian-mixture model that scores exactly as ours"
                + " (most probable component of a diagonal Gaussian mixture); use model.json with segment apply or"
                + " the Segment Assigner, or a k-means or hierarchical model.";
        }
        if (model.distance() == Distance.GOWER) {
            return "K-Medoids models with Gower distance cannot be exported: their scoring compares categories and"
                + " uses the training ranges, which the exported formats do not express; use model.json with segment"
                + " apply or the Segment Assigner, or a k-medoids model with Euclidean or Manhattan distance.";
        }
        return null;
    }

    /**
     * @param model a k-means or hierarchical model
     * @param description a free-text description for the PMML header (e.g. where it came from), may be {@code null}
     * @return the PMML document (UTF-8 XML text)
     * @throws SegmentationException for an EM model (see {@link #unsupportedReason})
     */
    public static String toPmml(final SegmentationModel model, final String description) throws SegmentationException {
        final String why = unsupportedReason(model);
        if (why != null) {
            throw new SegmentationException(why);
        }
        final List<String> features = model.featureNames();
        final int k = model.k();
        // k-means and k-medoids (Euclidean or Manhattan): nearest stored centre (the medoids for k-medoids)
        final boolean kmeans = model.algorithm() == Algorithm.KMEANS || model.algorithm() == Algorithm.KMEDOIDS;
        final double[][] centres = kmeans ? model.kMeansCenters() : model.centroidsScaled();
        final boolean manhattan = kmeans && model.distance() == Distance.MANHATTAN;
        final StringBuilder x = new StringBuilder(4096);
        appendHeader(x, model, description);
        x.append("  <ClusteringModel modelName=\"customer segmentation\" functionName=\"clustering\" algorithmName=\"")
            .append(kmeans ? "k-means" : "hierarchical (nearest segment centroid)")
            .append("\" modelClass=\"centerBased\" numberOfClusters=\"").append(k).append("\">\n");
        appendMiningSchemaAndOutput(x, model);
        appendLocalTransformations(x, model);
        x.append("    <ComparisonMeasure kind=\"distance\">\n");
        x.append(manhattan ? "      <cityBlock/>\n" : "      <squaredEuclidean/>\n");
        x.append("    </ComparisonMeasure>\n");
        for (final String f : features) {
            x.append("    <ClusteringField field=\"").append(esc(scaledName(f)))
                .append("\" compareFunction=\"absDiff\"/>\n");
        }
        appendClusters(x, model, centres);
        x.append("  </ClusteringModel>\n");
        x.append("</PMML>\n");
        return x.toString();
    }

    /** Appends the XML declaration, the PMML element, the header and the data dictionary. */
    private static void appendHeader(final StringBuilder x, final SegmentationModel model, final String description) {
        final List<String> features = model.featureNames();
        final int d = features.size();
        x.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        x.append("<PMML xmlns=\"").append(NAMESPACE).append("\" version=\"4.4\">\n");
        x.append("  <Header copyright=\"\" description=\"")
            .append(esc(description == null ? "Customer segmentation model" : description)).append("\">\n");
        x.append("    <Application name=\"Customer Segmentation for KNIME\" version=\"")
            .append(esc(model.engineVersion())).append("\"/>\n");
        x.append("  </Header>\n");
        x.append("  <DataDictionary numberOfFields=\"").append(d).append("\">\n");
        for (final String f : features) {
            x.append("    <DataField name=\"").append(esc(f)).append("\" optype=\"continuous\" dataType=\"double\"/>\n");
        }
        x.append("  </DataDictionary>\n");
    }

    /** Appends the mining schema (missing-value treatment per field) and the output fields. */
    private static void appendMiningSchemaAndOutput(final StringBuilder x, final SegmentationModel model) {
        final Preprocessing prep = model.preprocessing();
        final List<String> features = model.featureNames();
        final int d = features.size();
        x.append("    <MiningSchema>\n");
        final MissingPolicy policy = model.missingPolicy();
        for (int c = 0; c < d; c++) {
            x.append("      <MiningField name=\"").append(esc(features.get(c))).append("\" usageType=\"active\"");
            final double fill = prep.fillValue(c);
            if (!Double.isNaN(fill)) {
                x.append(" missingValueReplacement=\"").append(num(fill)).append("\" missingValueTreatment=\"")
                    .append(policy == MissingPolicy.IMPUTE_MEDIAN ? "asMedian" : "asMean").append('"');
            } else {
                x.append(" missingValueTreatment=\"returnInvalid\"");
            }
            x.append(" invalidValueTreatment=\"returnInvalid\"/>\n");
        }
        x.append("    </MiningSchema>\n");
        x.append("    <Output>\n");
        x.append("      <OutputField name=\"segment\" optype=\"categorical\" dataType=\"string\""
            + " feature=\"predictedDisplayValue\"/>\n");
        x.append("      <OutputField name=\"segment_id\" optype=\"categorical\" dataType=\"string\""
            + " feature=\"predictedValue\"/>\n");
        x.append("    </Output>\n");
    }

    /** Appends the scaling of every field as a derived field. */
    private static void appendLocalTransformations(final StringBuilder x, final SegmentationModel model) {
        final Preprocessing prep = model.preprocessing();
        final List<String> features = model.featureNames();
        final int d = features.size();
        x.append("    <LocalTransformations>\n");
        for (int c = 0; c < d; c++) {
            final double centre = prep.centers()[c];
            final double scale = prep.scales()[c];
            x.append("      <DerivedField name=\"").append(esc(scaledName(features.get(c))))
                .append("\" optype=\"continuous\" dataType=\"double\">\n");
            x.append("        <NormContinuous field=\"").append(esc(features.get(c))).append("\" outliers=\"asIs\">\n");
            x.append("          <LinearNorm orig=\"").append(num(centre)).append("\" norm=\"0\"/>\n");
            x.append("          <LinearNorm orig=\"").append(num(centre + scale)).append("\" norm=\"1\"/>\n");
            x.append("        </NormContinuous>\n");
            x.append("      </DerivedField>\n");
        }
        x.append("    </LocalTransformations>\n");
    }

    /** Appends one cluster per segment with its centre in scaled units. */
    private static void appendClusters(final StringBuilder x, final SegmentationModel model,
        final double[][] centres) {
        final int d = model.featureNames().size();
        final int k = model.k();
        for (int s = 0; s < k; s++) {
            x.append("    <Cluster id=\"").append(s + 1).append("\" name=\"").append(esc(model.segmentNames().get(s)))
                .append("\">\n");
            x.append("      <Array n=\"").append(d).append("\" type=\"real\">");
            for (int c = 0; c < d; c++) {
                x.append(c == 0 ? "" : " ").append(num(centres[s][c]));
            }
            x.append("</Array>\n");
            x.append("    </Cluster>\n");
        }
    }

    /**
     * @param feature a feature name
     * @return the name of its scaled derived field in the PMML
     */
    public static String scaledName(final String feature) {
        return "scaled(" + feature + ")";
    }

    /** Shortest decimal that reads back as the same double. */
    static String num(final double v) {
        if (!Double.isFinite(v)) {
            throw new IllegalArgumentException("not a finite number: " + v);
        }
        return Double.toString(v);
    }

    static String esc(final String s) {
        final StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            final char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\n' -> b.append("&#10;");
                case '\r' -> b.append("&#13;");
                case '\t' -> b.append("&#9;");
                default -> {
                    if (c < 0x20) {
                        b.append(' '); // not allowed in XML 1.0
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
