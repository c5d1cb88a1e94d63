package org.custseg.knime.doubletest.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataType;
import org.knime.core.data.RowKey;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.LongCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.ModelContent;
import org.knime.core.node.ModelContentRO;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;

/**
 * Reading and writing KNIME's settings XML with the API double, and the typed access
 * rules of {@code NodeSettings}. The document below is written in the exact layout KNIME
 * 5.x produces (compare any {@code settings.xml} of a saved workflow, e.g. knime-base
 * {@code org.knime.base.tests/files/node_settings/}): XML header on its own line, root
 * with namespace attributes before {@code key}, four-space indentation, empty configs
 * self-closed, {@code isnull} before {@code value}.
 */
class SettingsXmlTest {

    private static final String ROOT_ATTRIBUTES = "xmlns=\"http://www.knime.org/2008/09/XMLConfig\" "
        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        + "xsi:schemaLocation=\"http://www.knime.org/2008/09/XMLConfig http://www.knime.org/XMLConfig_2008_09.xsd\"";

    /** A node settings file in KNIME's format (keys of a segmenter node). */
    static final String SETTINGS_XML = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<config " + ROOT_ATTRIBUTES + " key=\"settings.xml\">\n"
        + "    <entry key=\"node_file\" type=\"xstring\" value=\"settings.xml\"/>\n"
        + "    <config key=\"flow_stack\"/>\n"
        + "    <config key=\"model\">\n"
        + "        <config key=\"k_Internals\">\n"
        + "            <entry key=\"SettingsModelID\" type=\"xstring\" value=\"SMID_integer\"/>\n"
        + "            <entry key=\"EnabledStatus\" type=\"xboolean\" value=\"true\"/>\n"
        + "        </config>\n"
        + "        <entry key=\"k\" type=\"xint\" value=\"4\"/>\n"
        + "        <entry key=\"seed\" type=\"xlong\" value=\"1234567890123\"/>\n"
        + "        <entry key=\"tolerance\" type=\"xdouble\" value=\"1.0E-4\"/>\n"
        + "        <entry key=\"normalize\" type=\"xboolean\" value=\"false\"/>\n"
        + "        <entry key=\"delimiter\" type=\"xchar\" value=\";\"/>\n"
        + "        <entry key=\"label\" type=\"xstring\" value=\"Segment &quot;A&quot; &amp; &lt;B&gt;\"/>\n"
        + "        <entry key=\"note\" type=\"xstring\" value=\"line1%%00010line2%%00009end\"/>\n"
        + "        <entry key=\"customDescription\" type=\"xstring\" isnull=\"true\" value=\"\"/>\n"
        + "        <config key=\"columns\">\n"
        + "            <entry key=\"array-size\" type=\"xint\" value=\"2\"/>\n"
        + "            <entry key=\"0\" type=\"xstring\" value=\"Avg_Credit_Limit\"/>\n"
        + "            <entry key=\"1\" type=\"xstring\" value=\"Total_visits_bank\"/>\n"
        + "        </config>\n"
        + "        <config key=\"weights\">\n"
        + "            <entry key=\"array-size\" type=\"xint\" value=\"3\"/>\n"
        + "            <entry key=\"0\" type=\"xdouble\" value=\"0.5\"/>\n"
        + "            <entry key=\"1\" type=\"xdouble\" value=\"-2.25\"/>\n"
        + "            <entry key=\"2\" type=\"xdouble\" value=\"1.0E10\"/>\n"
        + "        </config>\n"
        + "        <config key=\"no_columns\"/>\n"
        + "    </config>\n"
        + "    <entry key=\"state\" type=\"xstring\" value=\"CONFIGURED\"/>\n"
        + "</config>\n";

