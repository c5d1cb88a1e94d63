package org.custseg.knime.doubletest.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIf;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.FlowVariableModel;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeLogger;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentBoolean;
import org.knime.core.node.defaultnodesettings.DialogComponentButtonGroup;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnFilter2;
import org.knime.core.node.defaultnodesettings.DialogComponentColumnNameSelection;
import org.knime.core.node.defaultnodesettings.DialogComponentLabel;
import org.knime.core.node.defaultnodesettings.DialogComponentNumber;
import org.knime.core.node.defaultnodesettings.DialogComponentString;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelLong;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.workflow.FlowVariable;

/**
 * The headless dialog classes of the double load and save through their models like
 * KNIME's, and {@code NodeLogger} reaches java.util.logging.
 */
class DialogAndLoggerTest {

    private static final DataTableSpec SPEC = new DataTableSpec(new String[]{"Region", "Avg_Credit_Limit"},
        new DataType[]{StringCell.TYPE, DoubleCell.TYPE});

    /** A dialog built the way node dialogs of this project are built. */
    private static final class Dialog extends DefaultNodeSettingsPane {
        final SettingsModelIntegerBounded m_k = new SettingsModelIntegerBounded("k", 3, 2, 20);

        final SettingsModelString m_method = new SettingsModelString("method", null);

        final SettingsModelString m_column = new SettingsModelString("column", null);

        final SettingsModelColumnFilter2 m_features = new SettingsModelColumnFilter2("features", DoubleValue.class);

        final FlowVariableModel m_methodVariable;

        Dialog() {
            createNewGroup("Clustering");
            addDialogComponent(new DialogComponentNumber(m_k, "Number of segments", 1, createFlowVariableModel(m_k)));
            m_methodVariable = createFlowVariableModel(m_method);
            addDialogComponent(new DialogComponentStringSelection(m_method, "Method", List.of("kmeans", "em"), false,
                m_methodVariable));
            closeCurrentGroup();
            addDialogComponent(new DialogComponentColumnNameSelection(m_column, "Column", 0, DoubleValue.class));
            createNewTab("Features");
            addDialogComponent(new DialogComponentColumnFilter2(m_features, 0));
            setHorizontalPlacement(true);
            addDialogComponent(new DialogComponentBoolean(new SettingsModelBoolean("normalize", true), "Normalize"));
            addDialogComponent(new DialogComponentString(new SettingsModelString("prefix", "Segment"), "Prefix",
                true, 10));
            addDialogComponent(new DialogComponentButtonGroup(new SettingsModelString("mode", "a"), false, "Mode",
                "a", "b"));
            addDialogComponent(new DialogComponentLabel("Only numeric columns are offered."));
            selectTab("Options");
        }
    }

    @Test
    void loadsAndSavesAllComponentsThroughTheirModels() throws Exception {
        Dialog d = new Dialog();
        NodeSettings stored = new NodeSettings("model");
        stored.addInt("k", 5);
        stored.addString("method", "em");
        d.loadSettingsFrom(stored, new PortObjectSpec[]{SPEC});
        assertEquals(5, d.m_k.getIntValue());
        assertEquals("em", d.m_method.getStringValue());
        assertEquals("Avg_Credit_Limit", d.m_column.getStringValue(), "first compatible column is preselected");

        NodeSettings saved = new NodeSettings("model");
        d.saveSettingsTo(saved);
        assertEquals(5, saved.getInt("k"));
        assertEquals("em", saved.getString("method"));
        assertEquals("Avg_Credit_Limit", saved.getString("column"));
        assertEquals("Segment", saved.getString("prefix"));
        assertTrue(saved.getBoolean("normalize"));
        assertEquals("a", saved.getString("mode"));
        assertEquals("SMID_columnfilter", saved.getConfig("features_Internals").getString("SettingsModelID"));
        assertFalse(saved.containsKey("Only numeric columns are offered."), "labels store nothing");
    }

    @Test
    void emptySelectionCannotBeSaved() throws Exception {
        Dialog d = new Dialog();
        d.loadSettingsFrom(new NodeSettings("empty"), new PortObjectSpec[]{SPEC});
        InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> d.saveSettingsTo(new NodeSettings("model")));
        assertTrue(e.getMessage().contains("select"), e.getMessage());
        assertEquals("method", d.m_methodVariable.getKeys()[0]);
        assertEquals(FlowVariable.Type.STRING, d.m_method.getFlowVariableType());
        d.m_methodVariable.setInputVariableName("segmentation_method");
        assertFalse(d.m_method.isEnabled(), "a variable replaces the value: the model is disabled");
        d.saveSettingsTo(new NodeSettings("model")); // disabled components may hold invalid values
    }

    @Test
    void columnSelectionRefusesSpecsWithoutSuitableColumn() {
        Dialog d = new Dialog();
        DataTableSpec onlyStrings = new DataTableSpec(new String[]{"Region"}, new DataType[]{StringCell.TYPE});
        assertThrows(NotConfigurableException.class,
            () -> d.loadSettingsFrom(new NodeSettings("empty"), new PortObjectSpec[]{onlyStrings}));
        assertThrows(NotConfigurableException.class,
            () -> d.loadSettingsFrom(new NodeSettings("empty"), new PortObjectSpec[0]));
    }

    @Test
    void numberComponentAcceptsLongModelsLikeKnime() throws Exception {
        // KNIME 5.3 and 5.11 build a number component on a SettingsModelLong (the double rejected it until issue 11)
        SettingsModelLong seed = new SettingsModelLong("seed", 7L);
        DialogComponentNumber c = new DialogComponentNumber(seed, "Seed", 1);
        assertSame(seed, c.getModel());
        NodeSettings s = new NodeSettings("dialog");
        c.saveSettingsTo(s);
        assertEquals(7L, s.getLong("seed"));
    }

    /** The double's own logging backend; KNIME's NodeLogger writes to log4j, so this is skipped on real KNIME. */
    @Test
    @DisabledIf(value = "org.custseg.knime.testing.KnimeUnderTest#isReal",
        disabledReason = "tests the double's java.util.logging backend; KNIME's NodeLogger writes to log4j")
    void loggerWritesToJavaUtilLogging() {
        Logger jul = Logger.getLogger(DialogAndLoggerTest.class.getName());
        List<LogRecord> records = new ArrayList<>();
        Handler h = new Handler() {
            @Override
            public void publish(final LogRecord r) {
                records.add(r);
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        jul.addHandler(h);
        Level before = jul.getLevel();
        jul.setLevel(Level.ALL);
        jul.setUseParentHandlers(false); // keep the build output quiet
        try {
            NodeLogger log = NodeLogger.getLogger(DialogAndLoggerTest.class);
            IllegalStateException cause = new IllegalStateException("boom");
            log.warn("k must be at least 2", cause);
            log.debugWithFormat("k=%d", 4);
            log.info(() -> "lazy");
            log.coding("wrong port");
            assertTrue(log.isDebugEnabled());
            assertEquals(4, records.size());
            assertEquals(Level.WARNING, records.get(0).getLevel());
            assertEquals("k must be at least 2", records.get(0).getMessage());
            assertEquals(cause, records.get(0).getThrown());
            assertEquals("k=4", records.get(1).getMessage());
            assertEquals("lazy", records.get(2).getMessage());
            assertTrue(records.get(3).getMessage().contains("CODING PROBLEM"));
        } finally {
            jul.removeHandler(h);
            jul.setLevel(before);
            jul.setUseParentHandlers(true);
        }
    }
}
