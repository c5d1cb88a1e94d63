package org.custseg.knime.lift;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.custseg.engine.lift.CampaignLift;
import org.custseg.knime.common.AbstractStatelessNodeModel;
import org.custseg.knime.common.NodeSettingsGroup;
import org.custseg.knime.common.SegmentColumns;
import org.knime.core.data.BooleanValue;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnSpec;
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
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DefaultRow;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.BufferedDataContainer;
import org.knime.core.node.BufferedDataTable;
import org.knime.core.node.ExecutionContext;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.port.PortObject;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.port.PortType;

/**
 * Node model of the <i>Campaign Lift</i> node: a thin translator over the engine's {@link CampaignLift}. Joins the
 * Segment Recommender's customer output (segment, rule id and holdout flag of one action rank) with an outcomes table
 * by customer id and reads out, per segment &times; action, treated against holdout response.
 *
 * <p>Ports: in 0 recommender customer output, in 1 outcomes; out 0 one row per segment &times; action.
 */
public final class CampaignLiftNodeModel extends AbstractStatelessNodeModel<CampaignLiftNodeModel.Settings> {

    /** Key: segment column of the recommender output. */
    public static final String KEY_SEGMENT = "segment_column";
    /** Key: which action (rank) of the recommender output is read out. */
    public static final String KEY_RANK = "action_rank";
    /** Key: customer id column of the recommender output (empty = Row ID). */
    public static final String KEY_ID = "customer_id_column";
    /** Key: customer id column of the outcomes (empty = Row ID). */
    public static final String KEY_OUTCOME_ID = "outcome_id_column";
    /** Key: responded column of the outcomes (empty = none). */
    public static final String KEY_RESPONDED = "responded_column";
    /** Key: value column of the outcomes (empty = none). */
    public static final String KEY_VALUE = "value_column";
    /** Key: whether a customer without an outcome row counts as not responded. */
    public static final String KEY_ABSENT_IS_NO = "absent_means_no_response";
    /** Key: alpha. */
    public static final String KEY_ALPHA = "alpha";
    /** Key: bootstrap seed. */
    public static final String KEY_SEED = "seed";

    /** Label. */
    public static final String LABEL_SEGMENT = "Segment column";
    /** Label. */
    public static final String LABEL_RANK = "Action rank (reads Rule ID n and Holdout n)";
    /** Label. */
    public static final String LABEL_ID = "Customer ID column of the recommendations (empty = Row ID)";
    /** Label. */
    public static final String LABEL_OUTCOME_ID = "Customer ID column of the outcomes (empty = Row ID)";
    /** Label. */
    public static final String LABEL_RESPONDED = "Responded column (empty = none)";
    /** Label. */
    public static final String LABEL_VALUE = "Value column (empty = none)";
    /** Label. */
    public static final String LABEL_ABSENT_IS_NO = "Customers without an outcome row did not respond";
    /** Label. */
    public static final String LABEL_ALPHA = "Significance level (alpha)";
    /** Label. */
    public static final String LABEL_SEED = "Bootstrap seed";

    /** Output columns, in order. */
    public static final List<String> COLUMNS = List.of("Segment", "Action", "Treated", "Treated responders",
        "Holdout", "Holdout responders", "Treated response rate", "Holdout response rate", "Absolute lift",
        "Relative lift", "Lift lower", "Lift upper", "p-value", "Adjusted p-value (Holm)", "Significant",
        "Treated mean value", "Holdout mean value", "Value lift", "Value lift lower", "Value lift upper",
        "Value p-value", "Value adjusted p-value (Holm)", "Value significant");

    /** Creates the model: recommendations and outcomes in, the read-out out. */
    public CampaignLiftNodeModel() {
        super(new PortType[]{BufferedDataTable.TYPE, BufferedDataTable.TYPE},
            new PortType[]{BufferedDataTable.TYPE}, Settings::new);
    }

    /** The settings. */
    static final class Settings extends NodeSettingsGroup {
        private final SettingsModelString m_segment = register(KEY_SEGMENT, createSegmentModel());
        private final SettingsModelInteger m_rank = register(KEY_RANK, createRankModel());
        private final SettingsModelString m_id = register(KEY_ID, createStringModel(KEY_ID));
        private final SettingsModelString m_outcomeId = register(KEY_OUTCOME_ID, createStringModel(KEY_OUTCOME_ID));
        private final SettingsModelString m_responded = register(KEY_RESPONDED, createRespondedModel());
        private final SettingsModelString m_value = register(KEY_VALUE, createStringModel(KEY_VALUE));
        private final SettingsModelBoolean m_absentIsNo = register(KEY_ABSENT_IS_NO, createAbsentModel());
        private final SettingsModelDoubleBounded m_alpha = register(KEY_ALPHA, createAlphaModel());
        private final SettingsModelInteger m_seed = register(KEY_SEED, createSeedModel());

