package org.custseg.engine.segment;

import java.util.Locale;
import org.custseg.engine.config.KCriterion;

/**
 * A plain-words reading of how well separated the segments are, shown wherever a segmentation is shown (command
 * line, report, node warning, flow variable).
 *
 * <p>The reading uses the mean silhouette width at the chosen k, because it has an absolute scale (-1 to 1) that
 * the other criteria lack (Calinski-Harabasz, Davies-Bouldin, SSE and BIC only compare k on the same data). Bands,
 * after Kaufman and Rousseeuw's rule of thumb:
 * <table>
 * <caption>Bands</caption>
 * <tr><td>&ge; 0.70</td><td>{@link Band#STRONG}</td><td>strong structure: clearly separated segments</td></tr>
 * <tr><td>0.50 to 0.70</td><td>{@link Band#REASONABLE}</td><td>reasonable structure: distinct segments</td></tr>
 * <tr><td>0.25 to 0.50</td><td>{@link Band#MODERATE}</td><td>moderate structure: segments overlap; read the profiles
 * as typical tendencies</td></tr>
 * <tr><td>&lt; 0.25</td><td>{@link Band#WEAK}</td><td>weak structure: treat segments as tendencies, not distinct
 * groups</td></tr>
 * </table>
 * When k was chosen automatically and the chosen k is the smallest k tried, a note says so: the criterion may prefer
 * an even coarser split, and two or three segments may be too coarse to act on. Likewise when it is the largest k
 * tried: the criterion may prefer still more segments, so the range should be widened before acting.
 *
 * @param criterion the criterion that chose k ({@code SILHOUETTE} when k was fixed)
 * @param criterionValue its value at the chosen k
 * @param silhouette the mean silhouette width at the chosen k ({@code NaN} when unknown)
 * @param band the band of the silhouette ({@code null} when unknown)
 * @param kRangeNote the note when automatic k chose the smallest or the largest k tried, otherwise {@code null}
 */
public record QualityVerdict(KCriterion criterion, double criterionValue, double silhouette, Band band,
    String kRangeNote) {

    /** Silhouette bands. */
    public enum Band {
        /** &ge; 0.70 */
        STRONG("strong structure: clearly separated segments"),
        /** 0.50 to 0.70 */
        REASONABLE("reasonable structure: distinct segments"),
        /** 0.25 to 0.50 */
        MODERATE("moderate structure: segments overlap; read the profiles as typical tendencies"),
        /** below 0.25 */
        WEAK("weak structure: treat segments as tendencies, not distinct groups; check decisions on the profiles");

        private final String reading;

        Band(final String reading) {
            this.reading = reading;
        }

        /** @return the plain-words reading */
        public String reading() {
            return reading;
        }
    }

    /**
     * @param silhouette a mean silhouette width
     * @return its band, {@code null} for NaN
     */
    public static Band band(final double silhouette) {
        if (Double.isNaN(silhouette)) {
            return null;
        }
        return silhouette >= 0.70 ? Band.STRONG : silhouette >= 0.50 ? Band.REASONABLE
            : silhouette >= 0.25 ? Band.MODERATE : Band.WEAK;
    }

    /**
     * @param result a segmentation
     * @param config its configuration
     * @return the verdict
     */
    public static QualityVerdict of(final SegmentationResult result, final SegmentationConfig config) {
        double sil = Double.NaN;
        String note = null;
        if (config.automaticK()) {
            for (final KSelectionRow row : result.kSelection()) {
                if (row.chosen()) {
                    sil = row.silhouette();
                }
            }
            note = kRangeNote(result.k(), config.kMin(), config.kMax());
        } else {
            sil = result.criterionValue();
        }
        final KCriterion criterion = config.automaticK() ? config.criterion() : KCriterion.SILHOUETTE;
        return new QualityVerdict(criterion, result.criterionValue(), sil, band(sil), note);
    }

    /**
     * The note when an automatic search chose a k at either end of the range it tried.
     *
     * @param k the chosen k
     * @param kMin the smallest k tried
     * @param kMax the largest k tried
     * @return the note, or {@code null} when k lies inside the range or only one k was tried
     */
    public static String kRangeNote(final int k, final int kMin, final int kMax) {
        if (kMax <= kMin) {
            return null;
        }
        if (k == kMin) {
            return "k = " + k + " is the smallest number of segments tried (" + kMin + ".." + kMax + "): the criterion"
                + " may prefer an even coarser split, and " + k + " segments may be too coarse to act on; compare the"
                + " profiles of a fixed, larger k.";
        }
        if (k == kMax) {
            return "k = " + k + " is the largest number of segments tried (" + kMin + ".." + kMax + "): the criterion"
                + " may prefer even more segments; widen the range (largest k) and compare before acting on the"
                + " profiles.";
        }
        return null;
    }

    /** @return whether the verdict deserves a warning (structure below reasonable, or a k-range note) */
    public boolean warrantsWarning() {
        return band == Band.MODERATE || band == Band.WEAK || kRangeNote != null;
    }

    /**
     * @return one sentence, e.g. "Quality: silhouette 0.251 (moderate structure: segments overlap; read the profiles as
     *         typical tendencies)." followed by the k-range note; with another criterion its value comes first
     */
    public String text() {
        final StringBuilder b = new StringBuilder("Quality: ");
        if (criterion != KCriterion.SILHOUETTE && Double.isFinite(criterionValue)) {
            b.append(criterionName(criterion)).append(' ').append(format(criterionValue)).append(" (chose k); ");
        }
        if (band == null) {
            b.append("silhouette unknown");
        } else {
            b.append("silhouette ").append(String.format(Locale.ROOT, "%.3f", silhouette)).append(" (")
                .append(band.reading()).append(')');
        }
        b.append('.');
        if (kRangeNote != null) {
            b.append(' ').append(kRangeNote);
        }
        return b.toString();
    }

    /** @return the reading alone, e.g. "moderate structure: ..." ("unknown" without a silhouette) */
    public String reading() {
        return band == null ? "unknown" : band.reading();
    }

    private static String criterionName(final KCriterion c) {
        return c.name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static String format(final double v) {
        return Math.abs(v) >= 100 ? String.format(Locale.ROOT, "%.1f", v) : String.format(Locale.ROOT, "%.3f", v);
    }
}
