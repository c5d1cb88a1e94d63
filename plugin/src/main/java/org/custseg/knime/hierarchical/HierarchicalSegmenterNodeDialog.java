package org.custseg.knime.hierarchical;

import org.custseg.knime.common.AbstractSegmenterNodeDialog;

/**
 * Dialog of the <i>Hierarchical Segmenter</i> node.
 */
public final class HierarchicalSegmenterNodeDialog extends AbstractSegmenterNodeDialog {

    /** Creates the dialog. */
    public HierarchicalSegmenterNodeDialog() {
        super(new HierarchicalOptions());
    }
}
