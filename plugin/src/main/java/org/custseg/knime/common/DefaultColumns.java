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
