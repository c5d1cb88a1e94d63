package org.knime.node.parameters.widget.choices;

/** Signature of KNIME's {@code ColumnChoicesProvider}; its (default) members are left out. */
public interface ColumnChoicesProvider extends TypedStringChoicesProvider {
}
