package org.custseg.knime.kmeans;

import org.custseg.knime.common.AbstractSegmenterNodeDialog;

/**
 * Dialog of the <i>K-Means Segmenter</i> node.
 */
public final class KMeansSegmenterNodeDialog extends AbstractSegmenterNodeDialog {

    /** Creates the dialog. */
    public KMeansSegmenterNodeDialog() {
        super(new KMeansOptions());
    }
}
