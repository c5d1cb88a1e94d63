package org.custseg.knime.recommender;

import org.custseg.engine.lift.Holdout;
import org.custseg.engine.recommend.PlaybookMode;
import org.custseg.knime.common.NodeSettingsGroup;
import org.custseg.knime.common.SegmenterSettings;
import org.custseg.knime.profiler.ProfilerSettings;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataTableSpec;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

/**
 * The settings of the <i>Segment Recommender</i> node: classic settings models with stable keys and validation with
 * messages in the dialog's terms.
 *
 * <p>Every key is optional on load: settings written before a key existed load with that key's default.
 */
public final class RecommenderSettings extends NodeSettingsGroup {

    /** Key of the playbook mode (a {@link PlaybookMode} name). */
    public static final String KEY_PLAYBOOK_MODE = "playbook_mode";
    /** Key of the strict mode flag. */
    public static final String KEY_STRICT = "strict";
    /** Key of the customer table's segment column (empty = guess). */
    public static final String KEY_CUSTOMER_SEGMENT = "customer_segment_column";
    /** Key of the number of actions per customer. */
    public static final String KEY_ACTIONS_PER_CUSTOMER = "actions_per_customer";

    /** Dialog label of the playbook mode. */
    public static final String LABEL_PLAYBOOK_MODE = "Connected playbook";
    /** Dialog label of strict mode. */
    public static final String LABEL_STRICT = "Strict mode: fail on rules about attributes not in the profile";
    /** Dialog label of the customer segment column. */
    public static final String LABEL_CUSTOMER_SEGMENT = "Customer segment column";
    /** Dialog label of the number of actions per customer. */
    public static final String LABEL_ACTIONS_PER_CUSTOMER = "Actions per customer";

    /** Key of the holdout share (0 = no holdout columns). */
    public static final String KEY_HOLDOUT_SHARE = "holdout_share";
    /** Key of the holdout seed. */
    public static final String KEY_HOLDOUT_SEED = "holdout_seed";
    /** Key of the customer id column used for the holdout (empty = the Row ID). */
    public static final String KEY_CUSTOMER_ID = "customer_id_column";
    /** Dialog label of the holdout share. */
    public static final String LABEL_HOLDOUT_SHARE = "Holdout share (0 = no holdout)";
    /** Dialog label of the holdout seed. */
    public static final String LABEL_HOLDOUT_SEED = "Holdout seed";
    /** Dialog label of the customer id column. */
    public static final String LABEL_CUSTOMER_ID = "Customer ID column (empty = Row ID)";

    /** Default number of actions per customer. */
    public static final int DEFAULT_ACTIONS = 1;
    /** Largest number of actions per customer. */
    public static final int MAX_ACTIONS = 20;

    private final SettingsModelString m_mode = register(KEY_PLAYBOOK_MODE, createPlaybookModeModel());
    private final SettingsModelBoolean m_strict = register(KEY_STRICT, createStrictModel());
    private final SettingsModelString m_customerSegment = register(KEY_CUSTOMER_SEGMENT, createCustomerSegmentModel());
    private final SettingsModelInteger m_actions = register(KEY_ACTIONS_PER_CUSTOMER, createActionsModel());
    private final SettingsModelDouble m_holdoutShare = register(KEY_HOLDOUT_SHARE, createHoldoutShareModel());
    private final SettingsModelInteger m_holdoutSeed = register(KEY_HOLDOUT_SEED, createHoldoutSeedModel());
    private final SettingsModelString m_customerId = register(KEY_CUSTOMER_ID, createCustomerIdModel());

    /** Settings saved before the holdout existed keep their output: no holdout columns. */
    @Override
    protected void absentOnLoad(final String key) {
        if (KEY_HOLDOUT_SHARE.equals(key)) {
            m_holdoutShare.setDoubleValue(0);
        }
    }

    /** @return a new holdout share model (default 10%) */
    public static SettingsModelDouble createHoldoutShareModel() {
        return new SettingsModelDouble(KEY_HOLDOUT_SHARE, Holdout.DEFAULT_SHARE);
    }

    /** @return a new holdout seed model (default 1) */
    public static SettingsModelInteger createHoldoutSeedModel() {
        return new SettingsModelInteger(KEY_HOLDOUT_SEED, 1);
    }

    /** @return a new customer id column model (default empty = Row ID) */
    public static SettingsModelString createCustomerIdModel() {
        return new SettingsModelString(KEY_CUSTOMER_ID, "");
    }

