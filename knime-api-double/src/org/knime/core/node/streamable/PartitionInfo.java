package org.knime.core.node.streamable;

/** Stand-in for KNIME 5.3's {@code org.knime.core.node.streamable.PartitionInfo}. */
public class PartitionInfo {

    private final int m_partitionIndex;
    private final int m_partitionCount;

    /**
     * @param partitionIndex index of this partition
     * @param partitionCount number of partitions
     */
    public PartitionInfo(final int partitionIndex, final int partitionCount) {
        m_partitionIndex = partitionIndex;
        m_partitionCount = partitionCount;
    }

    /** @return index of this partition */
    public int getPartitionIndex() {
        return m_partitionIndex;
    }

    /** @return number of partitions */
    public int getPartitionCount() {
        return m_partitionCount;
    }
}
