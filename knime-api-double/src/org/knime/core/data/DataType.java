package org.knime.core.data;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Stand-in for KNIME's {@code org.knime.core.data.DataType}: the type of a column, defined by its cell class
 * and the {@link DataValue} interfaces that cell class implements.
 *
 * <p>Simplified: no collection types, no renderers/comparators/utility factories, no save/load; names of the
 * built-in cells follow KNIME ("String", "Number (double)", ...), other types use the cell's simple class
 * name.
 */
public final class DataType {

    private static final Map<Class<? extends DataCell>, DataType> TYPES = new ConcurrentHashMap<>();

    private static final DataCell MISSING = new MissingCell(null);

    private final Class<? extends DataCell> m_cellClass;

    private final List<Class<? extends DataValue>> m_valueClasses;

    private DataType(final Class<? extends DataCell> cellClass) {
        m_cellClass = cellClass;
        Set<Class<? extends DataValue>> values = new LinkedHashSet<>();
        collectValueClasses(cellClass, values);
        m_valueClasses = Collections.unmodifiableList(new ArrayList<>(values));
    }

    @SuppressWarnings("unchecked")
    private static void collectValueClasses(final Class<?> cl, final Set<Class<? extends DataValue>> result) {
        if (cl == null || cl == Object.class) {
            return;
        }
        for (Class<?> itf : cl.getInterfaces()) {
            if (DataValue.class.isAssignableFrom(itf) && itf != DataValue.class) {
                result.add((Class<? extends DataValue>)itf);
            }
            collectValueClasses(itf, result);
        }
        collectValueClasses(cl.getSuperclass(), result);
    }

    /**
     * Returns the (singleton) type of the given cell class.
     *
     * @param cell the cell class, not {@code null}
     * @return its type
     */
    public static DataType getType(final Class<? extends DataCell> cell) {
        if (cell == null) {
            throw new NullPointerException("Cell class must not be null.");
        }
        return TYPES.computeIfAbsent(cell, DataType::new);
    }

    /**
     * @return a missing cell (always the same instance)
     */
    public static DataCell getMissingCell() {
        return MISSING;
    }

    /**
     * Whether cells of this type provide the given value, i.e. can be cast to it.
     *
     * @param valueClass a value interface, e.g. {@code DoubleValue.class}
     * @return whether the type is compatible; {@code false} for {@code null}
     */
    public boolean isCompatible(final Class<? extends DataValue> valueClass) {
        // as KNIME: a null class is a programming error (NullPointerException)
        return valueClass.isAssignableFrom(m_cellClass);
    }

    /**
     * @return the cell class of this type
     */
    public Class<? extends DataCell> getCellClass() {
        return m_cellClass;
    }

    /**
     * @return the value interfaces the cells of this type implement (unmodifiable)
     */
    public List<Class<? extends DataValue>> getValueClasses() {
        return m_valueClasses;
    }

    /**
     * @return the first value interface of the cell class, or {@code DataValue.class}
     */
    public Class<? extends DataValue> getPreferredValueClass() {
        return m_valueClasses.isEmpty() ? DataValue.class : m_valueClasses.get(0);
    }

    /**
     * @return {@code false}: the double has no collection types
     */
    public boolean isCollectionType() {
        return false;
    }

    /**
     * @return a human readable name of the type
     */
    public String getName() {
        String n = m_cellClass.getName();
        switch (n) {
            case "org.knime.core.data.def.StringCell":
                return "String";
            case "org.knime.core.data.def.DoubleCell":
                return "Number (double)";
            case "org.knime.core.data.def.IntCell":
                return "Number (integer)";
            case "org.knime.core.data.def.LongCell":
                return "Number (long)";
            case "org.knime.core.data.def.BooleanCell":
                return "Boolean value";
            default:
                return m_cellClass.getSimpleName();
        }
    }

    @Override
    public String toString() {
        return getName();
    }

    @Override
    public boolean equals(final Object obj) {
        return obj instanceof DataType && ((DataType)obj).m_cellClass.equals(m_cellClass);
    }

    @Override
    public int hashCode() {
        return m_cellClass.hashCode();
    }
}
