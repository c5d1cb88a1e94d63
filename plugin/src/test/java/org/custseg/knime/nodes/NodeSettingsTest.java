package org.custseg.knime.nodes;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.custseg.knime.assigner.SegmentAssignerNodeModel;
import org.custseg.knime.em.EMSegmenterNodeModel;
import org.custseg.knime.hierarchical.HierarchicalSegmenterNodeModel;
import org.custseg.knime.kmeans.KMeansSegmenterNodeModel;
import org.custseg.knime.kmedoids.KMedoidsSegmenterNodeModel;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;

/**
 * Settings of the four nodes: pinned keys, save/load round trip, defaults for keys missing in older settings, and
 * the message of every invalid setting (it must name the setting, the value and what is allowed).
 */
class NodeSettingsTest {

    private static final List<String> COMMON = List.of("columns", "k_automatic", "k", "k_min", "k_max",
        "k_criterion", "missing_values", "scaling", "seed");

    private static List<String> keys(final NodeSettings s) {
        final List<String> keys = new ArrayList<>();
        for (final String k : s.keySet()) {
            if (!k.endsWith("_Internals")) {
                keys.add(k);
            }
        }
        return keys;
    }

    private static List<String> concat(final List<String> a, final String... b) {
        final List<String> l = new ArrayList<>(a);
        l.addAll(List.of(b));
        return l;
    }

    /** Pinned: saved workflows depend on these keys. Change only with a migration. */
    @Test
    void settingsKeysAreStable() throws Exception {
        assertEquals(concat(COMMON, "initialization", "distance", "max_iterations", "restarts", "engine",
            "stability_resamples", "stability_method"), keys(NodeDriver.save(new KMeansSegmenterNodeModel())));
        // covariance: added for full-covariance EM; settings saved without it load as DIAGONAL (test below)
        assertEquals(concat(COMMON, "max_iterations", "min_std_dev", "engine", "covariance", "stability_resamples",
            "stability_method"),
            keys(NodeDriver.save(new EMSegmenterNodeModel())));
        assertEquals(concat(COMMON, "linkage", "hierarchical_engine", "distance", "sample_size",
            "stability_resamples", "stability_method"), keys(NodeDriver.save(new HierarchicalSegmenterNodeModel())));
        assertEquals(concat(COMMON, "distance", "max_iterations", "restarts", "stability_resamples",
            "stability_method"), keys(NodeDriver.save(new KMedoidsSegmenterNodeModel())));
        assertEquals(List.of("unassigned_rows"), keys(NodeDriver.save(new SegmentAssignerNodeModel())));
    }

