package org.custseg.engine.data;

/** The type {@link CsvTable} infers for a column. */
public enum ColumnKind {
    /** Every cell is missing (blank or a missing-value token). */
    EMPTY,
    /**
     * Most non-missing cells (more than half) are numbers or infinity tokens. Remaining text cells are errors when the
     * column is used as a feature.
     */
    NUMERIC,
    /** Otherwise. */
    TEXT
}
