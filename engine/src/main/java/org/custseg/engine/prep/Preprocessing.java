package org.custseg.engine.prep;

import java.util.List;
import java.util.Objects;

import org.custseg.engine.config.MissingPolicy;
import org.custseg.engine.config.Scaling;

/**
 * Fitted data preparation: for each used feature, the value that replaces a missing value (imputation policies only)
 * and the affine scaling {@code scaled = (raw - center) / scale}. Stored in the segmentation model and re-applied to
 * new rows.
 *
 * @param featureNames the features used, in order (constant columns already removed)
 * @param missing the missing-value policy
 * @param scaling the scaling
 * @param fillValues per feature, the imputation value ({@code NaN} unless the policy imputes)
 * @param centers per feature, the value subtracted
 * @param scales per feature, the divisor (never 0)
 */
public record Preprocessing(List<String> featureNames, MissingPolicy missing, Scaling scaling, double[] fillValues,
    double[] centers, double[] scales) {

    /** Validates and copies. */
    public Preprocessing {
        featureNames = List.copyOf(featureNames);
        Objects.requireNonNull(missing, "missing");
        Objects.requireNonNull(scaling, "scaling");
        fillValues = fillValues.clone();
        centers = centers.clone();
        scales = scales.clone();
        final int d = featureNames.size();
        if (fillValues.length != d || centers.length != d || scales.length != d) {
            throw new IllegalArgumentException("Preprocessing arrays must have one entry per feature (" + d + ").");
        }
        for (int c = 0; c < d; c++) {
            if (!(scales[c] > 0) || !Double.isFinite(scales[c]) || !Double.isFinite(centers[c])) {
                throw new IllegalArgumentException(
                    "Invalid scaling for feature " + featureNames.get(c) + ": center " + centers[c] + ", scale " + scales[c]);
            }
        }
    }

    /** @return the number of features */
    public int dimension() {
        return featureNames.size();
    }

    /** @return a copy of the imputation values */
    @Override
    public double[] fillValues() {
        return fillValues.clone();
    }

    /** @return a copy of the centers */
    @Override
    public double[] centers() {
        return centers.clone();
    }

    /** @return a copy of the scales */
    @Override
    public double[] scales() {
        return scales.clone();
    }

    /**
     * @param c feature index
     * @param raw a raw value (missing values must already be handled)
     * @return the scaled value
     */
    public double scale(final int c, final double raw) {
        return (raw - centers[c]) / scales[c];
    }

    /**
     * @param c feature index
     * @param scaled a scaled value
     * @return the value in original units
     */
    public double unscale(final int c, final double scaled) {
        return scaled * scales[c] + centers[c];
    }

    /**
     * @param c feature index
     * @return the imputation value for the feature, {@code NaN} if the policy does not impute
     */
    public double fillValue(final int c) {
        return fillValues[c];
    }

    @Override
    public boolean equals(final Object o) {
        return o instanceof Preprocessing p && featureNames.equals(p.featureNames) && missing == p.missing
            && scaling == p.scaling && java.util.Arrays.equals(fillValues, p.fillValues)
            && java.util.Arrays.equals(centers, p.centers) && java.util.Arrays.equals(scales, p.scales);
    }

    @Override
    public int hashCode() {
        return Objects.hash(featureNames, missing, scaling, java.util.Arrays.hashCode(fillValues),
            java.util.Arrays.hashCode(centers), java.util.Arrays.hashCode(scales));
    }
}
