package org.custseg.knime.em;

import static org.custseg.knime.common.SegmenterSettings.DEFAULT_MIN_STD_DEV;
import static org.custseg.knime.common.SegmenterSettings.KEY_COVARIANCE;
import static org.custseg.knime.common.SegmenterSettings.KEY_FIT_ENGINE;
import static org.custseg.knime.common.SegmenterSettings.KEY_MAX_ITERATIONS;
import static org.custseg.knime.common.SegmenterSettings.KEY_MIN_STD_DEV;
import static org.custseg.knime.common.SegmenterSettings.LABEL_COVARIANCE;
import static org.custseg.knime.common.SegmenterSettings.LABEL_FIT_ENGINE;
import static org.custseg.knime.common.SegmenterSettings.LABEL_MAX_ITERATIONS;
import static org.custseg.knime.common.SegmenterSettings.LABEL_MIN_STD_DEV;
import static org.custseg.knime.common.SegmenterSettings.atLeast;
import static org.custseg.knime.common.SegmenterSettings.parse;

import java.util.List;

import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Covariance;
import org.custseg.engine.config.HierarchicalEngine;
import org.custseg.engine.segment.SegmentationConfig;
import org.custseg.knime.common.AbstractSegmenterNodeDialog;
import org.custseg.knime.common.SegmenterOptions;
import org.custseg.knime.common.SegmenterSettings;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/** The EM Segmenter's own settings: iterations, minimum standard deviation, engine, covariance. */
public final class EMOptions implements SegmenterOptions {

    @Override
    public Algorithm algorithm() {
        return Algorithm.EM;
    }

    @Override
    public void register(final SegmenterSettings s) {
        s.use(KEY_MAX_ITERATIONS);
        s.use(KEY_MIN_STD_DEV);
        s.use(KEY_FIT_ENGINE);
        s.use(KEY_COVARIANCE);
    }

    @Override
    public void validate(final SegmenterSettings s) throws InvalidSettingsException {
        atLeast(LABEL_MAX_ITERATIONS, s.intValue(KEY_MAX_ITERATIONS), 1);
        // each value one of its choices, in range; the rules between settings are the engine's (SegmentationConfig)
        parse(HierarchicalEngine.class, LABEL_FIT_ENGINE, s.stringValue(KEY_FIT_ENGINE));
        final double sd = s.doubleValue(KEY_MIN_STD_DEV);
        if (!(sd > 0) || Double.isInfinite(sd)) {
            throw new InvalidSettingsException("'" + LABEL_MIN_STD_DEV + "' is " + sd
                + " but must be a positive number (default " + DEFAULT_MIN_STD_DEV + ").");
        }
        parse(Covariance.class, LABEL_COVARIANCE, s.stringValue(KEY_COVARIANCE));
    }

    @Override
    public void configure(final SegmenterSettings s, final SegmentationConfig.Builder b)
        throws InvalidSettingsException {
        b.maxIterations(s.intValue(KEY_MAX_ITERATIONS)).minStdDev(s.doubleValue(KEY_MIN_STD_DEV))
            .engine(parse(HierarchicalEngine.class, LABEL_FIT_ENGINE, s.stringValue(KEY_FIT_ENGINE)))
            .covariance(parse(Covariance.class, LABEL_COVARIANCE, s.stringValue(KEY_COVARIANCE)));
    }

    @Override
    public void addAlgorithmComponents(final AbstractSegmenterNodeDialog d) {
        d.addDialogComponent(new DialogComponentNumber(SegmenterSettings.createMaxIterationsModel(),
            LABEL_MAX_ITERATIONS, 10));
        d.addDialogComponent(new DialogComponentNumber(SegmenterSettings.createMinStdDevModel(),
            LABEL_MIN_STD_DEV, 1e-6));
        d.addDialogComponent(AbstractSegmenterNodeDialog.buttons(d.fitEngineModel(), LABEL_FIT_ENGINE,
            List.of(HierarchicalEngine.values())));
        d.addDialogComponent(AbstractSegmenterNodeDialog.buttons(SegmenterSettings.createCovarianceModel(),
            LABEL_COVARIANCE, List.of(Covariance.values())));
    }
}