    private static NodeSettingsRO load(final String xml) throws IOException {
        return NodeSettings.loadFromXML(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String save(final NodeSettings settings) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        settings.saveToXML(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void readsEveryEntryTypeOfARealFormatDocument() throws Exception {
        NodeSettingsRO root = load(SETTINGS_XML);
        assertEquals("settings.xml", root.getKey());
        assertEquals("settings.xml", root.getString("node_file"));
        NodeSettingsRO model = root.getNodeSettings("model");
        assertEquals(4, model.getInt("k"));
        assertEquals(1234567890123L, model.getLong("seed"));
        assertEquals(1.0E-4, model.getDouble("tolerance"));
        assertFalse(model.getBoolean("normalize"));
        assertEquals(';', model.getChar("delimiter"));
        assertEquals("Segment \"A\" & <B>", model.getString("label"));
        assertEquals("line1\nline2\tend", model.getString("note"), "%%ddddd escapes are decoded");
        assertTrue(model.containsKey("customDescription"));
        assertNull(model.getString("customDescription"), "isnull=\"true\" reads as null");
        assertArrayEquals(new String[]{"Avg_Credit_Limit", "Total_visits_bank"}, model.getStringArray("columns"));
        assertArrayEquals(new double[]{0.5, -2.25, 1.0E10}, model.getDoubleArray("weights"));
        assertNull(model.getStringArray("no_columns"), "array config without array-size is a null array");
        assertEquals("SMID_integer", model.getConfig("k_Internals").getString("SettingsModelID"));
    }

    @Test
    void writesTheSameBytesItRead() throws Exception {
        NodeSettings root = (NodeSettings)load(SETTINGS_XML);
        assertEquals(SETTINGS_XML, save(root));
    }

    @Test
    void keepsInsertionOrderAndExposesKeysReadOnly() throws Exception {
        NodeSettingsRO model = load(SETTINGS_XML).getNodeSettings("model");
        List<String> keys = new ArrayList<>();
        model.iterator().forEachRemaining(keys::add);
        assertEquals(List.of("k_Internals", "k", "seed", "tolerance", "normalize", "delimiter", "label", "note",
            "customDescription", "columns", "weights", "no_columns"), keys);
        assertEquals(keys, new ArrayList<>(model.keySet()));
        assertThrows(UnsupportedOperationException.class, () -> model.keySet().remove("k"));
    }

    @Test
    void missingOrMistypedKeysThrowOrFallBackToDefaults() throws Exception {
        NodeSettingsRO model = load(SETTINGS_XML).getNodeSettings("model");
        InvalidSettingsException missing = assertThrows(InvalidSettingsException.class, () -> model.getInt("kk"));
        assertTrue(missing.getMessage().contains("kk"), missing.getMessage());
        assertThrows(InvalidSettingsException.class, () -> model.getString("k"), "an int is not a string");
        assertThrows(InvalidSettingsException.class, () -> model.getInt("seed"), "a long is not an int");
        assertThrows(InvalidSettingsException.class, () -> model.getNodeSettings("k"));
        assertEquals(7, model.getInt("kk", 7));
        assertEquals(7, model.getInt("seed", 7), "default also for a different type");
        assertEquals("x", model.getString("absent", "x"));
        assertNull(model.getString("customDescription", "x"), "a stored null wins over the default");
        assertArrayEquals(new int[]{1}, model.getIntArray("absent", 1));
        assertTrue(model.getBoolean("absent", true));
    }

    @Test
    void roundTripsAllValueKindsThroughXml() throws Exception {
        NodeSettings s = new NodeSettings("roundtrip");
        s.addInt("i", Integer.MIN_VALUE);
        s.addLong("l", Long.MAX_VALUE);
        s.addDouble("d", Double.NaN);
        s.addDouble("inf", Double.NEGATIVE_INFINITY);
        s.addDouble("tiny", Double.MIN_VALUE);
        s.addFloat("f", 1.5f);
        s.addShort("sh", (short)-3);
        s.addByte("b", (byte)127);
        s.addChar("c", '\u00e9');
        s.addBoolean("t", true);
        s.addString("s", "%%00010 is literal, \u20ac and \u00fc stay");
        s.addString("nul", null);
        s.addStringArray("sa", "a", null, "");
        s.addStringArray("nullArray", (String[])null);
        s.addIntArray("ia");
        s.addBooleanArray("ba", true, false);
        s.addLongArray("la", 1L, -1L);
        s.addCharArray("ca", 'x', '\n');
        NodeSettingsWO child = s.addNodeSettings("child");
        child.addNodeSettings("grandchild").addInt("deep", 42);
        s.addTransientString("secret", "never written");

        String xml = save(s);
        assertFalse(xml.contains("never written"), "transient strings are not saved");
        assertFalse(xml.contains("secret"));

        NodeSettingsRO r = load(xml);
        assertEquals("roundtrip", r.getKey());
        assertEquals(Integer.MIN_VALUE, r.getInt("i"));
        assertEquals(Long.MAX_VALUE, r.getLong("l"));
        assertTrue(Double.isNaN(r.getDouble("d")));
        assertEquals(Double.NEGATIVE_INFINITY, r.getDouble("inf"));
        assertEquals(Double.MIN_VALUE, r.getDouble("tiny"));
        assertEquals(1.5f, r.getFloat("f"));
        assertEquals((short)-3, r.getShort("sh"));
        assertEquals((byte)127, r.getByte("b"));
        assertEquals('\u00e9', r.getChar("c"));
        assertTrue(r.getBoolean("t"));
        assertEquals("%%00010 is literal, \u20ac and \u00fc stay", r.getString("s"));
        assertNull(r.getString("nul"));
        assertArrayEquals(new String[]{"a", null, ""}, r.getStringArray("sa"));
        assertNull(r.getStringArray("nullArray"));
        assertArrayEquals(new int[0], r.getIntArray("ia"));
        assertArrayEquals(new boolean[]{true, false}, r.getBooleanArray("ba"));
        assertArrayEquals(new long[]{1L, -1L}, r.getLongArray("la"));
        assertArrayEquals(new char[]{'x', '\n'}, r.getCharArray("ca"));
        assertEquals(42, r.getNodeSettings("child").getNodeSettings("grandchild").getInt("deep"));
        assertNull(r.getTransientString("secret"));
        assertEquals("never written", s.getTransientString("secret"), "kept in memory");
        assertEquals(xml, save((NodeSettings)r), "second save is identical");
    }

    @Test
    void escapesCharactersXmlCannotHoldTheKnimeWay() throws Exception {
        NodeSettings s = new NodeSettings("esc");
        s.addString("v", "a\u0001b%%c\u00e4\ud83d\ude00");
        String xml = save(s);
        // control char and surrogates as %%ddddd, "%%" protected by escaping the first '%'
        assertTrue(xml.contains("value=\"a%%00001b%%00037%c\u00e4%%55357%%56832\""), xml);
        assertEquals("a\u0001b%%c\u00e4\ud83d\ude00", load(xml).getString("v"));
    }

    @Test
    void copyToMakesAnIndependentDeepCopy() throws Exception {
        NodeSettingsRO original = load(SETTINGS_XML);
        NodeSettings copy = new NodeSettings("copy");
        original.copyTo(copy);
        assertEquals(4, copy.getNodeSettings("model").getInt("k"));
        copy.getNodeSettings("model").addInt("k", 9);
        assertEquals(4, original.getNodeSettings("model").getInt("k"), "original unchanged");
    }

    @Test
    void replacingAKeyKeepsOneEntry() {
        NodeSettings s = new NodeSettings("s");
        s.addInt("x", 1);
        s.addString("x", "now a string");
        assertEquals(1, s.keySet().size());
        assertEquals("now a string", s.getString("x", null));
    }

    @Test
    void rejectsBrokenDocumentsWithIOException() {
        IOException notXml = assertThrows(IOException.class, () -> load("<config key=\"a\"><entry"));
        assertTrue(notXml.getMessage() != null && !notXml.getMessage().isEmpty());
        IOException badType = assertThrows(IOException.class,
            () -> load("<config key=\"a\"><entry key=\"x\" type=\"xinteger\" value=\"1\"/></config>"));
        assertTrue(badType.getMessage().contains("xinteger"), badType.getMessage());
        IOException badInt = assertThrows(IOException.class,
            () -> load("<config key=\"a\"><entry key=\"x\" type=\"xint\" value=\"one\"/></config>"));
        assertTrue(badInt.getMessage().contains("x"), badInt.getMessage());
        assertThrows(IOException.class, () -> load("<settings key=\"a\"/>"));
    }

    @Test
    void modelContentUsesTheSameFormat() throws Exception {
        ModelContent content = new ModelContent("model");
        content.addString("algorithm", "kmeans");
        content.addModelContent("centroids").addDoubleArray("c0", 1.0, 2.0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        content.saveToXML(out);
        String xml = out.toString(StandardCharsets.UTF_8);
        assertTrue(xml.startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<config " + ROOT_ATTRIBUTES
            + " key=\"model\">\n"), xml);
        ModelContentRO back = ModelContent.loadFromXML(new ByteArrayInputStream(out.toByteArray()));
        assertEquals("kmeans", back.getString("algorithm"));
        assertArrayEquals(new double[]{1.0, 2.0}, back.getModelContent("centroids").getDoubleArray("c0"));
    }

    @Test
    void rowKeysAreStoredAsStrings() throws Exception {
        NodeSettings s = new NodeSettings("keys");
        s.addRowKey("first", new RowKey("Row0"));
        s.addRowKeyArray("all", new RowKey("Row0"), new RowKey("Row7"));
        assertEquals("Row0", s.getString("first"), "KNIME stores a row key as xstring");
        NodeSettingsRO r = load(save(s));
        assertEquals(new RowKey("Row0"), r.getRowKey("first"));
        assertArrayEquals(new RowKey[]{new RowKey("Row0"), new RowKey("Row7")}, r.getRowKeyArray("all"));
        assertEquals(new RowKey("dflt"), r.getRowKey("absent", new RowKey("dflt")));
        assertThrows(InvalidSettingsException.class, () -> r.getRowKey("absent"));
    }

    @Test
    void dataCellsUseKnimesCellLayout() throws Exception {
        NodeSettings s = new NodeSettings("cells");
        s.addDataCell("d", new DoubleCell(2.5));
        s.addDataCellArray("values", new StringCell("gold"), new IntCell(3), BooleanCell.TRUE, new LongCell(7L),
            DataType.getMissingCell(), null);
        NodeSettings d = s.getNodeSettings("d");
        assertEquals(DoubleCell.class.getName(), d.getString("datacell"));
        assertEquals(2.5, d.getNodeSettings(DoubleCell.class.getName()).getDouble("DoubleCell"));

        NodeSettingsRO r = load(save(s));
        assertEquals(new DoubleCell(2.5), r.getDataCell("d"));
        DataCell[] cells = r.getDataCellArray("values");
        assertEquals(6, cells.length);
        assertEquals(new StringCell("gold"), cells[0]);
        assertEquals(new IntCell(3), cells[1]);
        assertEquals(BooleanCell.TRUE, cells[2]);
        assertEquals(new LongCell(7L), cells[3]);
        assertTrue(cells[4].isMissing());
        assertNull(cells[5]);
        assertEquals(new IntCell(1), r.getDataCell("absent", new IntCell(1)));
    }
}
