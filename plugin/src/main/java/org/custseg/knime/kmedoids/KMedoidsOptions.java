package org.custseg.knime.kmedoids;

import static org.custseg.knime.common.SegmenterSettings.KEY_DISTANCE;
import static org.custseg.knime.common.SegmenterSettings.KEY_MAX_ITERATIONS;
import static org.custseg.knime.common.SegmenterSettings.KEY_RESTARTS;
import static org.custseg.knime.common.SegmenterSettings.LABEL_DISTANCE;
import static org.custseg.knime.common.SegmenterSettings.LABEL_MAX_ITERATIONS;
import static org.custseg.knime.common.SegmenterSettings.LABEL_RESTARTS;
import static org.custseg.knime.common.SegmenterSettings.MAX_RESTARTS;
import static org.custseg.knime.common.SegmenterSettings.atLeast;
import static org.custseg.knime.common.SegmenterSettings.parse;
import static org.custseg.knime.common.SegmenterSettings.within;

import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Distance;
import org.custseg.engine.segment.SegmentationConfig;
import org.custseg.knime.common.AbstractSegmenterNodeDialog;
import org.custseg.knime.common.SegmenterOptions;
import org.custseg.knime.common.SegmenterSettings;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/** The K-Medoids Segmenter's own settings: distance (with Gower), iterations, restarts. */
public final class KMedoidsOptions implements SegmenterOptions {

    @Override
    public Algorithm algorithm() {
        return Algorithm.KMEDOIDS;
    }

    @Override
    public void register(final SegmenterSettings s) {
        s.use(KEY_DISTANCE);
        s.use(KEY_MAX_ITERATIONS);
        s.use(KEY_RESTARTS);
    }

    @Override
    public void validate(final SegmenterSettings s) throws InvalidSettingsException {
        parse(Distance.class, LABEL_DISTANCE, s.stringValue(KEY_DISTANCE));
        atLeast(LABEL_MAX_ITERATIONS, s.intValue(KEY_MAX_ITERATIONS), 1);
        within(LABEL_RESTARTS, s.intValue(KEY_RESTARTS), 1, MAX_RESTARTS);
    }

    @Override
    public void configure(final SegmenterSettings s, final SegmentationConfig.Builder b)
        throws InvalidSettingsException {
        b.distance(parse(Distance.class, LABEL_DISTANCE, s.stringValue(KEY_DISTANCE)))
            .maxIterations(s.intValue(KEY_MAX_ITERATIONS)).restarts(s.intValue(KEY_RESTARTS));
    }

    @Override
    public void addAlgorithmComponents(final AbstractSegmenterNodeDialog d) {
        d.addDialogComponent(AbstractSegmenterNodeDialog.buttons(SegmenterSettings.createDistanceModel(),
            LABEL_DISTANCE, SegmenterSettings.distances(algorithm())));
        d.addDialogComponent(new DialogComponentNumber(SegmenterSettings.createMaxIterationsModel(),
            LABEL_MAX_ITERATIONS, 10));
        d.addDialogComponent(new DialogComponentNumber(SegmenterSettings.createRestartsModel(), LABEL_RESTARTS, 1));
    }
}
