package org.knime.core.node.streamable;

/** Stand-in for KNIME 5.3's {@code org.knime.core.node.streamable.InputPortRole}. */
public final class InputPortRole extends PortRole {

    /** Distributed and streamable. */
    public static final InputPortRole DISTRIBUTED_STREAMABLE = new InputPortRole(true, true);
    /** Distributed, not streamable. */
    public static final InputPortRole DISTRIBUTED_NONSTREAMABLE = new InputPortRole(true, false);
    /** Not distributed, streamable. */
    public static final InputPortRole NONDISTRIBUTED_STREAMABLE = new InputPortRole(false, true);
    /** Neither (the default of every port). */
    public static final InputPortRole NONDISTRIBUTED_NONSTREAMABLE = new InputPortRole(false, false);

    private final boolean m_streamable;

    private InputPortRole(final boolean distributable, final boolean streamable) {
        super(distributable);
        m_streamable = streamable;
    }

    /** @return whether the port's rows can be read one by one */
    public boolean isStreamable() {
        return m_streamable;
    }

    /**
     * @param distributable distributable
     * @param streamable streamable
     * @return the matching constant
     */
    public static InputPortRole get(final boolean distributable, final boolean streamable) {
        if (distributable) {
            return streamable ? DISTRIBUTED_STREAMABLE : DISTRIBUTED_NONSTREAMABLE;
        }
        return streamable ? NONDISTRIBUTED_STREAMABLE : NONDISTRIBUTED_NONSTREAMABLE;
    }
}
