package org.custseg.knime.common;

import java.util.ArrayList;
import java.util.List;

import org.custseg.engine.data.CsvTable;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;

/**
 * The default column choice of a node whose column filter was never configured: every numeric column except the
 * identifier-like ones (a serial number or a customer key is a number, not behaviour). The same name rule as the
 * command line ({@link CsvTable#isIdentifierName(String)}), so a node dropped onto a table with its defaults
 * segments on the same columns as {@code segment --input ...}. A node whose filter the user has set (any column in
 * its include or exclude list) gets exactly the user's choice.
 *
 * <p>Known difference (issue 18): the command line also leaves out a column by its <i>values</i>
 * ({@code CsvTable#looksLikeKey}: unique whole numbers, consecutive or increasing). That rule exists only inside
 * {@code CsvTable} (on its text cells) and needs the rows, which a node's {@code configure} does not have, so the
 * nodes apply the name rule only. Moving the value rule into its own engine class waits for the {@code CsvTable}
 * rewrite (issue 13).
 */
public final class DefaultColumns {

    private DefaultColumns() {
    }

    /**
     * @param filter a column filter model
     * @param key the key the model was created with
     * @return whether no column was ever placed in its include or exclude list (a fresh node)
     */
    public static boolean neverConfigured(final SettingsModelColumnFilter2 filter, final String key) {
        final NodeSettings probe = new NodeSettings("probe");
        filter.saveSettingsTo(probe);
        try {
            final NodeSettingsRO own = probe.getNodeSettings(key);
            return isEmpty(own.getStringArray("included_names")) && isEmpty(own.getStringArray("excluded_names"));
        } catch (final InvalidSettingsException e) {
            return false;
        }
    }

    private static boolean isEmpty(final String[] names) {
        return names == null || names.length == 0;
    }

    /**
     * @param columns candidate columns
     * @return those whose names mark an identifier, in the given order
     */
    public static List<String> identifierLike(final List<String> columns) {
        final List<String> result = new ArrayList<>();
        for (final String c : columns) {
            if (CsvTable.isIdentifierName(c)) {
                result.add(c);
            }
        }
        return result;
    }

    /**
     * The nodes' one default rule: of the numeric candidate columns of a never-configured filter, the identifier-like
     * ones are left out, unless that would leave none (then all are kept and the user is asked to choose).
     *
     * @param numeric the numeric candidate columns
     * @return the columns to leave out, in the given order (empty if none or if all are identifier-like)
     */
    public static List<String> leftOutByDefault(final List<String> numeric) {
        final List<String> ids = identifierLike(numeric);
        return ids.size() < numeric.size() ? ids : List.of();
    }

    /**
     * The node warning for columns left out by default.
     *
     * @param skipped the identifier-like columns left out
     * @return the message
     */
    public static String warning(final List<String> skipped) {
        return "No columns chosen yet: using every numeric column except the identifier-like "
            + TableConverter.quote(skipped) + ". Open the dialog to choose the columns.";
    }
}
