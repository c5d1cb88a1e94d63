package org.custseg.knime.webui;

import java.io.File;

import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.ExecutionMonitor;
import org.knime.core.node.NodeDialogPane;
import org.knime.core.node.NodeFactory;
import org.knime.core.node.NodeModel;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NodeView;

/**
 * Test fixture: a source node without dialog giving a small table shaped like the bank sample (identifier columns,
 * a skewed amount, counts, a string segment and a name column), so that the dialogs get real column choices.
 */
public final class TableSourceNodeFactory extends NodeFactory<TableSourceNodeFactory.Model> {

    static final String[] NAMES =
        {"Sl_No", "Customer Key", "Avg_Credit_Limit", "Total_Credit_Cards", "Total_visits_online", "Segment", "Name"};

    /** @return the spec of the table */
    public static DataTableSpec spec() {
        return new DataTableSpec(NAMES, new DataType[]{IntCell.TYPE, IntCell.TYPE, DoubleCell.TYPE, IntCell.TYPE,
            IntCell.TYPE, StringCell.TYPE, StringCell.TYPE});
    }

    /** Twelve rows, two segments. */
    public static final class Model extends NodeModel {
        Model() {
            super(0, 1);
        }

        @Override
        protected DataTableSpec[] configure(final DataTableSpec[] inSpecs) {
            return new DataTableSpec[]{spec()};
        }

        @Override
        protected BufferedDataTable[] execute(final BufferedDataTable[] inData, final ExecutionContext exec) {
            final BufferedDataContainer c = exec.createDataContainer(spec());
            for (int i = 0; i < 12; i++) {
                final boolean high = i % 3 == 0;
                c.addRowToTable(new DefaultRow(RowKey.createRowKey((long)i), new IntCell(i + 1),
                    new IntCell(87000 + 37 * i), new DoubleCell(high ? 50000.0 + 9000 * i : 3000.0 + 700 * i),
                    new IntCell(high ? 8 : 2 + i % 3), new IntCell(high ? 10 : i % 2),
                    new StringCell(high ? "Segment 1" : "Segment 2"), new StringCell(high ? "Premium" : "Basic")));
            }
            c.close();
            return new BufferedDataTable[]{c.getTable()};
        }

        @Override
        protected void saveSettingsTo(final NodeSettingsWO settings) {
        }

        @Override
        protected void validateSettings(final NodeSettingsRO settings) {
        }

        @Override
        protected void loadValidatedSettingsFrom(final NodeSettingsRO settings) {
        }

        @Override
        protected void loadInternals(final File dir, final ExecutionMonitor exec) {
        }

        @Override
        protected void saveInternals(final File dir, final ExecutionMonitor exec) {
        }

        @Override
        protected void reset() {
        }
    }

    @Override
    public Model createNodeModel() {
        return new Model();
    }

    @Override
    protected int getNrNodeViews() {
        return 0;
    }

    @Override
    public NodeView<Model> createNodeView(final int viewIndex, final Model nodeModel) {
        return null;
    }

    @Override
    protected boolean hasDialog() {
        return false;
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return null;
    }
}
