package org.custseg.knime.assigner;

/** What the Segment Assigner does with rows the model cannot assign (for example missing values under "fail"). */
public enum UnassignedRows {
    /** Stop with an error naming the first such rows. */
    FAIL,
    /** Output them with a missing segment and the reason in an extra column. */
    OUTPUT_WITH_REASON
}
