package org.knime.core.util;

import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;

/**
 * Stand-in for KNIME's {@code org.knime.core.util.UniqueNameGenerator}: makes names unique against a set of
 * reserved names by appending {@code " (#n)"}, like KNIME (the suggested name is trimmed first).
 */
public final class UniqueNameGenerator {

    private static final Pattern SUFFIXED = Pattern.compile("(^.*) \\(#(\\d+)\\)");

    private final Set<String> m_names;

    /** @param spec spec whose column names are reserved */
    public UniqueNameGenerator(final DataTableSpec spec) {
        m_names = new HashSet<>();
        for (DataColumnSpec c : spec) {
            m_names.add(c.getName());
        }
    }

    /** @param names reserved names, not {@code null} */
    public UniqueNameGenerator(final Set<String> names) {
        if (names == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_names = new HashSet<>(names);
    }

    /**
     * @param suggested the wanted name
     * @return the trimmed name if still free, otherwise {@code "name (#n)"} with the smallest free n
     */
    public String newName(final String suggested) {
        if (suggested == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        String name = suggested.trim();
        if (m_names.add(name)) {
            return name;
        }
        String base = name;
        int index = 1;
        Matcher m = SUFFIXED.matcher(name);
        if (m.matches()) {
            base = m.group(1);
            try {
                index = Integer.parseInt(m.group(2)) + 1;
            } catch (NumberFormatException e) { // NOSONAR out of int range: start at 1
                index = 1;
            }
        }
        String candidate;
        do {
            candidate = base + " (#" + index++ + ")";
        } while (!m_names.add(candidate));
        return candidate;
    }

    /**
     * @param suggested the wanted name
     * @param type the column type
     * @return a creator with a unique name
     */
    public DataColumnSpecCreator newCreator(final String suggested, final DataType type) {
        return new DataColumnSpecCreator(newName(suggested), type);
    }

    /**
     * @param column reference column
     * @return a creator copying the column, renamed if its name is taken
     */
    public DataColumnSpecCreator newCreator(final DataColumnSpec column) {
        DataColumnSpecCreator c = new DataColumnSpecCreator(column);
        c.setName(newName(column.getName()));
        return c;
    }

    /**
     * @param suggested the wanted name
     * @param type the column type
     * @return a column spec with a unique name
     */
    public DataColumnSpec newColumn(final String suggested, final DataType type) {
        return newCreator(suggested, type).createSpec();
    }
}
