package org.knime.core.node.util.filter.column;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataValue;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.util.filter.InputFilter;
import org.knime.core.node.util.filter.NameFilterConfiguration.FilterResult;

/**
 * Package-private type-selection part of {@link DataColumnSpecFilterConfiguration};
 * stands in for KNIME's {@code TypeFilterConfigurationImpl}. Saved as a child
 * {@code typelist} mapping value class names to booleans; a column is included if the
 * preferred value class of its type is selected.
 */
final class TypeSelection implements Cloneable {

    /** Filter type identifier and sub-config key. */
    static final String TYPE = "datatype";

    private static final String KEY_TYPELIST = "typelist";

    private final InputFilter<DataColumnSpec> m_filter;

    private LinkedHashMap<String, Boolean> m_selected = new LinkedHashMap<>();

    TypeSelection(final InputFilter<DataColumnSpec> filter) {
        m_filter = filter;
    }

    void loadInModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        NodeSettingsRO list = settings.getNodeSettings(KEY_TYPELIST);
        LinkedHashMap<String, Boolean> sel = new LinkedHashMap<>();
        for (String k : list.keySet()) {
            sel.put(k, list.getBoolean(k, false));
        }
        m_selected = sel;
    }

    void loadInDialog(final NodeSettingsRO settings) {
        try {
            loadInModel(settings);
        } catch (InvalidSettingsException e) {
            m_selected = new LinkedHashMap<>();
        }
    }

    void save(final NodeSettingsWO settings) {
        NodeSettingsWO list = settings.addNodeSettings(KEY_TYPELIST);
        for (Map.Entry<String, Boolean> e : m_selected.entrySet()) {
            list.addBoolean(e.getKey(), e.getValue());
        }
    }

    void selectAll(final List<Class<? extends DataValue>> valueClasses) {
        m_selected = new LinkedHashMap<>();
        for (Class<? extends DataValue> c : valueClasses) {
            if (c != null) {
                m_selected.put(c.getName(), Boolean.TRUE);
            }
        }
    }

    FilterResult applyTo(final Iterable<DataColumnSpec> columns) {
        List<String> in = new ArrayList<>();
        List<String> out = new ArrayList<>();
        for (DataColumnSpec col : columns) {
            boolean admissible = m_filter == null || m_filter.include(col);
            Class<? extends DataValue> preferred = col.getType().getPreferredValueClass();
            boolean selected = preferred != null && Boolean.TRUE.equals(m_selected.get(preferred.getName()));
            (admissible && selected ? in : out).add(col.getName());
        }
        return new FilterResult(in, out, new ArrayList<>(), new ArrayList<>());
    }

    @SuppressWarnings("unchecked")
    @Override
    protected TypeSelection clone() {
        try {
            TypeSelection c = (TypeSelection)super.clone();
            c.m_selected = (LinkedHashMap<String, Boolean>)m_selected.clone();
            return c;
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof TypeSelection && ((TypeSelection)obj).m_selected.equals(m_selected);
    }

    @Override
    public int hashCode() {
        return m_selected.hashCode();
    }

    @Override
    public String toString() {
        List<String> on = new ArrayList<>();
        m_selected.forEach((k, v) -> {
            if (v) {
                on.add(k);
            }
        });
        return "Selected types: " + String.join(", ", on);
    }
}
