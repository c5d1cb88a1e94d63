package org.custseg.engine.segment;

import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;

/** Helpers mapping a sub-task's progress into a range of its parent's. */
final class Progress {

    private Progress() {
    }

    static ProgressListener sub(final ProgressListener parent, final double from, final double to,
        final String prefix) {
        return new ProgressListener() {
            @Override
            public void progress(final double fraction, final String message) {
                final double f = Double.isNaN(fraction) ? Double.NaN : from + (to - from) * fraction;
                parent.progress(f, message == null ? prefix : prefix + message);
            }

            @Override
            public void checkCanceled() throws CanceledException {
                parent.checkCanceled();
            }
        };
    }
}
