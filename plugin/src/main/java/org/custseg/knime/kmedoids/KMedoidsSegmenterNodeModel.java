package org.custseg.knime.kmedoids;

import org.custseg.knime.common.AbstractSegmenterNodeModel;

/**
 * Node model of the <i>K-Medoids Segmenter</i> node; all translation work is in
 * {@link AbstractSegmenterNodeModel}.
 */
public final class KMedoidsSegmenterNodeModel extends AbstractSegmenterNodeModel {

    /** Creates the model with one data input and three tables plus the segmentation model as outputs. */
    public KMedoidsSegmenterNodeModel() {
        super(new KMedoidsOptions());
    }
}
