package org.custseg.engine.config;

/**
 * How feature columns are scaled before clustering. This is the only scaling applied: the Weka distance functions are
 * configured not to normalise again.
 */
public enum Scaling {
    /** Default: subtract the mean, divide by the population standard deviation (as scikit-learn's StandardScaler). */
    ZSCORE,
    /** Map the training minimum to 0 and maximum to 1. */
    MINMAX,
    /** Use the values as they are. */
    NONE
}
