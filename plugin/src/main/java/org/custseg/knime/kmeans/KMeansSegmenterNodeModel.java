package org.custseg.knime.kmeans;

import org.custseg.knime.common.AbstractSegmenterNodeModel;

/**
 * Node model of the <i>K-Means Segmenter</i> node; all translation work is in
 * {@link AbstractSegmenterNodeModel}.
 */
public final class KMeansSegmenterNodeModel extends AbstractSegmenterNodeModel {

    /** Creates the model with one data input and three tables plus the segmentation model as outputs. */
    public KMeansSegmenterNodeModel() {
        super(new KMeansOptions());
    }
}
