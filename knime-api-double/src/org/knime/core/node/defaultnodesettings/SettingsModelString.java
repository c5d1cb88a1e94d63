package org.knime.core.node.defaultnodesettings;

import java.util.Objects;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.NotConfigurableException;
import org.knime.core.node.port.PortObjectSpec;
import org.knime.core.node.workflow.FlowVariable;

/**
 * Stand-in for KNIME's {@code SettingsModelString} (model ID {@code SMID_string}):
 * a string stored as an {@code xstring} entry under the config name. Same API as the
 * original; {@link #getJavaUnescapedStringValue()} uses an own unescaper instead of
 * commons-lang.
 */
public class SettingsModelString extends SettingsModel implements SettingsModelFlowVariableCompatible {

    private final String m_configName;

    private String m_value;

    /**
     * @param configName non-empty key
     * @param defaultValue initial value, may be null
     */
    public SettingsModelString(final String configName, final String defaultValue) {
        if (configName == null || configName.isEmpty()) {
            throw new IllegalArgumentException("The configName must be a non-empty string");
        }
        m_configName = configName;
        m_value = defaultValue;
    }

    @SuppressWarnings("unchecked")
    @Override
    protected SettingsModelString createClone() {
        return new SettingsModelString(m_configName, m_value);
    }

    @Override
    protected String getModelTypeID() {
        return "SMID_string";
    }

    @Override
    protected String getConfigName() {
        return m_configName;
    }

    /**
     * @param newValue new value (listeners are notified if it differs)
     */
    public void setStringValue(final String newValue) {
        boolean changed = !Objects.equals(m_value, newValue);
        m_value = newValue;
        if (changed) {
            notifyChangeListeners();
        }
    }

    /**
     * @return the current value (may be null)
     */
    public String getStringValue() {
        return m_value;
    }

    /**
     * @return the value with Java escapes (backslash-n, backslash-t, backslash-uXXXX, octal, ...)
     *         replaced by the characters they stand for; null if the value is null
     * @since 2.10
     */
    public String getJavaUnescapedStringValue() {
        String v = getStringValue();
        if (v == null || v.indexOf('\\') < 0) {
            return v;
        }
        StringBuilder b = new StringBuilder(v.length());
        int i = 0;
        while (i < v.length()) {
            char c = v.charAt(i++);
            if (c != '\\' || i >= v.length()) {
                b.append(c);
                continue;
            }
            char e = v.charAt(i++);
            switch (e) {
                case 'n': b.append('\n'); break;
                case 't': b.append('\t'); break;
                case 'r': b.append('\r'); break;
                case 'b': b.append('\b'); break;
                case 'f': b.append('\f'); break;
                case 'u':
                    if (i + 4 <= v.length()) {
                        try {
                            b.append((char)Integer.parseInt(v.substring(i, i + 4), 16));
                            i += 4;
                            break;
                        } catch (NumberFormatException ex) {
                            // not a unicode escape: keep the text
                        }
                    }
                    b.append("\\u");
                    break;
                default:
                    if (e >= '0' && e <= '7') {
                        int start = i - 1;
                        int end = start + 1;
                        int max = e <= '3' ? 3 : 2;
                        while (end < v.length() && end - start < max && v.charAt(end) >= '0' && v.charAt(end) <= '7') {
                            end++;
                        }
                        b.append((char)Integer.parseInt(v.substring(start, end), 8));
                        i = end;
                    } else {
                        b.append(e); // \\, \', \" and unknown escapes: the character itself
                    }
            }
        }
        return b.toString();
    }

    @Override
    protected void loadSettingsForDialog(final NodeSettingsRO settings, final PortObjectSpec[] specs)
        throws NotConfigurableException {
        try {
            setStringValue(settings.getString(m_configName, m_value));
        } catch (IllegalArgumentException e) {
            // value rejected by a subclass: keep the current one
        }
    }

    @Override
    protected void saveSettingsForDialog(final NodeSettingsWO settings) throws InvalidSettingsException {
        settings.addString(m_configName, getStringValue());
    }

    @Override
    protected void validateSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        settings.getString(m_configName);
    }

    @Override
    protected void loadSettingsForModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        String v = settings.getString(m_configName);
        try {
            setStringValue(v);
        } catch (IllegalArgumentException e) {
            throw new InvalidSettingsException(e.getMessage());
        }
    }

    @Override
    protected void saveSettingsForModel(final NodeSettingsWO settings) {
        settings.addString(m_configName, getStringValue());
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + " ('" + m_configName + "')";
    }

    @Override
    public String getKey() {
        return m_configName;
    }

    @Override
    public FlowVariable.Type getFlowVariableType() {
        return FlowVariable.Type.STRING;
    }
}