        String segment() throws InvalidSettingsException {
            final String s = trim(m_segment.getStringValue());
            if (s.isEmpty()) {
                throw new InvalidSettingsException("'" + LABEL_SEGMENT + "' is empty: enter the column of the"
                    + " recommendations that holds each customer's segment (default \"Segment\").");
            }
            return s;
        }

        int rank() {
            return m_rank.getIntValue();
        }

        String id() {
            return trim(m_id.getStringValue());
        }

        String outcomeId() {
            return trim(m_outcomeId.getStringValue());
        }

        String responded() {
            return trim(m_responded.getStringValue());
        }

        String value() {
            return trim(m_value.getStringValue());
        }

        boolean absentIsNo() {
            return m_absentIsNo.getBooleanValue();
        }

        double alpha() {
            return m_alpha.getDoubleValue();
        }

        long seed() {
            return m_seed.getIntValue();
        }

        @Override
        public void validateValues() throws InvalidSettingsException {
            segment();
            if (responded().isEmpty() && value().isEmpty()) {
                throw new InvalidSettingsException("Both '" + LABEL_RESPONDED + "' and '" + LABEL_VALUE + "' are"
                    + " empty: name the outcomes column that says whether a customer responded, the column with the"
                    + " response value, or both.");
            }
        }
    }

    private static String trim(final String s) {
        return s == null ? "" : s.trim();
    }

    /** @return a new model for the segment column (default "Segment") */
    public static SettingsModelString createSegmentModel() {
        return new SettingsModelString(KEY_SEGMENT, SegmentColumns.SEGMENT);
    }

    /** @return a new model for the action rank (default 1, 1 to 20) */
    public static SettingsModelIntegerBounded createRankModel() {
        return new SettingsModelIntegerBounded(KEY_RANK, 1, 1, 20);
    }

    /**
     * @param key a key
     * @return a new string model with an empty default
     */
    public static SettingsModelString createStringModel(final String key) {
        return new SettingsModelString(key, "");
    }

    /** @return a new model for the responded column (default "Responded") */
    public static SettingsModelString createRespondedModel() {
        return new SettingsModelString(KEY_RESPONDED, "Responded");
    }

    /** @return a new model for "absent means no response" (default false) */
    public static SettingsModelBoolean createAbsentModel() {
        return new SettingsModelBoolean(KEY_ABSENT_IS_NO, false);
    }

    /** @return a new model for alpha (default 0.05, 0.0001 to 0.5) */
    public static SettingsModelDoubleBounded createAlphaModel() {
        return new SettingsModelDoubleBounded(KEY_ALPHA, CampaignLift.DEFAULT_ALPHA, 0.0001, 0.5);
    }

    /** @return a new model for the seed (default 1) */
    public static SettingsModelInteger createSeedModel() {
        return new SettingsModelInteger(KEY_SEED, 1);
    }

    /** @return the settings keys of this node, pinned by a test */
    public static List<String> keys() {
        return new Settings().keys();
    }

    /** @return the output spec */
    public static DataTableSpec outputSpec() {
        final DataColumnSpec[] cols = new DataColumnSpec[COLUMNS.size()];
        for (int i = 0; i < cols.length; i++) {
            final String n = COLUMNS.get(i);
            final DataType t = i < 2 ? StringCell.TYPE : i < 6 ? IntCell.TYPE
                : n.endsWith("ignificant") ? BooleanCell.TYPE : DoubleCell.TYPE;
            cols[i] = new DataColumnSpecCreator(n, t).createSpec();
        }
        return new DataTableSpec(cols);
    }

    /** Column indices in the two inputs; checks names and types. */
    private record Columns(int segment, int rule, int holdout, int id, int outcomeId, int responded, int value) {
    }

