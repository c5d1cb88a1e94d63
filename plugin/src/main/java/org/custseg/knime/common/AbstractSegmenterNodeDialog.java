package org.custseg.knime.common;

import java.util.ArrayList;
import java.util.List;

import org.custseg.engine.config.Algorithm;
import org.custseg.engine.segment.Algorithms;
import org.custseg.engine.config.Covariance;
import org.custseg.engine.config.HierarchicalEngine;
import org.custseg.engine.config.KCriterion;
import org.custseg.engine.config.KMeansInit;
import org.custseg.engine.config.Linkage;
import org.custseg.engine.config.MissingPolicy;
import org.custseg.engine.config.Scaling;

import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Distance;
import org.custseg.engine.config.HierarchicalEngine;
import org.custseg.engine.config.KCriterion;
import org.custseg.engine.config.KMeansInit;
import org.custseg.engine.config.Linkage;
import org.custseg.engine.config.MissingPolicy;
import org.custseg.engine.config.Scaling;
import org.custseg.engine.stability.StabilityConfig;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentButtonGroup;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter2;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Dialog shared by the three segmenters: a "Segments" tab (columns, number of segments), a "Preparation" tab
 * (missing values, scaling) and an "Algorithm" tab with the algorithm's own options and the seed. Labels match the
 * names used in error messages and in the node description.
 */
public abstract class AbstractSegmenterNodeDialog extends DefaultNodeSettingsPane {

    /** Enables the fixed k or the k range, depending on the automatic-k flag. */
    private final Runnable m_syncEnabled;

    /** The k-means/EM engine; settings saved without its key show (and keep) WEKA, as the node model loads them. */
    private final SettingsModelString m_fitEngine = SegmenterSettings.createFitEngineModel();

    /**
     * @param options the algorithm's part of the node, which adds the "Algorithm" tab's own components
     */
    protected AbstractSegmenterNodeDialog(final SegmenterOptions options) {
        final Algorithm algorithm = options.algorithm();
        setDefaultTabTitle("Segments");
        addDialogComponent(new DialogComponentColumnFilter2(SegmenterSettings.createColumnsModel(algorithm), 0));

        final SettingsModelBoolean automatic = SegmenterSettings.createKAutomaticModel();
        final SettingsModelInteger k = SegmenterSettings.createKModel();
        final SettingsModelInteger kMin = SegmenterSettings.createKMinModel();
        final SettingsModelInteger kMax = SegmenterSettings.createKMaxModel();
        final SettingsModelString criterion = SegmenterSettings.createCriterionModel();
        createNewGroup("Number of segments");
        addDialogComponent(new DialogComponentNumber(k, SegmenterSettings.LABEL_K, 1));
        addDialogComponent(new DialogComponentBoolean(automatic, SegmenterSettings.LABEL_K_AUTOMATIC));
        setHorizontalPlacement(true);
        addDialogComponent(new DialogComponentNumber(kMin, SegmenterSettings.LABEL_K_MIN, 1));
        addDialogComponent(new DialogComponentNumber(kMax, SegmenterSettings.LABEL_K_MAX, 1));
        setHorizontalPlacement(false);
        final List<KCriterion> criteria = new ArrayList<>(List.of(KCriterion.values()));
        if (!Algorithms.of(algorithm).hasLikelihood()) {
            criteria.remove(KCriterion.BIC);
        }
        addDialogComponent(buttons(criterion, SegmenterSettings.LABEL_CRITERION, criteria));
        closeCurrentGroup();
        m_syncEnabled = () -> {
            final boolean auto = automatic.getBooleanValue();
            k.setEnabled(!auto);
            kMin.setEnabled(auto);
            kMax.setEnabled(auto);
            criterion.setEnabled(auto);
        };
        automatic.addChangeListener(e -> m_syncEnabled.run());
        m_syncEnabled.run();

        createNewTab("Preparation");
        addDialogComponent(buttons(SegmenterSettings.createMissingModel(), SegmenterSettings.LABEL_MISSING,
            List.of(MissingPolicy.values())));
        addDialogComponent(buttons(SegmenterSettings.createScalingModel(), SegmenterSettings.LABEL_SCALING,
            List.of(Scaling.values())));

        createNewTab("Algorithm");
        options.addAlgorithmComponents(this);
        addDialogComponent(new DialogComponentNumber(SegmenterSettings.createSeedModel(),
            SegmenterSettings.LABEL_SEED, 1));

        createNewTab("Stability");
        addDialogComponent(new DialogComponentNumber(SegmenterSettings.createStabilityResamplesModel(),
            SegmenterSettings.LABEL_STABILITY_RESAMPLES, 5));
        addDialogComponent(buttons(SegmenterSettings.createStabilityMethodModel(),
            SegmenterSettings.LABEL_STABILITY_METHOD, List.of(StabilityConfig.Method.values())));
    }

    /**
     * After the components have loaded their settings (which also restores each model's stored enabled state),
     * makes the enabled state match the automatic-k flag again.
     */
    @Override
    public void loadAdditionalSettingsFrom(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        super.loadAdditionalSettingsFrom(settings, specs);
        if (!settings.containsKey(SegmenterSettings.KEY_FIT_ENGINE)) {
            m_fitEngine.setStringValue(HierarchicalEngine.WEKA.name());
        }
        m_syncEnabled.run();
    }

    /** @return the k-means/EM engine model (shared so that settings saved without its key show WEKA) */
    public SettingsModelString fitEngineModel() {
        return m_fitEngine;
    }

    /**
     * @param model the setting
     * @param label its dialog label
     * @param values the choices
     * @return radio buttons showing each choice's label and storing its name
     */
    public static DialogComponentButtonGroup buttons(final SettingsModelString model, final String label,
        final List<? extends Enum<?>> values) {
        final String[] labels = new String[values.size()];
        final String[] commands = new String[values.size()];
        for (int i = 0; i < labels.length; i++) {
            labels[i] = OptionLabels.label(values.get(i));
            commands[i] = values.get(i).name();
        }
        return new DialogComponentButtonGroup(model, label, true, labels, commands);
    }
}
