package org.custseg.knime.em;

import org.custseg.knime.common.AbstractSegmenterNodeDialog;

/**
 * Dialog of the <i>EM Segmenter</i> node.
 */
public final class EMSegmenterNodeDialog extends AbstractSegmenterNodeDialog {

    /** Creates the dialog. */
    public EMSegmenterNodeDialog() {
        super(new EMOptions());
    }
}
