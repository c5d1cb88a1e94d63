package org.knime.node.parameters.widget.choices;

/** Signature of KNIME's {@code TypedStringChoicesProvider}; its members are left out. */
public interface TypedStringChoicesProvider extends ChoicesStateProvider<TypedStringChoice> {
}
