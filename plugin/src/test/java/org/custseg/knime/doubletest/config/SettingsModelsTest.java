package org.custseg.knime.doubletest.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.config.Config;
import org.knime.core.node.defaultnodesettings.SettingsModel;
import org.knime.core.node.defaultnodesettings.SettingsModelBoolean;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnName;
import org.knime.core.node.defaultnodesettings.SettingsModelDouble;
import org.knime.core.node.defaultnodesettings.SettingsModelDoubleBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelInteger;
import org.knime.core.node.defaultnodesettings.SettingsModelIntegerBounded;
import org.knime.core.node.defaultnodesettings.SettingsModelLong;
import org.knime.core.node.defaultnodesettings.SettingsModelString;
import org.knime.core.node.defaultnodesettings.SettingsModelStringArray;
import org.knime.core.node.workflow.FlowVariable;

/**
 * Save/load/validate behaviour of the settings models in the API double, following
 * KNIME's contract: value under the config name plus a {@code <name>_Internals} sibling
 * ({@code SettingsModelID}, {@code EnabledStatus}) that may be missing on load.
 */
class SettingsModelsTest {

    private static void assertInternals(final NodeSettings s, final String name, final String id,
        final boolean enabled) throws InvalidSettingsException {
        Config internals = s.getConfig(name + SettingsModel.CFGKEY_INTERNAL);
        assertEquals(List.of("SettingsModelID", "EnabledStatus"), new ArrayList<>(internals.keySet()));
        assertEquals(id, internals.getString("SettingsModelID"));
        assertEquals(enabled, internals.getBoolean("EnabledStatus"));
    }

    @Test
    void eachModelWritesItsValueAndKnimesModelId() throws Exception {
        NodeSettings s = new NodeSettings("model");
        new SettingsModelString("name", "abc").saveSettingsTo(s);
        new SettingsModelInteger("k", 5).saveSettingsTo(s);
        new SettingsModelIntegerBounded("kb", 3, 2, 10).saveSettingsTo(s);
        new SettingsModelDouble("d", 0.25).saveSettingsTo(s);
        new SettingsModelDoubleBounded("db", 0.5, 0, 1).saveSettingsTo(s);
        new SettingsModelBoolean("b", true).saveSettingsTo(s);
        new SettingsModelLong("seed", 99L).saveSettingsTo(s);
        new SettingsModelStringArray("cols", new String[]{"x", "y"}).saveSettingsTo(s);

        assertEquals(List.of("name_Internals", "name", "k_Internals", "k", "kb_Internals", "kb", "d_Internals", "d",
            "db_Internals", "db", "b_Internals", "b", "seed_Internals", "seed", "cols_Internals", "cols"),
            new ArrayList<>(s.keySet()), "internals are written before the value");
        assertInternals(s, "name", "SMID_string", true);
        assertInternals(s, "k", "SMID_integer", true);
        assertInternals(s, "kb", "SMID_integer", true);
        assertInternals(s, "d", "SMID_double", true);
        assertInternals(s, "db", "SMID_double", true);
        assertInternals(s, "b", "SMID_boolean", true);
        assertInternals(s, "seed", "SMN_long", true);
        assertInternals(s, "cols", "SMID_stringarray", true);
        assertEquals("abc", s.getString("name"));
        assertEquals(5, s.getInt("k"));
        assertEquals(0.25, s.getDouble("d"));
        assertTrue(s.getBoolean("b"));
        assertEquals(99L, s.getLong("seed"));
        assertArrayEquals(new String[]{"x", "y"}, s.getStringArray("cols"));
    }

    @Test
    void loadingRestoresValuesAndEnabledState() throws Exception {
        NodeSettings s = new NodeSettings("model");
        SettingsModelInteger k = new SettingsModelInteger("k", 7);
        k.setEnabled(false);
        k.saveSettingsTo(s);
        assertInternals(s, "k", "SMID_integer", false);

        SettingsModelInteger other = new SettingsModelInteger("k", 1);
        assertTrue(other.isEnabled());
        other.loadSettingsFrom(s);
        assertEquals(7, other.getIntValue());
        assertFalse(other.isEnabled(), "enabled state comes from _Internals");
    }

