package org.custseg.knime.em;

import org.custseg.knime.common.AbstractSegmenterNodeModel;

/**
 * Node model of the <i>EM Segmenter</i> node; all translation work is in
 * {@link AbstractSegmenterNodeModel}.
 */
public final class EMSegmenterNodeModel extends AbstractSegmenterNodeModel {

    /** Creates the model with one data input and three tables plus the segmentation model as outputs. */
    public EMSegmenterNodeModel() {
        super(new EMOptions());
    }
}