    @Test
    void emSettingsSavedWithoutCovarianceLoadAsDiagonal() throws Exception {
        final EMSegmenterNodeModel em = new EMSegmenterNodeModel();
        final NodeSettings full = NodeDriver.save(em);
        full.addString("covariance", "FULL");
        NodeDriver.load(em, full);
        assertEquals("FULL", NodeDriver.save(em).getString("covariance"));
        // settings as saved before the covariance setting existed: today's without the covariance entries
        final java.io.ByteArrayOutputStream xml = new java.io.ByteArrayOutputStream();
        NodeDriver.save(new EMSegmenterNodeModel()).saveToXML(xml);
        final String before = xml.toString(java.nio.charset.StandardCharsets.UTF_8)
            .replaceAll("(?s)<config key=\"covariance_Internals\">.*?</config>\\s*", "")
            .replaceAll("<entry key=\"covariance\"[^>]*/>\\s*", "");
        final NodeSettings old = (NodeSettings)NodeSettings.loadFromXML(
            new java.io.ByteArrayInputStream(before.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertFalse(old.containsKey("covariance"));
        NodeDriver.validate(em, old);
        NodeDriver.load(em, old);
        assertEquals("DIAGONAL", NodeDriver.save(em).getString("covariance"));
    }

    @Test
    void defaultsArePinned() throws Exception {
        final NodeSettings s = NodeDriver.save(new KMeansSegmenterNodeModel());
        assertEquals(false, s.getBoolean("k_automatic"));
        assertEquals(3, s.getInt("k"));
        assertEquals(2, s.getInt("k_min"));
        assertEquals(10, s.getInt("k_max"));
        assertEquals("SILHOUETTE", s.getString("k_criterion"));
        assertEquals("FAIL", s.getString("missing_values"));
        assertEquals("ZSCORE", s.getString("scaling"));
        assertEquals(1, s.getInt("seed"));
        assertEquals("KMEANS_PLUS_PLUS", s.getString("initialization"));
        assertEquals("EUCLIDEAN", s.getString("distance"));
        assertEquals(500, s.getInt("max_iterations"));
        assertEquals(10, s.getInt("restarts"));
        assertEquals("FAST", s.getString("engine"), "new K-Means nodes use the fast engine");
        assertEquals(20, s.getInt("stability_resamples"));
        assertEquals("BOOTSTRAP", s.getString("stability_method"));
        final NodeSettings h = NodeDriver.save(new HierarchicalSegmenterNodeModel());
        assertEquals("WARD", h.getString("linkage"));
        assertEquals("FAST", h.getString("hierarchical_engine"));
        assertEquals(0, h.getInt("sample_size"));
        assertEquals(1e-6, NodeDriver.save(new EMSegmenterNodeModel()).getDouble("min_std_dev"));
        assertEquals("FAST", NodeDriver.save(new EMSegmenterNodeModel()).getString("engine"), "new EM nodes: fast");
        assertEquals("FAIL", NodeDriver.save(new SegmentAssignerNodeModel()).getString("unassigned_rows"));
    }

    private static byte[] xml(final NodeSettings s) throws Exception {
        final ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.saveToXML(out);
        return out.toByteArray();
    }

    @Test
    void saveLoadValidateRoundTrip() throws Exception {
        final List<Supplier<NodeModel>> nodes = List.of(KMeansSegmenterNodeModel::new, EMSegmenterNodeModel::new,
            HierarchicalSegmenterNodeModel::new, SegmentAssignerNodeModel::new);
        for (final Supplier<NodeModel> node : nodes) {
            final NodeModel first = node.get();
            final NodeSettings s = NodeDriver.save(first);
            // change every value away from its default where the node has it
            change(s, "k", 5);
            change(s, "k_min", 3);
            change(s, "k_max", 7);
            if (s.containsKey("k_automatic")) {
                s.addBoolean("k_automatic", true);
                s.addString("scaling", "MINMAX");
                s.addString("missing_values", "IMPUTE_MEAN");
                s.addInt("seed", 42);
                NodeDriver.includeColumns(s, List.of("a", "b"), List.of("c"));
            }
            change(s, "restarts", 4);
            change(s, "max_iterations", 77);
            if (s.containsKey("min_std_dev")) {
                s.addDouble("min_std_dev", 1e-3);
            }
            if (s.containsKey("linkage")) {
                s.addString("linkage", "CENTROID");
                s.addString("hierarchical_engine", "WEKA");
                s.addString("distance", "MANHATTAN");
                s.addInt("sample_size", 500);
            }
            if (s.containsKey("unassigned_rows")) {
                s.addString("unassigned_rows", "OUTPUT_WITH_REASON");
            }
            final NodeModel second = node.get();
            NodeDriver.load(second, s);
            final NodeSettings again = NodeDriver.save(second);
            NodeDriver.validate(node.get(), again);
            assertArrayEquals(xml(s), xml(again), second.getClass().getSimpleName());
        }
    }

    private static void change(final NodeSettings s, final String key, final int value) {
        if (s.containsKey(key)) {
            s.addInt(key, value);
        }
    }

    /** Settings written before a key existed load, and the key gets its default. */
    @Test
    void settingsWithoutLaterKeysLoadWithDefaults() throws Exception {
        final NodeSettings full = NodeDriver.save(new KMeansSegmenterNodeModel());
        full.addInt("k", 4);
        full.addInt("restarts", 3);
        // the settings file of an older version: no "restarts" and no "initialization" entries
        final String xml = new String(xml(full), StandardCharsets.UTF_8);
        final String older = xml.replaceAll("(?s)<entry key=\"(restarts|initialization)\"[^>]*/>", "")
            .replaceAll("(?s)<config key=\"(restarts|initialization)_Internals\">.*?</config>", "");
        assertFalse(older.contains("\"restarts\"") || older.contains("\"initialization\""), older);
        final NodeSettingsRO old =
            NodeSettings.loadFromXML(new ByteArrayInputStream(older.getBytes(StandardCharsets.UTF_8)));

        final KMeansSegmenterNodeModel model = new KMeansSegmenterNodeModel();
        NodeDriver.validate(model, old);
        NodeDriver.load(model, (NodeSettings)old);
        final NodeSettings saved = NodeDriver.save(model);
        assertEquals(4, saved.getInt("k"), "present keys are loaded");
        assertEquals(10, saved.getInt("restarts"), "absent keys get their default");
        assertEquals("KMEANS_PLUS_PLUS", saved.getString("initialization"));
    }

    /** K-Means and EM nodes saved before the engine setting existed ran Weka: they load as WEKA. */
    @Test
    void kMeansSettingsWithoutEngineLoadAsWeka() throws Exception {
        final NodeSettings full = NodeDriver.save(new KMeansSegmenterNodeModel());
        final String xml = new String(xml(full), StandardCharsets.UTF_8);
        final String older = xml.replaceAll("(?s)<entry key=\"engine\"[^>]*/>", "")
            .replaceAll("(?s)<config key=\"engine_Internals\">.*?</config>", "");
        assertFalse(older.contains("\"engine\""), older);
        final NodeSettingsRO old =
            NodeSettings.loadFromXML(new ByteArrayInputStream(older.getBytes(StandardCharsets.UTF_8)));
        final KMeansSegmenterNodeModel model = new KMeansSegmenterNodeModel();
        NodeDriver.validate(model, old);
        NodeDriver.load(model, (NodeSettings)old);
        assertEquals("WEKA", NodeDriver.save(model).getString("engine"));
        assertEquals("FAST", NodeDriver.save(new KMeansSegmenterNodeModel()).getString("engine"));

        final String emXml = new String(xml(NodeDriver.save(new EMSegmenterNodeModel())), StandardCharsets.UTF_8);
        final String emOlder = emXml.replaceAll("(?s)<entry key=\"engine\"[^>]*/>", "")
            .replaceAll("(?s)<config key=\"engine_Internals\">.*?</config>", "");
        assertFalse(emOlder.contains("\"engine\""), emOlder);
        final NodeSettingsRO emOld =
            NodeSettings.loadFromXML(new ByteArrayInputStream(emOlder.getBytes(StandardCharsets.UTF_8)));
        final EMSegmenterNodeModel em = new EMSegmenterNodeModel();
        NodeDriver.validate(em, emOld);
        NodeDriver.load(em, (NodeSettings)emOld);
        assertEquals("WEKA", NodeDriver.save(em).getString("engine"));
    }

    private static String invalid(final NodeModel model, final Consumer<NodeSettings> tweak) throws Exception {
        final NodeSettings s = NodeDriver.save(model);
        tweak.accept(s);
        return assertThrows(InvalidSettingsException.class, () -> NodeDriver.validate(model, s)).getMessage();
    }

    private static void assertMentions(final String message, final String... parts) {
        for (final String p : parts) {
            assertTrue(message.contains(p), "'" + message + "' should mention " + p);
        }
    }

    @Test
    void everyInvalidSettingNamesSettingValueAndAllowedRange() throws Exception {
        assertMentions(invalid(new KMeansSegmenterNodeModel(), s -> s.addInt("k", 1)),
            "Number of segments (k)", "1", "between 2 and 100");
        assertMentions(invalid(new KMeansSegmenterNodeModel(), s -> s.addInt("k", 101)),
            "Number of segments (k)", "101", "between 2 and 100");
        assertMentions(invalid(new KMeansSegmenterNodeModel(), s -> {
            s.addBoolean("k_automatic", true);
            s.addInt("k_min", 8);
            s.addInt("k_max", 4);
        }), "inverted", "Smallest k to try", "8", "Largest k to try", "4");
        assertMentions(invalid(new EMSegmenterNodeModel(), s -> {
            s.addBoolean("k_automatic", true);
            s.addInt("k_min", 1);
        }), "Smallest k to try", "1", "between 2 and 100");
        assertMentions(invalid(new KMeansSegmenterNodeModel(), s -> s.addString("scaling", "LOG")),
            "Scaling", "LOG", "ZSCORE, MINMAX, NONE");
        assertMentions(invalid(new KMeansSegmenterNodeModel(), s -> s.addString("missing_values", "IGNORE")),
            "Missing values", "IGNORE", "DROP_ROWS");
        assertMentions(invalid(new KMeansSegmenterNodeModel(), s -> s.addString("initialization", "SMART")),
            "Initialization", "SMART", "KMEANS_PLUS_PLUS");
        assertMentions(invalid(new KMeansSegmenterNodeModel(), s -> {
            s.addBoolean("k_automatic", true);
            s.addString("k_criterion", "BIC");
        }), "Criterion for choosing k", "BIC", "EM", "SILHOUETTE");
        assertMentions(invalid(new KMeansSegmenterNodeModel(), s -> s.addInt("restarts", 0)),
            "Restarts", "0", "between 1 and 1000");
        assertMentions(invalid(new KMeansSegmenterNodeModel(), s -> s.addInt("max_iterations", 0)),
            "Maximum iterations", "0", "at least 1");
        assertMentions(invalid(new EMSegmenterNodeModel(), s -> s.addDouble("min_std_dev", 0)),
            "Minimum standard deviation", "0.0", "positive");
        assertMentions(invalid(new HierarchicalSegmenterNodeModel(), s -> s.addString("linkage", "CENTROID")),
            "Linkage", "CENTROID", "WEKA", "WARD, SINGLE, COMPLETE, AVERAGE");
        assertMentions(invalid(new HierarchicalSegmenterNodeModel(), s -> s.addString("distance", "MANHATTAN")),
            "Distance", "MANHATTAN", "EUCLIDEAN", "WEKA");
        assertMentions(invalid(new HierarchicalSegmenterNodeModel(), s -> s.addInt("sample_size", 1)),
            "Sample size", "1", "at least 2");
        assertMentions(invalid(new HierarchicalSegmenterNodeModel(), s -> s.addString("hierarchical_engine", "R")),
            "Engine", "R", "FAST, WEKA");
        assertMentions(invalid(new SegmentAssignerNodeModel(), s -> s.addString("unassigned_rows", "DROP")),
            "Rows that cannot be assigned", "DROP", "FAIL, OUTPUT_WITH_REASON");
    }

    @Test
    void configureRejectsTablesWithoutSelectedNumericColumns() throws Exception {
        final DataTableSpec strings = new DataTableSpec(
            new DataColumnSpecCreator("Name", StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator("City", StringCell.TYPE).createSpec());
        final KMeansSegmenterNodeModel model = new KMeansSegmenterNodeModel();
        String msg = assertThrows(InvalidSettingsException.class, () -> NodeDriver.configure(model, strings))
            .getMessage();
        assertMentions(msg, "no numeric column");

        final DataTableSpec numbers = new DataTableSpec(
            new DataColumnSpecCreator("Spend", DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator("Visits", DoubleCell.TYPE).createSpec());
        final NodeSettings s = NodeDriver.save(model);
        NodeDriver.includeColumns(s, List.of(), List.of("Spend", "Visits"));
        NodeDriver.load(model, s);
        msg = assertThrows(InvalidSettingsException.class, () -> NodeDriver.configure(model, numbers)).getMessage();
        assertMentions(msg, "No numeric column is selected", "Columns");
    }

    @Test
    void freshNodesIncludeEveryNumericColumn() throws Exception {
        final DataTableSpec spec = new DataTableSpec(
            new DataColumnSpecCreator("Spend", DoubleCell.TYPE).createSpec(),
            new DataColumnSpecCreator("Name", StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator("Visits", DoubleCell.TYPE).createSpec());
        final DataTableSpec summary = (DataTableSpec)NodeDriver.configure(new KMeansSegmenterNodeModel(), spec)[1];
        final List<String> expected = new ArrayList<>(List.of("Segment", "Size", "Share", "Spend", "Visits"));
        expected.addAll(SegmenterNodesTest.STABILITY_COLUMNS);
        assertEquals(expected, List.of(summary.getColumnNames()));
    }
}
