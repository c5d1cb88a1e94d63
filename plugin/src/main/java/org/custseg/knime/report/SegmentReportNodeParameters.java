package org.custseg.knime.report;

import org.knime.core.data.DataColumnSpec;
import org.knime.node.parameters.NodeParameters;
import org.knime.node.parameters.Widget;
import org.knime.node.parameters.layout.After;
import org.knime.node.parameters.layout.Layout;
import org.knime.node.parameters.layout.Section;
import org.knime.node.parameters.persistence.Persist;
import org.knime.node.parameters.persistence.Persistor;
import org.knime.node.parameters.persistence.legacy.LegacyColumnFilterPersistor;
import org.knime.node.parameters.widget.choices.ChoicesProvider;
import org.knime.node.parameters.widget.choices.Label;
import org.knime.node.parameters.widget.choices.ValueSwitchWidget;
import org.knime.node.parameters.widget.choices.filter.ColumnFilter;
import org.knime.node.parameters.widget.choices.filter.ColumnFilterWidget;
import org.knime.node.parameters.widget.choices.util.AllColumnsProvider;
import org.knime.node.parameters.widget.choices.util.CompatibleColumnsProvider.DoubleColumnsProvider;
import org.knime.node.parameters.widget.choices.util.FilteredInputTableColumnsProvider;

/**
 * The <i>Segment Report</i>'s settings as node parameters (its web dialog): the keys and value types of
 * {@link ReportSettings}. The output file is a plain text field (a path or a {@code knime://} URL, as in the classic
 * dialog). Descriptions are those of the node description.
 * Loaded only where {@code org.knime.node.parameters} exists (KNIME 5.6+).
 */
@SuppressWarnings("restriction")
final class SegmentReportNodeParameters implements NodeParameters {

    @Section(title = "Content")
    interface ContentSection {
    }

    @Section(title = "Output")
    @After(ContentSection.class)
    interface OutputSection {
    }

    @Section(title = "Segment names")
    @After(OutputSection.class)
    interface NamingSection {
    }

    /** The numeric attribute filter under the classic key and layout. */
    static final class NumericPersistor extends LegacyColumnFilterPersistor {
        NumericPersistor() {
            super(ReportSettings.KEY_NUMERIC_COLUMNS);
        }
    }

    /** The columns of the optional naming table (input 4). */
    static final class NamingTableColumns implements FilteredInputTableColumnsProvider {
        @Override
        public int getInputTableIndex() {
            return 3;
        }

        @Override
        public boolean isIncluded(final DataColumnSpec col) {
            return true;
        }
    }

    @Widget(title = ReportSettings.LABEL_SEGMENT_COLUMN,
        description = "The string or integer column that holds each row's segment, usually the Segment "
            + "column the segmenter nodes append. When nothing is selected the node uses the last "
            + "string or integer column whose name starts with \"Segment\" or \"Cluster\".")
    @ChoicesProvider(AllColumnsProvider.class)
    @Persist(configKey = ReportSettings.KEY_SEGMENT_COLUMN)
    @Layout(ContentSection.class)
    String m_segmentColumn = "";

    @Widget(title = ReportSettings.LABEL_NUMERIC_COLUMNS,
        description = "The numeric columns shown in the heatmap, the means table and the box plots. Until "
            + "columns are chosen, every numeric column except identifier-like ones (such as Sl_No "
            + "or Customer Key) is used, with a warning; the segment column itself is never an "
            + "attribute.")
    @ColumnFilterWidget(choicesProvider = DoubleColumnsProvider.class)
    @Persistor(NumericPersistor.class)
    @Layout(ContentSection.class)
    ColumnFilter m_numericColumns = new ColumnFilter().withIncludeUnknownColumns();

    @Widget(title = ReportSettings.LABEL_TITLE,
        description = "The title shown at the top of the report and in the browser tab; default \"Customer "
            + "segmentation report\".")
    @Persist(configKey = ReportSettings.KEY_TITLE)
    @Layout(ContentSection.class)
    String m_title = ReportSettings.DEFAULT_TITLE;

    @Widget(title = ReportSettings.LABEL_OUTPUT_FILE,
        description = "The absolute path of the HTML file to write, e.g. /home/me/reports/segments.html. "
            + "The folder must exist and be writable. The setting is a plain text field (it can be "
            + "controlled by a flow variable); relative paths are rejected because KNIME's working "
            + "directory is not predictable.")
    @Persist(configKey = ReportSettings.KEY_OUTPUT_FILE)
    @Layout(OutputSection.class)
    String m_outputFile = "";

    @Widget(title = ReportSettings.LABEL_OVERWRITE,
        description = "Fail (default): the node fails with a message and leaves the existing file "
            + "unchanged. Overwrite: the existing file is replaced. When the file exists and the "
            + "policy is to fail, configuring the node already warns.")
    @ValueSwitchWidget
    @Persist(configKey = ReportSettings.KEY_OVERWRITE)
    @Layout(OutputSection.class)
    Overwrite m_overwrite = Overwrite.FAIL;

    @Widget(title = ReportSettings.LABEL_NAMES_SEGMENT,
        description = "The string column of the optional naming table (input 3) that holds the segment "
            + "names, as in the customer table's segment column. Empty: the table's first string "
            + "column.")
    @ChoicesProvider(NamingTableColumns.class)
    @Persist(configKey = ReportSettings.KEY_NAMES_SEGMENT)
    @Layout(NamingSection.class)
    String m_namesSegment = "";

    @Widget(title = ReportSettings.LABEL_NAMES_NAME,
        description = "The string column of the optional naming table (input 3) with the persona name to "
            + "show instead of the generated one. Empty: the first other string column. Rows "
            + "without a segment or name are ignored; the first name of a segment wins.")
    @ChoicesProvider(NamingTableColumns.class)
    @Persist(configKey = ReportSettings.KEY_NAMES_NAME)
    @Layout(NamingSection.class)
    String m_namesName = "";

    /** The choices; the constant names are those the node model parses. */
    enum Overwrite {
        @Label(value = "Fail")
        FAIL,
        @Label(value = "Overwrite")
        OVERWRITE;
    }
}
