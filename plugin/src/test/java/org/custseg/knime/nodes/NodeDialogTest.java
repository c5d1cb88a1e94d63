package org.custseg.knime.nodes;

import org.custseg.knime.common.AbstractDialogNodeFactory;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.custseg.knime.assigner.SegmentAssignerNodeFactory;
import org.custseg.knime.em.EMSegmenterNodeFactory;
import org.custseg.knime.hierarchical.HierarchicalSegmenterNodeFactory;
import org.custseg.knime.kmeans.KMeansSegmenterNodeFactory;
import org.junit.jupiter.api.Test;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.port.PortObjectSpec;

/**
 * Each dialog reads the model's settings and writes back exactly the keys and values the model reads: opening a
 * dialog and pressing OK changes nothing.
 */
class NodeDialogTest {

    private static NodeDialogPane dialog(final NodeFactory<?> factory) throws Exception {
        final Method m = AbstractDialogNodeFactory.class.getDeclaredMethod("createSwingDialogPane");
        m.setAccessible(true);
        return (NodeDialogPane)m.invoke(factory);
    }

    @Test
    void dialogsWriteWhatTheModelsRead() throws Exception {
        final List<NodeFactory<?>> factories = List.of(new KMeansSegmenterNodeFactory(),
            new HierarchicalSegmenterNodeFactory(), new EMSegmenterNodeFactory(), new SegmentAssignerNodeFactory());
        final var data = NodeDriver.sampleTable(NodeDriver.exec()).getDataTableSpec();
        for (final NodeFactory<?> factory : factories) {
            final NodeModel model = factory.createNodeModel();
            final NodeSettings settings = NodeDriver.save(model);
            if (settings.containsKey("k")) {
                NodeDriver.includeColumns(settings, NodeDriver.BEHAVIOUR, List.of("Sl_No", "Customer Key"));
                settings.addInt("k", 6);
                settings.addString("scaling", "MINMAX");
            }
            final DefaultNodeSettingsPane pane = (DefaultNodeSettingsPane)dialog(factory);
            final PortObjectSpec[] specs = factory instanceof SegmentAssignerNodeFactory
                ? new PortObjectSpec[]{null, data} : new PortObjectSpec[]{data};
            pane.loadSettingsFrom(settings, specs);
            final NodeSettings fromDialog = new NodeSettings("model");
            pane.saveSettingsTo(fromDialog);
            assertEquals(keys(settings), keys(fromDialog), factory.getClass().getSimpleName());
            NodeDriver.load(model, fromDialog);
            final NodeSettings reloaded = NodeDriver.save(model);
            for (final String key : keys(settings)) {
                if (!key.equals("columns")) {
                    assertEquals(settings.getEntry(key).toStringValue(), reloaded.getEntry(key).toStringValue(),
                        factory.getClass().getSimpleName() + " " + key);
                }
            }
            if (settings.containsKey("k")) {
                assertEquals(6, reloaded.getInt("k"));
                assertEquals(List.of(settings.getNodeSettings("columns").getStringArray("included_names")),
                    List.of(reloaded.getNodeSettings("columns").getStringArray("included_names")));
            }
        }
    }

    @Test
    void kRangeIsEnabledOnlyForAutomaticK() throws Exception {
        final KMeansSegmenterNodeFactory factory = new KMeansSegmenterNodeFactory();
        final var data = NodeDriver.sampleTable(NodeDriver.exec()).getDataTableSpec();
        for (final boolean automatic : new boolean[]{false, true}) {
            final NodeSettings settings = NodeDriver.save(factory.createNodeModel());
            settings.addBoolean("k_automatic", automatic);
            final DefaultNodeSettingsPane pane = (DefaultNodeSettingsPane)dialog(factory);
            pane.loadSettingsFrom(settings, new PortObjectSpec[]{data});
            final NodeSettings out = new NodeSettings("model");
            pane.saveSettingsTo(out);
            assertEquals(!automatic, enabled(out, "k"), "k enabled, automatic=" + automatic);
            assertEquals(automatic, enabled(out, "k_min"), "k_min enabled, automatic=" + automatic);
            assertEquals(automatic, enabled(out, "k_max"), "k_max enabled, automatic=" + automatic);
            assertEquals(automatic, enabled(out, "k_criterion"), "criterion enabled, automatic=" + automatic);
        }
    }

    /** The enabled state a settings model wrote next to its value. */
    private static boolean enabled(final NodeSettings s, final String key) throws Exception {
        return s.getNodeSettings(key + "_Internals").getBoolean("EnabledStatus");
    }

    private static List<String> keys(final NodeSettings s) {
        final List<String> keys = new ArrayList<>();
        for (final String k : new TreeSet<>(s.keySet())) {
            if (!k.endsWith("_Internals")) {
                keys.add(k);
            }
        }
        return keys;
    }
}
