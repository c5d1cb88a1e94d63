package org.custseg.knime.doubletest.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.io.File;
import java.util.NoSuchElementException;

import org.custseg.knime.testing.NodeModelHarness;
import org.custseg.knime.testing.TestTables;
import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.container.ColumnRearranger;
import org.knime.core.data.container.SingleCellFactory;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.CanceledExecutionException;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.workflow.FlowVariable;

/** The harness runs a node model like KNIME and catches contract violations. */
class NodeModelHarnessTest {

    /** Multiplies a column by a factor; the factor must be positive. */
    static class ScaleNodeModel extends NodeModel {
        String m_column = "x";

        double m_factor = 2;

        boolean m_lieInConfigure;

        ScaleNodeModel() {
            super(1, 1);
        }

        private ColumnRearranger rearranger(final DataTableSpec in) throws InvalidSettingsException {
            int idx = in.findColumnIndex(m_column);
            if (idx < 0) {
                throw new InvalidSettingsException("Column \"" + m_column + "\" not found; select another column.");
            }
            ColumnRearranger r = new ColumnRearranger(in);
            String name = m_lieInConfigure ? "scaled_wrong" : "scaled";
            r.append(new SingleCellFactory(new DataColumnSpecCreator(name, DoubleCell.TYPE).createSpec()) {
                @Override
                public DataCell getCell(final DataRow row) {
                    return new DoubleCell(((DoubleValue)row.getCell(idx)).getDoubleValue() * m_factor);
                }
            });
            return r;
        }

        @Override
        protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) throws InvalidSettingsException {
            return new DataTableSpec[]{rearranger(inSpecs[0]).createSpec()};
        }

        @Override
        protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec)
            throws Exception {
            m_lieInConfigure = false;
            BufferedDataTable out =
                exec.createColumnRearrangeTable(inData[0], rearranger(inData[0].getDataTableSpec()), exec);
            pushFlowVariableDouble("factor_used", m_factor);
            return new BufferedDataTable[]{out};
        }

        @Override
        protected void saveSettingsTo(final NodeSettingsWO settings) {
            settings.addString("column", m_column);
            settings.addDouble("factor", m_factor);
        }

        @Override
        protected void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
            double f = settings.getDouble("factor");
            if (!(f > 0)) {
                throw new InvalidSettingsException("factor must be > 0 but is " + f);
            }
            settings.getString("column");
        }

        @Override
        protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) throws InvalidSettingsException {
            m_column = settings.getString("column");
            m_factor = settings.getDouble("factor");
        }

        @Override
        protected void reset() {
            // nothing to reset
        }

        @Override
        protected void loadInternals(final File dir, final ExecutionMonitor exec) {
            // no internals
        }

        @Override
        protected void saveInternals(final File dir, final ExecutionMonitor exec) {
            // no internals
        }

        String peekString(final String name) {
            return peekFlowVariableString(name);
        }
    }

    private static final BufferedDataTable IN =
        TestTables.doubles(new String[]{"x"}, new double[]{1}, new double[]{2.5});

    @Test
    void runExecutesTheWholeLifeCycle() throws Exception {
        ScaleNodeModel model = new ScaleNodeModel();
        model.m_factor = 3;
        NodeModelHarness<ScaleNodeModel> h = NodeModelHarness.of(model);
        PortObject[] out = h.run(IN);
        BufferedDataTable t = (BufferedDataTable)out[0];
        assertEquals(new DoubleCell(7.5), TestTables.rows(t).get(1).getCell(1));
        assertEquals(3.0, model.peekFlowVariableDouble("factor_used"));
        assertThrows(NoSuchElementException.class, () -> model.peekFlowVariableInt("factor_used"),
            "wrong type");
        assertThrows(NoSuchElementException.class, () -> model.peekString("absent"));
        assertNull(h.warningMessage());
        assertEquals("scaled", ((DataTableSpec)h.lastConfiguredSpecs()[0]).getColumnSpec(1).getName());
    }

    @Test
    void settingsRoundTripThroughXmlAndValidation() throws Exception {
        NodeModelHarness<ScaleNodeModel> h = NodeModelHarness.of(new ScaleNodeModel());
        NodeSettingsRO copy = h.roundTripSettings();
        assertEquals(2.0, copy.getDouble("factor"));
        NodeSettings bad = h.saveSettings();
        bad.addDouble("factor", -1);
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> h.loadSettings(bad));
        assertTrue(e.getMessage().contains("factor"), e.getMessage());
        assertEquals(2.0, h.model().m_factor, "invalid settings are not loaded");
    }

    @Test
    void configureErrorsAndMissingSpecsBehaveLikeKnime() {
        ScaleNodeModel model = new ScaleNodeModel();
        model.m_column = "nope";
        NodeModelHarness<ScaleNodeModel> h = NodeModelHarness.of(model);
        InvalidSettingsException e =
            assertThrows(InvalidSettingsException.class, () -> h.configure(IN.getDataTableSpec()));
        assertTrue(e.getMessage().contains("nope"));
        NodeModelHarness<ScaleNodeModel> fresh = NodeModelHarness.of(new ScaleNodeModel());
        InvalidSettingsException missing =
            assertThrows(InvalidSettingsException.class, () -> fresh.configure((PortObjectSpec)null),
                "a missing table spec becomes an empty spec (no NullPointerException)");
        assertTrue(missing.getMessage().contains("\"x\""), missing.getMessage());
        assertThrows(AssertionError.class, () -> fresh.configure(), "wrong number of input specs");
        PortObjectSpec notATable = () -> new javax.swing.JComponent[0];
        InvalidSettingsException wrongClass =
            assertThrows(InvalidSettingsException.class, () -> fresh.configure(notATable));
        assertTrue(wrongClass.getMessage().contains("Incompatible port spec"), wrongClass.getMessage());
    }

    @Test
    void specMismatchBetweenConfigureAndExecuteIsReported() throws Exception {
        ScaleNodeModel model = new ScaleNodeModel();
        model.m_lieInConfigure = true;
        NodeModelHarness<ScaleNodeModel> h = NodeModelHarness.of(model);
        AssertionError e = assertThrows(AssertionError.class, () -> h.run(IN));
        assertTrue(e.getMessage().contains("scaled_wrong"), e.getMessage());
    }

    @Test
    void cancellationPropagatesAsCanceledExecutionException() {
        NodeModelHarness<ScaleNodeModel> h = NodeModelHarness.of(new ScaleNodeModel());
        assertThrows(CanceledExecutionException.class,
            () -> h.execute(NodeModelHarness.cancelingExecutionContext(0), IN));
    }

    @Test
    void emptyOutputGetsKnimesWarningAndInputVariablesAreVisible() throws Exception {
        ScaleNodeModel model = new ScaleNodeModel();
        NodeModelHarness<ScaleNodeModel> h =
            NodeModelHarness.of(model).withInputFlowVariables(new FlowVariable("segment_col", "Cluster"));
        assertEquals("Cluster", model.peekString("segment_col"));
        // as in KNIME, the workspace's global constant knime.workspace is always there too
        assertEquals(List.of("segment_col", "knime.workspace"),
            List.copyOf(model.getAvailableInputFlowVariables().keySet()));
        assertTrue(model.getAvailableInputFlowVariables().get("knime.workspace").isGlobalConstant());
        BufferedDataTable empty = TestTables.table(IN.getDataTableSpec());
        h.run(empty);
        assertEquals("Node created an empty data table.", h.warningMessage());
        assertEquals(3, model.getAvailableFlowVariables().size());
    }
}