    private Columns columns(final DataTableSpec recs, final DataTableSpec outcomes) throws InvalidSettingsException {
        final Settings s = settings();
        s.validateValues();
        final String recsName = "recommendations (first input)";
        final String outName = "outcomes (second input)";
        final int seg = find(recs, s.segment(), LABEL_SEGMENT, recsName, StringValue.class, IntValue.class);
        final int rule = find(recs, "Rule ID " + s.rank(), LABEL_RANK, recsName, StringValue.class);
        final int hold = find(recs, "Holdout " + s.rank(), LABEL_RANK, recsName, BooleanValue.class);
        final int id = s.id().isEmpty() ? -1
            : find(recs, s.id(), LABEL_ID, recsName, StringValue.class, IntValue.class, LongValue.class);
        final int oid = s.outcomeId().isEmpty() ? -1
            : find(outcomes, s.outcomeId(), LABEL_OUTCOME_ID, outName, StringValue.class, IntValue.class,
                LongValue.class);
        final int resp = s.responded().isEmpty() ? -1
            : find(outcomes, s.responded(), LABEL_RESPONDED, outName, BooleanValue.class, IntValue.class,
                StringValue.class);
        final int val = s.value().isEmpty() ? -1
            : find(outcomes, s.value(), LABEL_VALUE, outName, DoubleValue.class);
        return new Columns(seg, rule, hold, id, oid, resp, val);
    }

    @SafeVarargs
    private static int find(final DataTableSpec spec, final String name, final String label, final String table,
        final Class<? extends org.knime.core.data.DataValue>... types) throws InvalidSettingsException {
        final int i = spec.findColumnIndex(name);
        if (i < 0) {
            throw new InvalidSettingsException("The " + table + " has no column \"" + name + "\" ('" + label
                + "'). " + (label.equals(LABEL_RANK) ? "Connect the Segment Recommender's customer output with a"
                    + " holdout share above 0, and an action rank it has." : "Change the setting."));
        }
        final DataType t = spec.getColumnSpec(i).getType();
        for (final Class<? extends org.knime.core.data.DataValue> v : types) {
            if (t.isCompatible(v)) {
                return i;
            }
        }
        throw new InvalidSettingsException("Column \"" + name + "\" of the " + table + " ('" + label + "') has type "
            + t + ", which this setting cannot read.");
    }

    @Override
    protected PortObjectSpec[] configure(final PortObjectSpec[] inSpecs) throws InvalidSettingsException {
        settings().validateValues();
        if (inSpecs[0] != null && inSpecs[1] != null) {
            columns((DataTableSpec)inSpecs[0], (DataTableSpec)inSpecs[1]);
        }
        return new PortObjectSpec[]{outputSpec()};
    }

    /** One customer's outcome. */
    private record Result(Boolean responded, double value) {
    }

    @Override
    protected PortObject[] execute(final PortObject[] inObjects, final ExecutionContext exec) throws Exception {
        final Settings s = settings();
        final BufferedDataTable recs = (BufferedDataTable)inObjects[0];
        final BufferedDataTable outcomes = (BufferedDataTable)inObjects[1];
        final Columns c = columns(recs.getDataTableSpec(), outcomes.getDataTableSpec());
        final Map<String, Result> results = readOutcomes(outcomes, c);
        final List<CampaignLift.Outcome> list = new ArrayList<>();
        final Map<String, String[]> groups = new HashMap<>();
        int noDecision = 0;
        int noOutcome = 0;
        int matched = 0;
        try (CloseableRowIterator it = recs.iterator()) {
            while (it.hasNext()) {
                final DataRow row = it.next();
                final DataCell hold = row.getCell(c.holdout());
                final DataCell rule = row.getCell(c.rule());
                final DataCell seg = row.getCell(c.segment());
                if (hold.isMissing() || rule.isMissing() || seg.isMissing()) {
                    noDecision++;
                    continue;
                }
                final String id = c.id() < 0 ? row.getKey().getString() : text(row.getCell(c.id()));
                Result r = id == null ? null : results.get(id.trim());
                if (r == null) {
                    noOutcome++;
                    if (!s.absentIsNo()) {
                        continue;
                    }
                    r = new Result(Boolean.FALSE, Double.NaN);
                } else {
                    matched++;
                }
                final String segment = text(seg);
                final String action = text(rule);
                final String group = segment + " / " + action;
                groups.putIfAbsent(group, new String[]{segment, action});
                list.add(new CampaignLift.Outcome(group, ((BooleanValue)hold).getBooleanValue(), r.responded(),
                    r.value()));
            }
        }
        final List<String> warnings = new ArrayList<>();
        if (noDecision > 0) {
            warnings.add(noDecision + " customer(s) have no action or holdout decision at rank " + s.rank()
                + " (missing cell) and are not counted.");
        }
        if (noOutcome > 0) {
            warnings.add(noOutcome + " customer(s) have no outcome row and " + (s.absentIsNo()
                ? "count as not responded." : "are not counted (tick '" + LABEL_ABSENT_IS_NO + "' if the outcomes"
                    + " list responders only)."));
        }
        if (matched < results.size()) {
            warnings.add((results.size() - matched) + " outcome row(s) match no counted customer of the"
                + " recommendations and are not used.");
        }
        if (!warnings.isEmpty()) {
            setWarningMessage(String.join(" ", warnings));
        }
        final List<CampaignLift.Row> rows =
            CampaignLift.readOut(list, s.alpha(), CampaignLift.DEFAULT_BOOTSTRAP, s.seed());
        final BufferedDataContainer out = exec.createDataContainer(outputSpec());
        long k = 0;
        for (final CampaignLift.Row r : rows) {
            final String[] g = groups.get(r.group());
            final boolean resp = c.responded() >= 0;
            final boolean val = c.value() >= 0;
            out.addRowToTable(new DefaultRow(RowKey.createRowKey(k++), new StringCell(g[0]), new StringCell(g[1]),
                new IntCell(r.treated()), new IntCell(r.treatedResponders()), new IntCell(r.holdout()),
                new IntCell(r.holdoutResponders()), d(r.treatedRate()), d(r.holdoutRate()), d(r.absoluteLift()),
                d(r.relativeLift()), d(r.lower()), d(r.upper()), d(r.p()), d(r.adjustedP()),
                resp ? BooleanCell.get(r.significant()) : DataType.getMissingCell(), d(r.treatedMeanValue()),
                d(r.holdoutMeanValue()), d(r.valueLift()), d(r.valueLower()), d(r.valueUpper()), d(r.valueP()),
                d(r.valueAdjustedP()), val ? BooleanCell.get(r.valueSignificant()) : DataType.getMissingCell()));
        }
        out.close();
        return new PortObject[]{out.getTable()};
    }