    /**
     * @return the holdout rule, or {@code null} when the share is 0
     * @throws InvalidSettingsException if the share is outside [0, 1)
     */
    public Holdout holdout() throws InvalidSettingsException {
        final double share = m_holdoutShare.getDoubleValue();
        if (!(share >= 0 && share < 1)) {
            throw new InvalidSettingsException("'" + LABEL_HOLDOUT_SHARE + "' is " + share
                + " but must be at least 0 and below 1 (e.g. 0.1 for 10%).");
        }
        return share == 0 ? null : new Holdout(m_holdoutSeed.getIntValue(), share);
    }

    /**
     * @param spec the customer table's spec
     * @return the customer id column, or {@code null} for the Row ID
     * @throws InvalidSettingsException if the column is set but absent
     */
    public String customerIdColumn(final DataTableSpec spec) throws InvalidSettingsException {
        final String set = m_customerId.getStringValue();
        if (set == null || set.isEmpty()) {
            return null;
        }
        if (!spec.containsName(set)) {
            throw new InvalidSettingsException("The '" + LABEL_CUSTOMER_ID + "' \"" + set + "\" is not in the "
                + "customer table (input 2). Select its customer id column, or clear the setting to use the Row ID.");
        }
        return set;
    }

    /** @return a new playbook mode model (default: the connected playbook replaces the built-in one) */
    public static SettingsModelString createPlaybookModeModel() {
        return new SettingsModelString(KEY_PLAYBOOK_MODE, PlaybookMode.REPLACE.name());
    }

    /** @return a new strict mode model (default off) */
    public static SettingsModelBoolean createStrictModel() {
        return new SettingsModelBoolean(KEY_STRICT, false);
    }

    /** @return a new customer segment column model (default empty = guess) */
    public static SettingsModelString createCustomerSegmentModel() {
        return new SettingsModelString(KEY_CUSTOMER_SEGMENT, "");
    }

    /** @return a new actions-per-customer model */
    public static SettingsModelInteger createActionsModel() {
        return new SettingsModelInteger(KEY_ACTIONS_PER_CUSTOMER, DEFAULT_ACTIONS);
    }

    /**
     * Validates settings without changing this object.
     *
     * @param settings to validate
     * @throws InvalidSettingsException naming the setting, the value and what is allowed
     */
    public static void validateSettings(final NodeSettingsRO settings) throws InvalidSettingsException {
        validate(RecommenderSettings::new, settings);
    }

    /**
     * @throws InvalidSettingsException naming the setting, the value and what is allowed
     */
    @Override
    public void validateValues() throws InvalidSettingsException {
        playbookMode();
        actionsPerCustomer();
        holdout();
    }

    /**
     * @return the playbook mode
     * @throws InvalidSettingsException if the stored value is not a mode
     */
    public PlaybookMode playbookMode() throws InvalidSettingsException {
        return SegmenterSettings.parse(PlaybookMode.class, LABEL_PLAYBOOK_MODE, m_mode.getStringValue());
    }

    /** @return whether strict mode is on */
    public boolean strict() {
        return m_strict.getBooleanValue();
    }

    /**
     * @return the number of actions per customer
     * @throws InvalidSettingsException if out of range
     */
    public int actionsPerCustomer() throws InvalidSettingsException {
        final int n = m_actions.getIntValue();
        if (n < 1 || n > MAX_ACTIONS) {
            throw new InvalidSettingsException("'" + LABEL_ACTIONS_PER_CUSTOMER + "' is " + n
                + " but must be between 1 and " + MAX_ACTIONS + ".");
        }
        return n;
    }

    /**
     * The customer table's segment column: the setting, or, when it is empty, the last string or integer column
     * whose name starts with "Segment" or "Cluster".
     *
     * @param spec the customer table's spec
     * @return the column name
     * @throws InvalidSettingsException if the column is missing, of the wrong type, or cannot be guessed
     */
    public String customerSegmentColumn(final DataTableSpec spec) throws InvalidSettingsException {
        final String set = m_customerSegment.getStringValue();
        if (set == null || set.isEmpty()) {
            final String guess = ProfilerSettings.guessSegmentColumn(spec);
            if (guess == null) {
                throw new InvalidSettingsException("No '" + LABEL_CUSTOMER_SEGMENT + "' is selected and the customer "
                    + "table (input 2) has no string or integer column named \"Segment...\" or \"Cluster...\". "
                    + "Select the column that holds each customer's segment in the node's dialog.");
            }
            return guess;
        }
        final DataColumnSpec col = spec.getColumnSpec(set);
        if (col == null) {
            throw new InvalidSettingsException("The '" + LABEL_CUSTOMER_SEGMENT + "' \"" + set + "\" is not in the "
                + "customer table (input 2). Select one of its string or integer columns.");
        }
        if (!ProfilerSettings.isSegmentType(col.getType())) {
            throw new InvalidSettingsException("The '" + LABEL_CUSTOMER_SEGMENT + "' \"" + set + "\" has type "
                + col.getType() + "; it must be a string or integer column.");
        }
        return set;
    }
}
