package org.knime.core.node.port.image;

import javax.swing.JComponent;

import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.ModelContentWO;
import org.knime.core.node.port.AbstractSimplePortObjectSpec;

/**
 * Stand-in for KNIME's {@code org.knime.core.node.port.image.ImagePortObjectSpec}: the spec of an image port, the
 * type of cell its image becomes (e.g. {@code PNGImageContent.TYPE}).
 *
 * <p>Simplified: the double's {@code DataType} has no save/load, so the type is saved as its cell class name (KNIME
 * saves the type with {@code DataType.save}); equality compares the saved content, as in KNIME.
 */
public final class ImagePortObjectSpec extends AbstractSimplePortObjectSpec {

    /** Serializer named in plugin.xml. */
    public static final class Serializer extends AbstractSimplePortObjectSpecSerializer<ImagePortObjectSpec> {
    }

    private DataType m_dataType;

    /**
     * @param dataType the type of the image cells
     * @throws NullPointerException if {@code null}
     */
    public ImagePortObjectSpec(final DataType dataType) {
        if (dataType == null) {
            throw new NullPointerException("Argument must not be null.");
        }
        m_dataType = dataType;
    }

    /** Framework constructor, followed by {@link #load}. */
    public ImagePortObjectSpec() {
    }

    /** @return the type of the image cells */
    public DataType getDataType() {
        return m_dataType;
    }

    @Override
    public JComponent[] getViews() {
        return new JComponent[0];
    }

    @Override
    protected void load(final ModelContentRO model) throws InvalidSettingsException {
        String name = model.getString("cell_class");
        try {
            m_dataType = DataType.getType(Class.forName(name).asSubclass(DataCell.class));
        } catch (ClassNotFoundException | ClassCastException e) {
            throw new InvalidSettingsException("Unknown cell class " + name, e);
        }
    }

    @Override
    protected void save(final ModelContentWO model) {
        model.addString("cell_class", m_dataType.getCellClass().getName());
    }
}
