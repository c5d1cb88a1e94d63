package org.custseg.knime.hierarchical;

import static org.custseg.knime.common.SegmenterSettings.KEY_DISTANCE;
import static org.custseg.knime.common.SegmenterSettings.KEY_ENGINE;
import static org.custseg.knime.common.SegmenterSettings.KEY_LINKAGE;
import static org.custseg.knime.common.SegmenterSettings.KEY_SAMPLE_SIZE;
import static org.custseg.knime.common.SegmenterSettings.LABEL_DISTANCE;
import static org.custseg.knime.common.SegmenterSettings.LABEL_ENGINE;
import static org.custseg.knime.common.SegmenterSettings.LABEL_LINKAGE;
import static org.custseg.knime.common.SegmenterSettings.LABEL_SAMPLE_SIZE;
import static org.custseg.knime.common.SegmenterSettings.parse;

import java.util.List;

import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Distance;
import org.custseg.engine.config.HierarchicalEngine;
import org.custseg.engine.config.Linkage;
import org.custseg.engine.segment.SegmentationConfig;
import org.custseg.knime.common.AbstractSegmenterNodeDialog;
import org.custseg.knime.common.SegmenterOptions;
import org.custseg.knime.common.SegmenterSettings;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;

/** The Hierarchical Segmenter's own settings: linkage, engine, distance, sample size. */
public final class HierarchicalOptions implements SegmenterOptions {

    @Override
    public Algorithm algorithm() {
        return Algorithm.HIERARCHICAL;
    }

    @Override
    public void register(final SegmenterSettings s) {
        s.use(KEY_LINKAGE);
        s.use(KEY_ENGINE);
        s.use(KEY_DISTANCE);
        s.use(KEY_SAMPLE_SIZE);
    }

    @Override
    public void validate(final SegmenterSettings s) throws InvalidSettingsException {
        // each value one of its choices; the rules between settings and the sample size are the engine's
        parse(Linkage.class, LABEL_LINKAGE, s.stringValue(KEY_LINKAGE));
        parse(HierarchicalEngine.class, LABEL_ENGINE, s.stringValue(KEY_ENGINE));
        parse(Distance.class, LABEL_DISTANCE, s.stringValue(KEY_DISTANCE));
    }

    @Override
    public void configure(final SegmenterSettings s, final SegmentationConfig.Builder b)
        throws InvalidSettingsException {
        b.linkage(parse(Linkage.class, LABEL_LINKAGE, s.stringValue(KEY_LINKAGE)))
            .distance(parse(Distance.class, LABEL_DISTANCE, s.stringValue(KEY_DISTANCE)))
            .engine(parse(HierarchicalEngine.class, LABEL_ENGINE, s.stringValue(KEY_ENGINE)))
            .sampleSize(s.intValue(KEY_SAMPLE_SIZE));
    }

    @Override
    public void addAlgorithmComponents(final AbstractSegmenterNodeDialog d) {
        d.addDialogComponent(AbstractSegmenterNodeDialog.buttons(SegmenterSettings.createEngineModel(), LABEL_ENGINE,
            List.of(HierarchicalEngine.values())));
        d.addDialogComponent(AbstractSegmenterNodeDialog.buttons(SegmenterSettings.createLinkageModel(),
            LABEL_LINKAGE, List.of(Linkage.values())));
        d.addDialogComponent(AbstractSegmenterNodeDialog.buttons(SegmenterSettings.createDistanceModel(),
            LABEL_DISTANCE, SegmenterSettings.distances(algorithm())));
        d.addDialogComponent(new DialogComponentNumber(SegmenterSettings.createSampleSizeModel(), LABEL_SAMPLE_SIZE,
            100));
    }
}
