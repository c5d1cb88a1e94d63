package org.custseg.engine.config;

/**
 * What to do with missing values ({@code NaN}) in the feature columns. The policy is stored in the model and applied
 * again when new rows are assigned.
 */
public enum MissingPolicy {
    /** Default: stop with a message listing every column with missing values and how many. */
    FAIL,
    /** Leave rows with a missing value out (label -1); the number dropped is reported. */
    DROP_ROWS,
    /** Replace a missing value by the column mean of the training rows. */
    IMPUTE_MEAN,
    /** Replace a missing value by the column median of the training rows. */
    IMPUTE_MEDIAN
}
