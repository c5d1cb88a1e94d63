package org.custseg.knime.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.custseg.engine.SegmentationException;
import org.custseg.engine.migration.MigrationResult;
import org.custseg.engine.migration.NamedMove;
import org.custseg.engine.migration.ScoredCustomers;
import org.custseg.engine.migration.SegmentMigration;
import org.custseg.knime.common.AbstractStatelessNodeModel;
import org.custseg.knime.common.NodeSettingsGroup;
import org.custseg.knime.common.SegmentColumns;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataRow;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.IntValue;
import org.knime.core.data.LongValue;
import org.knime.core.data.RowKey;
import org.knime.core.data.StringValue;
import org.knime.core.data.container.CloseableRowIterator;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * Node model of the <i>Segment Migration</i> node: a thin translator over the engine's {@link SegmentMigration}.
 * Reads two scored tables (previous and current run of the same model) and an optional named-move table, and writes
 * the transition matrix (long form) and one row per customer who moved, is new or is gone.
 *
 * <p>Ports: in 0 previous scored table, in 1 current scored table, in 2 (optional) named moves; out 0 transition
 * matrix, out 1 changes.
 */
public final class SegmentMigrationNodeModel
    extends AbstractStatelessNodeModel<SegmentMigrationNodeModel.Settings> {

    /** Key of the customer id column (empty = Row ID). */
    public static final String KEY_ID = "customer_id_column";
    /** Key of the segment column. */
    public static final String KEY_SEGMENT = "segment_column";
    /** Key of the persona column (empty = a column named "Persona" where there is one). */
    public static final String KEY_PERSONA = "persona_column";
    /** Dialog label of the id column. */
    public static final String LABEL_ID = "Customer ID column (empty = Row ID)";
    /** Dialog label of the segment column. */
    public static final String LABEL_SEGMENT = "Segment column";
    /** Dialog label of the persona column. */
    public static final String LABEL_PERSONA = "Persona column (empty = Persona if present)";
    /** Default segment column: the column the segmenters and the Segment Assigner append. */
    public static final String DEFAULT_SEGMENT = SegmentColumns.SEGMENT;
    /** The persona column used when the setting is empty (the Segment Recommender's customer output has it). */
    public static final String DEFAULT_PERSONA = "Persona";

    /** Transition matrix columns. */
    public static final List<String> MATRIX_COLUMNS = List.of("From segment", "To segment", "Customers",
        "Share of from segment");
    /** Changes columns. */
    public static final List<String> CHANGE_COLUMNS = List.of("Customer ID", "Status", "From segment",
        "From persona", "To segment", "To persona", "Named moves");
    /** Columns of the named-move table (matched case-insensitively). */
    public static final List<String> MOVE_COLUMNS = List.of("Name", "From", "To");

    /** Creates the model: two scored tables and an optional move table in, two tables out. */
    public SegmentMigrationNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE, BufferedDataTable.TYPE_OPTIONAL},
            new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE}, Settings::new);
    }

    /** The settings: id, segment and persona column. */
    static final class Settings extends NodeSettingsGroup {

        private final SettingsModelString m_id = register(KEY_ID, new SettingsModelString(KEY_ID, ""));
        private final SettingsModelString m_segment =
            register(KEY_SEGMENT, new SettingsModelString(KEY_SEGMENT, DEFAULT_SEGMENT));
        private final SettingsModelString m_persona = register(KEY_PERSONA, new SettingsModelString(KEY_PERSONA, ""));

        String id() {
            return trim(m_id.getStringValue());
        }

        String segment() throws InvalidSettingsException {
            final String s = trim(m_segment.getStringValue());
            if (s.isEmpty()) {
                throw new InvalidSettingsException("'" + LABEL_SEGMENT + "' is empty: enter the column that holds"
                    + " each customer's segment (default \"" + DEFAULT_SEGMENT + "\").");
            }
            return s;
        }

        String persona() {
            return trim(m_persona.getStringValue());
        }

        @Override
        public void validateValues() throws InvalidSettingsException {
            segment();
        }
    }

    /** @return new settings models for the dialog: id, segment, persona */
    public static SettingsModelString[] createModels() {
        return new SettingsModelString[]{new SettingsModelString(KEY_ID, ""),
            new SettingsModelString(KEY_SEGMENT, DEFAULT_SEGMENT), new SettingsModelString(KEY_PERSONA, "")};
    }

    /** @return the settings keys of this node, pinned by a test */
    public static List<String> keys() {
        return new Settings().keys();
    }

    private static String trim(final String s) {
        return s == null ? "" : s.trim();
    }

    /** @return the spec of the transition matrix (first output) */
    public static DataTableSpec matrixSpec() {
        return new DataTableSpec(new DataColumnSpecCreator(MATRIX_COLUMNS.get(0), StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator(MATRIX_COLUMNS.get(1), StringCell.TYPE).createSpec(),
            new DataColumnSpecCreator(MATRIX_COLUMNS.get(2), IntCell.TYPE).createSpec(),
            new DataColumnSpecCreator(MATRIX_COLUMNS.get(3), DoubleCell.TYPE).createSpec());
    }

    /** @return the spec of the changes (second output) */
    public static DataTableSpec changesSpec() {
        return new DataTableSpec(CHANGE_COLUMNS.stream()
            .map(c -> new DataColumnSpecCreator(c, StringCell.TYPE).createSpec())
            .toArray(org.knime.core.data.DataColumnSpec[]::new));
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        final Settings s = settings();
        final String[] names = {"previous table (first input)", "current table (second input)"};
        for (int i = 0; i < 2; i++) {
            final DataTableSpec spec = (DataTableSpec)inSpecs[i];
            if (spec != null) {
                column(spec, s.segment(), LABEL_SEGMENT, names[i], true);
                if (!s.id().isEmpty()) {
                    column(spec, s.id(), LABEL_ID, names[i], true);
                }
                if (!s.persona().isEmpty()) {
                    column(spec, s.persona(), LABEL_PERSONA, names[i], true);
                }
            }
        }
        if (inSpecs[2] != null) {
            moveColumns((DataTableSpec)inSpecs[2]);
        }
        return new PortObjectSpec[]{matrixSpec(), changesSpec()};
    }

    /** @return the column index, or -1 when absent and not required */
    private static int column(final DataTableSpec spec, final String name, final String label, final String table,
        final boolean required) throws InvalidSettingsException {
        final int i = spec.findColumnIndex(name);
        if (i < 0 && required) {
            throw new InvalidSettingsException("The " + table + " has no column \"" + name + "\" ('" + label
                + "'). Connect a table scored by a segmenter or the Segment Assigner, or change the setting.");
        }
        if (i >= 0) {
            final DataType t = spec.getColumnSpec(i).getType();
            if (!t.isCompatible(StringValue.class) && !t.isCompatible(IntValue.class)
                && !t.isCompatible(LongValue.class)) {
                throw new InvalidSettingsException("Column \"" + name + "\" of the " + table + " ('" + label
                    + "') has type " + t + "; it must be a string or integer column.");
            }
        }
        return i;
    }

    private static int[] moveColumns(final DataTableSpec spec) throws InvalidSettingsException {
        final int[] idx = new int[MOVE_COLUMNS.size()];
        for (int m = 0; m < idx.length; m++) {
            idx[m] = -1;
            for (int c = 0; c < spec.getNumColumns(); c++) {
                if (spec.getColumnSpec(c).getName().trim().equalsIgnoreCase(MOVE_COLUMNS.get(m))) {
                    idx[m] = c;
                    break;
                }
            }
            if (idx[m] < 0) {
                throw new InvalidSettingsException("The named-move table (third input) has no column \""
                    + MOVE_COLUMNS.get(m) + "\"; it needs the string columns Name, From and To, one row per move,"
                    + " e.g. \"at risk\", \"High-limit digital\", \"*\".");
            }
        }
        return idx;
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final Settings s = settings();
        final List<String> warnings = new ArrayList<>();
        final ScoredCustomers before = read((BufferedDataTable)inObjects[0], "previous table (first input)", s,
            warnings);
        final ScoredCustomers after = read((BufferedDataTable)inObjects[1], "current table (second input)", s,
            warnings);
        final List<NamedMove> moves = inObjects[2] == null ? List.of() : moves((BufferedDataTable)inObjects[2]);
        final MigrationResult r;
        try {
            r = SegmentMigration.compare(before, after, moves);
        } catch (final SegmentationException e) {
            throw new InvalidSettingsException(e.getMessage(), e);
        }
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join(" ", warnings));
        }
        final BufferedDataContainer m = exec.createDataContainer(matrixSpec());
        final int[][] counts = r.counts();
        long row = 0;
        for (int i = 0; i < counts.length; i++) {
            for (int j = 0; j < counts.length; j++) {
                final double share = r.share(i, j);
                m.addRowToTable(new DefaultRow(RowKey.createRowKey(row++), new StringCell(r.segments().get(i)),
                    new StringCell(r.segments().get(j)), new IntCell(counts[i][j]),
                    Double.isNaN(share) ? DataType.getMissingCell() : new DoubleCell(share)));
            }
        }
        m.close();
        final BufferedDataContainer c = exec.createDataContainer(changesSpec());
        row = 0;
        for (final MigrationResult.Change ch : r.changes()) {
            c.addRowToTable(new DefaultRow(RowKey.createRowKey(row++), str(ch.id()),
                str(ch.status().name().toLowerCase(Locale.ROOT)), str(ch.fromSegment()), str(ch.fromPersona()),
                str(ch.toSegment()), str(ch.toPersona()),
                ch.moves().isEmpty() ? DataType.getMissingCell() : str(String.join("; ", ch.moves()))));
        }
        c.close();
        return new PortObject[]{m.getTable(), c.getTable()};
    }

    private static DataCell str(final String s) {
        return s == null ? DataType.getMissingCell() : new StringCell(s);
    }

    private static ScoredCustomers read(final BufferedDataTable table, final String name, final Settings s,
        final List<String> warnings) throws InvalidSettingsException {
        final DataTableSpec spec = table.getDataTableSpec();
        final int seg = column(spec, s.segment(), LABEL_SEGMENT, name, true);
        final int id = s.id().isEmpty() ? -1 : column(spec, s.id(), LABEL_ID, name, true);
        final int persona = s.persona().isEmpty() ? column(spec, DEFAULT_PERSONA, LABEL_PERSONA, name, false)
            : column(spec, s.persona(), LABEL_PERSONA, name, true);
        final int fp = spec.findColumnIndex(SegmentColumns.FINGERPRINT);
        final List<String> ids = new ArrayList<>();
        final List<String> segments = new ArrayList<>();
        final List<String> personas = persona < 0 ? null : new ArrayList<>();
        String fingerprint = null;
        String fingerprintRow = null;
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow r = it.next();
                ids.add(id < 0 ? r.getKey().getString() : text(r.getCell(id)));
                segments.add(text(r.getCell(seg)));
                if (personas != null) {
                    personas.add(text(r.getCell(persona)));
                }
                if (fp >= 0 && !r.getCell(fp).isMissing()) {
                    final String f = text(r.getCell(fp)).trim();
                    if (fingerprint == null) {
                        fingerprint = f;
                        fingerprintRow = r.getKey().getString();
                    } else if (!fingerprint.equals(f)) {
                        throw new InvalidSettingsException("The " + name + " mixes models: row \""
                            + r.getKey().getString() + "\" has model fingerprint " + f + " but row \"" + fingerprintRow
                            + "\" has " + fingerprint + " (column '" + SegmentColumns.FINGERPRINT + "'). One table"
                            + " must be scored by one model.");
                    }
                }
            }
        }
        if (fp < 0) {
            warnings.add("The " + name + " has no '" + SegmentColumns.FINGERPRINT + "' column, so the node could not"
                + " check that both tables were scored by the same model.");
        }
        return new ScoredCustomers(name, ids, segments, personas, fingerprint);
    }

    private static List<NamedMove> moves(final BufferedDataTable table) throws InvalidSettingsException {
        final int[] idx = moveColumns(table.getDataTableSpec());
        final List<NamedMove> out = new ArrayList<>();
        try (CloseableRowIterator it = table.iterator()) {
            while (it.hasNext()) {
                final DataRow r = it.next();
                try {
                    out.add(new NamedMove(text(r.getCell(idx[0])), text(r.getCell(idx[1])),
                        text(r.getCell(idx[2]))));
                } catch (final IllegalArgumentException e) {
                    throw new InvalidSettingsException("Named-move table (third input), row \""
                        + r.getKey().getString() + "\": " + e.getMessage(), e);
                }
            }
        }
        return out;
    }

    /** The cell as text: strings as they are, integers in decimal, missing as null. */
    static String text(final DataCell cell) {
        if (cell.isMissing()) {
            return null;
        }
        if (cell instanceof StringValue) {
            return ((StringValue)cell).getStringValue();
        }
        if (cell instanceof LongValue) {
            return Long.toString(((LongValue)cell).getLongValue());
        }
        if (cell instanceof DoubleValue) {
            return Double.toString(((DoubleValue)cell).getDoubleValue());
        }
        return cell.toString();
    }
}
