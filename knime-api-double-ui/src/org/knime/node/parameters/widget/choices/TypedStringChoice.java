package org.knime.node.parameters.widget.choices;

/** Signature of KNIME's {@code TypedStringChoice} record, as a type only (its members are left out). */
public final class TypedStringChoice {
    private TypedStringChoice() {
    }
}