    @Test
    void missingInternalsAreTolerated() throws Exception {
        NodeSettings s = new NodeSettings("model");
        s.addString("name", "from an old version");
        SettingsModelString m = new SettingsModelString("name", "default");
        m.validateSettings(s);
        m.loadSettingsFrom(s);
        assertEquals("from an old version", m.getStringValue());
        assertTrue(m.isEnabled());
    }

    @Test
    void missingValueFailsWithTheKeyInTheMessage() {
        NodeSettings s = new NodeSettings("model");
        SettingsModelString m = new SettingsModelString("name", "default");
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> m.loadSettingsFrom(s));
        assertTrue(e.getMessage().contains("name"), e.getMessage());
        assertEquals("default", m.getStringValue(), "value unchanged after a failed load");
        assertThrows(InvalidSettingsException.class, () -> new SettingsModelDouble("d", 1).validateSettings(s));
        assertThrows(InvalidSettingsException.class, () -> new SettingsModelBoolean("b", true).loadSettingsFrom(s));
    }

    @Test
    void disabledModelsDoNotValidateTheirValue() throws Exception {
        NodeSettings s = new NodeSettings("model");
        SettingsModelIntegerBounded writer = new SettingsModelIntegerBounded("k", 3, 2, 10);
        writer.setEnabled(false);
        writer.saveSettingsTo(s);
        s.addInt("k", 50); // out of range, but written by a disabled model
        SettingsModelIntegerBounded reader = new SettingsModelIntegerBounded("k", 3, 2, 10);
        reader.validateSettings(s);
        assertTrue(reader.isEnabled(), "validate must not change the model");
        reader.loadSettingsFrom(s);
        assertEquals(3, reader.getIntValue(), "invalid value of a disabled model is ignored on load");
        assertFalse(reader.isEnabled());
    }

    @Test
    void boundedModelsNameTheAllowedRange() throws Exception {
        SettingsModelIntegerBounded k = new SettingsModelIntegerBounded("k", 3, 2, 10);
        IllegalArgumentException set = assertThrows(IllegalArgumentException.class, () -> k.setIntValue(11));
        assertTrue(set.getMessage().contains("[2...10]"), set.getMessage());
        assertEquals(3, k.getIntValue());

        NodeSettings s = new NodeSettings("model");
        s.addInt("k", 1);
        InvalidSettingsException v = assertThrows(InvalidSettingsException.class, () -> k.validateSettings(s));
        assertTrue(v.getMessage().contains("[2...10]"), v.getMessage());
        assertThrows(InvalidSettingsException.class, () -> k.loadSettingsFrom(s));
        assertEquals(3, k.getIntValue());
        assertEquals(2, k.getLowerBound());
        assertEquals(10, k.getUpperBound());

        SettingsModelDoubleBounded d = new SettingsModelDoubleBounded("d", 0.5, 0, 1);
        s.addDouble("d", 1.5);
        assertThrows(InvalidSettingsException.class, () -> d.validateSettings(s));
        assertThrows(InvalidSettingsException.class, () -> d.loadSettingsFrom(s));
        assertEquals(0.5, d.getDoubleValue());
        assertThrows(IllegalArgumentException.class, () -> new SettingsModelIntegerBounded("k", 0, 1, 5));
        assertThrows(IllegalArgumentException.class, () -> new SettingsModelDoubleBounded("d", 0, 1, 0));
        assertThrows(IllegalArgumentException.class, () -> new SettingsModelString("", "x"));
    }

    @Test
    void longModelKeepsItsValueWhenTheEntryIsMissingLikeKnime() throws Exception {
        NodeSettings s = new NodeSettings("model");
        SettingsModelLong seed = new SettingsModelLong("seed", 42L);
        seed.loadSettingsFrom(s);
        assertEquals(42L, seed.getLongValue());
        assertThrows(InvalidSettingsException.class, () -> seed.validateSettings(s));
    }

    @Test
    void listenersHearRealChangesOnly() {
        SettingsModelString m = new SettingsModelString("name", "a");
        List<Object> events = new ArrayList<>();
        m.addChangeListener(e -> events.add(e.getSource()));
        m.addChangeListener(e -> events.add("second"));
        m.setStringValue("a");
        assertTrue(events.isEmpty(), "same value: no event");
        m.setStringValue("b");
        assertEquals(List.of(m, "second"), events);
        events.clear();
        m.setEnabled(false);
        m.setEnabled(false);
        assertEquals(2, events.size(), "one notification (two listeners) for one state change");
    }

    @Test
    void stringArrayModelCopiesItsArrays() {
        String[] in = {"a", "b"};
        SettingsModelStringArray m = new SettingsModelStringArray("cols", null);
        assertNull(m.getStringArrayValue());
        m.setStringArrayValue(in);
        in[0] = "changed";
        String[] out = m.getStringArrayValue();
        assertArrayEquals(new String[]{"a", "b"}, out);
        out[1] = "changed";
        assertArrayEquals(new String[]{"a", "b"}, m.getStringArrayValue());
    }

    @Test
    void columnNameModelUsesKnimesNestedLayout() throws Exception {
        NodeSettings s = new NodeSettings("model");
        SettingsModelColumnName m = new SettingsModelColumnName("target", "Avg_Credit_Limit");
        m.saveSettingsTo(s);
        assertInternals(s, "target", "SMID_string", true);
        NodeSettings sub = s.getNodeSettings("target");
        assertEquals(List.of("useRowID", "columnName"), new ArrayList<>(sub.keySet()));
        assertFalse(sub.getBoolean("useRowID"));
        assertEquals("Avg_Credit_Limit", sub.getString("columnName"));

        m.setSelection(null, true);
        m.saveSettingsTo(s);
        SettingsModelColumnName back = new SettingsModelColumnName("target", "x");
        back.loadSettingsFrom(s);
        assertTrue(back.useRowID());
        assertNull(back.getColumnName());
    }

    @Test
    void cloneWithValidatedValueLeavesTheOriginalAlone() throws Exception {
        NodeSettings s = new NodeSettings("model");
        new SettingsModelDouble("d", 2.5).saveSettingsTo(s);
        SettingsModelDouble original = new SettingsModelDouble("d", 1.0);
        SettingsModelDouble clone = original.createCloneWithValidatedValue(s);
        assertEquals(2.5, clone.getDoubleValue());
        assertEquals(1.0, original.getDoubleValue());
        assertEquals("SettingsModelDouble ('d')", clone.toString());
    }

    @Test
    void stringModelUnescapesJavaEscapesAndNamesItsFlowVariableType() {
        SettingsModelString sep = new SettingsModelString("separator", "a\\tb\\nc\\u00e9\\101\\\\d\\q");
        assertEquals("a\tb\nc\u00e9A\\dq", sep.getJavaUnescapedStringValue());
        assertNull(new SettingsModelString("x", null).getJavaUnescapedStringValue());
        assertEquals("separator", sep.getKey());
        assertEquals(FlowVariable.Type.STRING, sep.getFlowVariableType());
        assertEquals(FlowVariable.Type.INTEGER, new SettingsModelInteger("k", 1).getFlowVariableType());
        assertEquals(FlowVariable.Type.DOUBLE, new SettingsModelDouble("d", 1).getFlowVariableType());
        assertEquals("columnName", new SettingsModelColumnName("target", "x").getKey(),
            "KNIME quirk: the inner string key, not the config name");
    }
}
