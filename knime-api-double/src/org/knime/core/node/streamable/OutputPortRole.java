package org.knime.core.node.streamable;

/** Stand-in for KNIME 5.3's {@code org.knime.core.node.streamable.OutputPortRole}. */
public final class OutputPortRole extends PortRole {

    /** The output of each partition is part of the whole output. */
    public static final OutputPortRole DISTRIBUTED = new OutputPortRole(true);
    /** The output is produced once (the default of every port). */
    public static final OutputPortRole NONDISTRIBUTED = new OutputPortRole(false);

    private OutputPortRole(final boolean distributable) {
        super(distributable);
    }
}
