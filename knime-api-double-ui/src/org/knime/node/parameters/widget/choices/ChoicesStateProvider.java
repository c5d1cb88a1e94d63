package org.knime.node.parameters.widget.choices;

import java.util.List;

import org.knime.node.parameters.updates.StateProvider;

/** Signature of KNIME's {@code ChoicesStateProvider}. @param <S> the choice type */
public interface ChoicesStateProvider<S> extends StateProvider<List<S>> {
}
