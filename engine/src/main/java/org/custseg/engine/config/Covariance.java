package org.custseg.engine.config;

/** The covariance structure of the EM segmenter's Gaussian mixture. */
public enum Covariance {
    /** Default: each component has its own variance per column, no correlations (Weka's {@code EM}). */
    DIAGONAL,
    /** Each component has a full covariance matrix (correlated columns, tilted ellipses); {@link FullCovarianceEm}. */
    FULL
}
