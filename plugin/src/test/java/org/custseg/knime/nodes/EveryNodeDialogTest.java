package org.custseg.knime.nodes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.custseg.engine.config.Algorithm;
import org.custseg.knime.kmeans.KMeansSegmenterNodeFactory;
import org.custseg.knime.port.SegmentationModelPortObject;
import org.custseg.knime.port.SegmentationModelPortObjectSpec;
import org.custseg.knime.profiler.SegmentProfilerNodeFactory;
import org.custseg.knime.recommender.SegmentRecommenderNodeFactory;
import org.custseg.knime.report.ReportSettings;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.config.base.ConfigBase;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * The dialog of every node registered in plugin.xml is created, loads the node's settings with real input specs
 * (the specs the upstream nodes configure), saves them, and the node model accepts what it saved; loading the saved
 * settings into a new dialog and saving again gives the same settings. Runs on the API double and on real KNIME
 * 5.3.0 and 5.11.0 (knime-real-tests), headless: on real KNIME this builds KNIME's own Swing components.
 */
class EveryNodeDialogTest {

    /** The factories of plugin.xml, in its order. */
    private static List<String> registeredFactories() throws Exception {
        // the repository's plugin/plugin.xml (the working directory differs: plugin/, plugin-tests/)
        final String xml = Files.readString(NodeDriver.repoRoot().resolve("plugin/plugin.xml"));
        final Matcher m = Pattern.compile("factory-class=\"([^\"]+)\"").matcher(xml);
        final List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    /** Real specs: the sample customers, and what K-Means, the Profiler and the Recommender configure from them. */
    private static final class Specs {
        final DataTableSpec m_customers;

        final DataTableSpec m_segmented;

        final PortObjectSpec[] m_kmeansOut;

        final PortObjectSpec[] m_profilerOut;

        final PortObjectSpec[] m_recommenderOut;

        Specs() throws Exception {
            m_customers = NodeDriver.sampleTable(NodeDriver.exec()).getDataTableSpec();
            m_kmeansOut = NodeDriver.configure(new KMeansSegmenterNodeFactory().createNodeModel(), m_customers);
            m_segmented = (DataTableSpec)m_kmeansOut[0];
            final NodeModel profiler = new SegmentProfilerNodeFactory().createNodeModel();
            m_profilerOut = NodeDriver.configure(profiler, m_segmented, null);
            final NodeModel recommender = new SegmentRecommenderNodeFactory().createNodeModel();
            m_recommenderOut = NodeDriver.configure(recommender, m_profilerOut[0], null, m_segmented, m_profilerOut[1]);
        }

        /** The input specs of a node: per port type, with the upstream node's real output where one is known. */
        PortObjectSpec[] inputsOf(final NodeFactory<?> factory, final NodeModel model) throws Exception {
            final String name = factory.getClass().getSimpleName();
            final int n = NodeDriver.inPorts(model);
            final PortObjectSpec[] specs = new PortObjectSpec[n];
            for (int i = 0; i < n; i++) {
                final PortType type = portType(model, i);
                if (SegmentationModelPortObject.class.equals(type.getPortObjectClass())) {
                    specs[i] = m_kmeansOut[3] != null ? m_kmeansOut[3]
                        : new SegmentationModelPortObjectSpec(NodeDriver.BEHAVIOUR, Algorithm.KMEANS, 3);
                } else if (BufferedDataTable.TYPE.getPortObjectClass().equals(type.getPortObjectClass())) {
                    specs[i] = i == 0 ? m_segmented : null;
                }
            }
            if (name.equals("SegmentRecommenderNodeFactory")) {
                specs[0] = m_profilerOut[0];
                specs[2] = m_segmented;
                specs[3] = m_profilerOut[1];
            } else if (name.equals("SegmentReportNodeFactory")) {
                specs[1] = m_recommenderOut[0];
                specs[2] = m_kmeansOut[2];
            } else if (name.equals("SegmentAssignerNodeFactory")) {
                specs[1] = m_customers;
            }
            return specs;
        }
    }

    @Test
    void everyDialogLoadsAndSavesWhatItsModelReads() throws Exception {
        final List<String> factories = registeredFactories();
        assertFalse(factories.isEmpty(), "no node in plugin.xml");
        final Specs specs = new Specs();
        for (final String className : factories) {
            final NodeFactory<?> factory =
                (NodeFactory<?>)Class.forName(className).getDeclaredConstructor().newInstance();
            final String name = factory.getClass().getSimpleName();
            assertTrue((Boolean)call(factory, "hasDialog"), name + " has no dialog");
            final NodeModel model = factory.createNodeModel();
            final NodeSettings settings = NodeDriver.save(model);
            if (settings.containsKey(ReportSettings.KEY_OUTPUT_FILE)) {
                // the one setting without a usable default: the report's file (only named, never written here)
                settings.addString(ReportSettings.KEY_OUTPUT_FILE,
                    Path.of(System.getProperty("java.io.tmpdir"), "custseg-dialog-test.html").toAbsolutePath()
                        .toString());
            }
            final PortObjectSpec[] in = specs.inputsOf(factory, model);

            // the classic Swing dialog (what KNIME 5.3-5.5 shows); the 5.6+ web dialogs: knime-real-ui-tests
            final NodeDialogPane pane = (NodeDialogPane)call(factory, "createSwingDialogPane");
            assertNotNull(pane, name);
            final NodeSettings saved = loadAndSave(pane, settings, in);
            assertEquals(keys(settings), keys(saved), name + ": the dialog writes the keys the model reads");
            // every value the dialog does not fill in itself (empty = "guess") comes back unchanged
            final Map<String, String> before = leaves(settings);
            final Map<String, String> after = leaves(saved);
            for (final Map.Entry<String, String> e : before.entrySet()) {
                if (!e.getValue().isEmpty() && !isColumnChoice(e.getKey())) {
                    assertEquals(e.getValue(), after.get(e.getKey()), name + ": " + e.getKey());
                }
            }
            // the model accepts what the dialog saved
            NodeDriver.load(factory.createNodeModel(), saved);
            // and a second dialog round trip changes nothing
            final NodeSettings again =
                loadAndSave((NodeDialogPane)call(factory, "createSwingDialogPane"), saved, in);
            assertEquals(leaves(saved), leaves(again), name + ": second load/save round trip");
        }
    }

    private static NodeSettings loadAndSave(final NodeDialogPane pane, final NodeSettings settings,
        final PortObjectSpec[] in) throws Exception {
        final Method load = NodeDialogPane.class.getDeclaredMethod("loadSettingsFrom", org.knime.core.node.NodeSettingsRO.class,
            PortObjectSpec[].class);
        load.setAccessible(true);
        load.invoke(pane, settings, in);
        final Method save = NodeDialogPane.class.getDeclaredMethod("saveSettingsTo", org.knime.core.node.NodeSettingsWO.class);
        save.setAccessible(true);
        final NodeSettings out = new NodeSettings("model");
        save.invoke(pane, out);
        return out;
    }

    /** Column lists and column names the dialogs choose from the spec when the settings leave them open. */
    private static boolean isColumnChoice(final String path) {
        return path.contains("column") || path.contains("included_names") || path.contains("excluded_names");
    }

    private static Object call(final Object target, final String method) throws Exception {
        Class<?> c = target.getClass();
        while (c != null) {
            try {
                final Method m = c.getDeclaredMethod(method);
                m.setAccessible(true);
                return m.invoke(target);
            } catch (NoSuchMethodException e) {
                c = c.getSuperclass();
            }
        }
        throw new NoSuchMethodException(method);
    }

    private static PortType portType(final NodeModel model, final int index) throws Exception {
        final Method m = NodeModel.class.getDeclaredMethod("getInPortType", int.class);
        m.setAccessible(true);
        return (PortType)m.invoke(model, index);
    }

    private static List<String> keys(final NodeSettings s) {
        final List<String> keys = new ArrayList<>();
        for (final String k : s.keySet()) {
            if (!k.endsWith("_Internals")) {
                keys.add(k);
            }
        }
        keys.sort(null);
        return keys;
    }

    /** Every leaf entry by its path (without the settings models' "_Internals"). */
    private static Map<String, String> leaves(final ConfigBase c) throws Exception {
        final Map<String, String> out = new TreeMap<>();
        leaves(c, "", out);
        return out;
    }

    private static void leaves(final ConfigBase c, final String prefix, final Map<String, String> out)
        throws Exception {
        for (final String k : c.keySet()) {
            if (k.endsWith("_Internals")) {
                continue;
            }
            final var e = c.getEntry(k);
            if (e instanceof ConfigBase) {
                leaves((ConfigBase)e, prefix + k + "/", out);
            } else {
                out.put(prefix + k, e.toStringValue() == null ? "" : e.toStringValue());
            }
        }
    }

    @SuppressWarnings("unused")
    private static String describe(final PortObjectSpec[] specs) {
        return Arrays.toString(specs);
    }
}
