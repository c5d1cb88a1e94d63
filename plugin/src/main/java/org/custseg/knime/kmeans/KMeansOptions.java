package org.custseg.knime.kmeans;

import static org.custseg.knime.common.SegmenterSettings.KEY_DISTANCE;
import static org.custseg.knime.common.SegmenterSettings.KEY_FIT_ENGINE;
import static org.custseg.knime.common.SegmenterSettings.KEY_INIT;
import static org.custseg.knime.common.SegmenterSettings.KEY_MAX_ITERATIONS;
import static org.custseg.knime.common.SegmenterSettings.KEY_RESTARTS;
import static org.custseg.knime.common.SegmenterSettings.LABEL_DISTANCE;
import static org.custseg.knime.common.SegmenterSettings.LABEL_FIT_ENGINE;
import static org.custseg.knime.common.SegmenterSettings.LABEL_INIT;
import static org.custseg.knime.common.SegmenterSettings.LABEL_MAX_ITERATIONS;
import static org.custseg.knime.common.SegmenterSettings.LABEL_RESTARTS;
import static org.custseg.knime.common.SegmenterSettings.MAX_RESTARTS;
import static org.custseg.knime.common.SegmenterSettings.atLeast;
import static org.custseg.knime.common.SegmenterSettings.parse;
import static org.custseg.knime.common.SegmenterSettings.within;

import java.util.List;

import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Distance;
import org.custseg.engine.config.HierarchicalEngine;
import org.custseg.engine.config.KMeansInit;
import org.custseg.engine.segment.SegmentationConfig;
import org.custseg.knime.common.AbstractSegmenterNodeDialog;
import org.custseg.knime.common.SegmenterOptions;
import org.custseg.knime.common.SegmenterSettings;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/** The K-Means Segmenter's own settings: initialisation, distance, iterations, restarts, engine. */
public final class KMeansOptions implements SegmenterOptions {

    @Override
    public Algorithm algorithm() {
        return Algorithm.KMEANS;
    }

    @Override
    public void register(final SegmenterSettings s) {
        s.use(KEY_INIT);
        s.use(KEY_DISTANCE);
        s.use(KEY_MAX_ITERATIONS);
        s.use(KEY_RESTARTS);
        s.use(KEY_FIT_ENGINE);
    }

    @Override
    public void validate(final SegmenterSettings s) throws InvalidSettingsException {
        // each value one of its choices, in range; the rules between settings are the engine's (SegmentationConfig)
        parse(KMeansInit.class, LABEL_INIT, s.stringValue(KEY_INIT));
        parse(Distance.class, LABEL_DISTANCE, s.stringValue(KEY_DISTANCE));
        atLeast(LABEL_MAX_ITERATIONS, s.intValue(KEY_MAX_ITERATIONS), 1);
        within(LABEL_RESTARTS, s.intValue(KEY_RESTARTS), 1, MAX_RESTARTS);
        parse(HierarchicalEngine.class, LABEL_FIT_ENGINE, s.stringValue(KEY_FIT_ENGINE));
    }

    @Override
    public void configure(final SegmenterSettings s, final SegmentationConfig.Builder b)
        throws InvalidSettingsException {
        b.init(parse(KMeansInit.class, LABEL_INIT, s.stringValue(KEY_INIT)))
            .distance(parse(Distance.class, LABEL_DISTANCE, s.stringValue(KEY_DISTANCE)))
            .maxIterations(s.intValue(KEY_MAX_ITERATIONS)).restarts(s.intValue(KEY_RESTARTS))
            .engine(parse(HierarchicalEngine.class, LABEL_FIT_ENGINE, s.stringValue(KEY_FIT_ENGINE)));
    }

    @Override
    public void addAlgorithmComponents(final AbstractSegmenterNodeDialog d) {
        d.addDialogComponent(AbstractSegmenterNodeDialog.buttons(SegmenterSettings.createInitModel(), LABEL_INIT,
            List.of(KMeansInit.values())));
        d.addDialogComponent(AbstractSegmenterNodeDialog.buttons(SegmenterSettings.createDistanceModel(),
            LABEL_DISTANCE, SegmenterSettings.distances(algorithm())));
        d.addDialogComponent(new DialogComponentNumber(SegmenterSettings.createMaxIterationsModel(),
            LABEL_MAX_ITERATIONS, 10));
        d.addDialogComponent(new DialogComponentNumber(SegmenterSettings.createRestartsModel(), LABEL_RESTARTS, 1));
        d.addDialogComponent(AbstractSegmenterNodeDialog.buttons(d.fitEngineModel(), LABEL_FIT_ENGINE,
            List.of(HierarchicalEngine.values())));
    }
}
