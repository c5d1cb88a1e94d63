package org.custseg.knime.hierarchical;

import org.custseg.knime.common.AbstractSegmenterNodeModel;

/**
 * Node model of the <i>Hierarchical Segmenter</i> node; all translation work is in
 * {@link AbstractSegmenterNodeModel}.
 */
public final class HierarchicalSegmenterNodeModel extends AbstractSegmenterNodeModel {

    /** Creates the model with one data input and three tables plus the segmentation model as outputs. */
    public HierarchicalSegmenterNodeModel() {
        super(new HierarchicalOptions());
    }
}