    private static DataCell d(final double v) {
        return Double.isNaN(v) ? DataType.getMissingCell() : new DoubleCell(v);
    }

    private Map<String, Result> readOutcomes(final BufferedDataTable outcomes, final Columns c)
        throws InvalidSettingsException {
        final Map<String, Result> m = new HashMap<>();
        final Map<String, String> firstRow = new HashMap<>();
        try (CloseableRowIterator it = outcomes.iterator()) {
            while (it.hasNext()) {
                final DataRow row = it.next();
                final String key = row.getKey().getString();
                final String raw = c.outcomeId() < 0 ? key : text(row.getCell(c.outcomeId()));
                if (raw == null || raw.isBlank()) {
                    throw new InvalidSettingsException("Outcomes (second input), row \"" + key + "\": the customer"
                        + " id is missing; every outcome needs the id of its customer.");
                }
                final String id = raw.trim();
                final String prev = firstRow.putIfAbsent(id, key);
                if (prev != null) {
                    throw new InvalidSettingsException("Outcomes (second input): customer id \"" + id + "\" appears"
                        + " in rows \"" + prev + "\" and \"" + key + "\"; give one outcome row per customer.");
                }
                Boolean responded = null;
                if (c.responded() >= 0) {
                    responded = bool(row.getCell(c.responded()), key);
                }
                double value = Double.NaN;
                if (c.value() >= 0 && !row.getCell(c.value()).isMissing()) {
                    value = ((DoubleValue)row.getCell(c.value())).getDoubleValue();
                }
                m.put(id, new Result(responded, value));
            }
        }
        return m;
    }

    private Boolean bool(final DataCell cell, final String rowKey) throws InvalidSettingsException {
        if (cell.isMissing()) {
            return null;
        }
        if (cell instanceof BooleanValue) {
            return ((BooleanValue)cell).getBooleanValue();
        }
        final String s = text(cell).trim().toLowerCase(Locale.ROOT);
        switch (s) {
            case "true", "yes", "y", "1":
                return Boolean.TRUE;
            case "false", "no", "n", "0":
                return Boolean.FALSE;
            default:
                throw new InvalidSettingsException("Outcomes (second input), row \"" + rowKey + "\", column \""
                    + settings().responded() + "\": \"" + text(cell) + "\" is not yes/no (or true/false, 1/0).");
        }
    }

    private static String text(final DataCell cell) {
        if (cell.isMissing()) {
            return null;
        }
        if (cell instanceof StringValue) {
            return ((StringValue)cell).getStringValue();
        }
        if (cell instanceof LongValue) {
            return Long.toString(((LongValue)cell).getLongValue());
        }
        return cell.toString();
    }
}
