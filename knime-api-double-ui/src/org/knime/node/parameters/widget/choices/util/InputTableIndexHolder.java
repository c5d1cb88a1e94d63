package org.knime.node.parameters.widget.choices.util;

/** Signature of KNIME's {@code InputTableIndexHolder}. */
public interface InputTableIndexHolder {
    /** @return the input table index (KNIME's default 0) */
    default int getInputTableIndex() {
        return 0;
    }
}
