package org.knime.node.parameters.persistence;

/** Signature of KNIME's {@code Persistable} (marker interface). */
public interface Persistable {
}
