package org.knime.core.node.util.filter;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.util.filter.InputFilter}: decides
 * which items (usually columns) a filter configuration may offer at all. Same API as
 * the original.
 *
 * @param <T> item type
 * @since 2.6
 */
public abstract class InputFilter<T> {

    /**
     * @param name item to check
     * @return whether the item is admissible
     */
    public abstract boolean include(T name);
}
