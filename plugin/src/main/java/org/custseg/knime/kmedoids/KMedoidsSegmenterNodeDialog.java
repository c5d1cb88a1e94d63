package org.custseg.knime.kmedoids;

import org.custseg.knime.common.AbstractSegmenterNodeDialog;

/**
 * Dialog of the <i>K-Medoids Segmenter</i> node.
 */
public final class KMedoidsSegmenterNodeDialog extends AbstractSegmenterNodeDialog {

    /** Creates the dialog. */
    public KMedoidsSegmenterNodeDialog() {
        super(new KMedoidsOptions());
    }
}
