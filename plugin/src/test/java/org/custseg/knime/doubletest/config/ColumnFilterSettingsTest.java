package org.custseg.knime.doubletest.config;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.DoubleValue;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettings;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.defaultnodesettings.SettingsModelColumnFilter2;
import org.knime.core.node.util.filter.NameFilterConfiguration.EnforceOption;
import org.knime.core.node.util.filter.NameFilterConfiguration.FilterResult;

/**
 * {@code SettingsModelColumnFilter2} in the API double: KNIME's saved layout and the
 * include/exclude semantics (enforce inclusion/exclusion, name pattern, type filter).
 */
class ColumnFilterSettingsTest {

    /** Input like the credit card sample: one id column, numeric features, one string. */
    private static final DataTableSpec SPEC = new DataTableSpec(
        new String[]{"Customer Key", "Avg_Credit_Limit", "Total_Credit_Cards", "Total_visits_online", "Region"},
        new DataType[]{IntCell.TYPE, DoubleCell.TYPE, IntCell.TYPE, IntCell.TYPE, StringCell.TYPE});

    private static final String HEADER = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        + "<config xmlns=\"http://www.knime.org/2008/09/XMLConfig\" "
        + "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\" "
        + "xsi:schemaLocation=\"http://www.knime.org/2008/09/XMLConfig http://www.knime.org/XMLConfig_2008_09.xsd\" "
        + "key=\"model\">\n";

    /** Model settings as KNIME 5.x writes them for a column filter named "features". */
    private static String filterXml(final String type, final String enforce, final String[] incl,
        final String[] excl, final String pattern, final String patternType, final boolean excludeMatching,
        final String typelistEntries) {
        StringBuilder b = new StringBuilder(HEADER);
        b.append("    <config key=\"features_Internals\">\n")
            .append("        <entry key=\"SettingsModelID\" type=\"xstring\" value=\"SMID_columnfilter\"/>\n")
            .append("        <entry key=\"EnabledStatus\" type=\"xboolean\" value=\"true\"/>\n")
            .append("    </config>\n")
            .append("    <config key=\"features\">\n")
            .append("        <entry key=\"filter-type\" type=\"xstring\" value=\"").append(type).append("\"/>\n");
        appendArray(b, "included_names", incl);
        appendArray(b, "excluded_names", excl);
        b.append("        <entry key=\"enforce_option\" type=\"xstring\" value=\"").append(enforce).append("\"/>\n")
            .append("        <config key=\"name_pattern\">\n")
            .append("            <entry key=\"pattern\" type=\"xstring\" value=\"").append(pattern).append("\"/>\n")
            .append("            <entry key=\"type\" type=\"xstring\" value=\"").append(patternType).append("\"/>\n")
            .append("            <entry key=\"caseSensitive\" type=\"xboolean\" value=\"true\"/>\n")
            .append("            <entry key=\"excludeMatching\" type=\"xboolean\" value=\"")
            .append(excludeMatching).append("\"/>\n")
            .append("        </config>\n")
            .append("        <config key=\"datatype\">\n");
        if (typelistEntries.isEmpty()) {
            b.append("            <config key=\"typelist\"/>\n");
        } else {
            b.append("            <config key=\"typelist\">\n").append(typelistEntries)
                .append("            </config>\n");
        }
        b.append("        </config>\n").append("    </config>\n").append("</config>\n");
        return b.toString();
    }

    private static void appendArray(final StringBuilder b, final String key, final String[] values) {
        b.append("        <config key=\"").append(key).append("\">\n")
            .append("            <entry key=\"array-size\" type=\"xint\" value=\"").append(values.length)
            .append("\"/>\n");
        for (int i = 0; i < values.length; i++) {
            b.append("            <entry key=\"").append(i).append("\" type=\"xstring\" value=\"").append(values[i])
                .append("\"/>\n");
        }
        b.append("        </config>\n");
    }

    private static NodeSettingsRO parse(final String xml) throws Exception {
        return NodeSettings.loadFromXML(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    private static String write(final NodeSettings s) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.saveToXML(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void savesKnimesColumnFilterLayoutByteForByte() throws Exception {
        SettingsModelColumnFilter2 m = new SettingsModelColumnFilter2("features");
        m.loadDefaults(SPEC);
        NodeSettings s = new NodeSettings("model");
        m.saveSettingsTo(s);
        String expected = filterXml("STANDARD", "EnforceExclusion", SPEC.getColumnNames(), new String[0], "",
            "Wildcard", false, "");
        assertEquals(expected, write(s));
    }

    @Test
    void enforceInclusionKeepsNewColumnsOut() throws Exception {
        NodeSettingsRO s = parse(filterXml("STANDARD", "EnforceInclusion",
            new String[]{"Avg_Credit_Limit", "Total_Credit_Cards", "Gone_Column"}, new String[]{"Customer Key"}, "",
            "Wildcard", false, ""));
        SettingsModelColumnFilter2 m = new SettingsModelColumnFilter2("features");
        m.validateSettings(s);
        m.loadSettingsFrom(s);
        FilterResult r = m.applyTo(SPEC);
        assertArrayEquals(new String[]{"Avg_Credit_Limit", "Total_Credit_Cards"}, r.getIncludes());
        assertArrayEquals(new String[]{"Customer Key", "Total_visits_online", "Region"}, r.getExcludes());
        assertArrayEquals(new String[]{"Gone_Column"}, r.getRemovedFromIncludes());
        assertArrayEquals(new String[0], r.getRemovedFromExcludes());
    }

    @Test
    void enforceExclusionLetsNewColumnsIn() throws Exception {
        NodeSettingsRO s = parse(filterXml("STANDARD", "EnforceExclusion", new String[]{"Avg_Credit_Limit"},
            new String[]{"Customer Key", "Region"}, "", "Wildcard", false, ""));
        SettingsModelColumnFilter2 m = new SettingsModelColumnFilter2("features");
        m.loadSettingsFrom(s);
        FilterResult r = m.applyTo(SPEC);
        assertArrayEquals(new String[]{"Avg_Credit_Limit", "Total_Credit_Cards", "Total_visits_online"},
            r.getIncludes());
        assertArrayEquals(new String[]{"Customer Key", "Region"}, r.getExcludes());
    }

    @Test
    void namePatternWildcardRegexAndExcludeMatching() throws Exception {
        SettingsModelColumnFilter2 m = new SettingsModelColumnFilter2("features");
        m.loadSettingsFrom(parse(filterXml("name_pattern", "EnforceExclusion", new String[0], new String[0],
            "Total_*", "Wildcard", false, "")));
        assertArrayEquals(new String[]{"Total_Credit_Cards", "Total_visits_online"}, m.applyTo(SPEC).getIncludes());

        m.loadSettingsFrom(parse(filterXml("name_pattern", "EnforceExclusion", new String[0], new String[0],
            "Total_.*|Region", "Regex", true, "")));
        assertArrayEquals(new String[]{"Customer Key", "Avg_Credit_Limit"}, m.applyTo(SPEC).getIncludes());

        InvalidSettingsException bad = assertThrows(InvalidSettingsException.class,
            () -> m.validateSettings(parse(filterXml("name_pattern", "EnforceExclusion", new String[0],
                new String[0], "([unclosed", "Regex", false, ""))));
        // KNIME 5.3: "The pattern is invalid" (the double also names the pattern)
        assertTrue(bad.getMessage().contains("pattern") && bad.getMessage().contains("invalid"), bad.getMessage());
    }

    @Test
    void typeFilterUsesThePreferredValueClass() throws Exception {
        String typelist = "                <entry key=\"org.knime.core.data.DoubleValue\" type=\"xboolean\" value=\"true\"/>\n"
            + "                <entry key=\"org.knime.core.data.IntValue\" type=\"xboolean\" value=\"false\"/>\n";
        SettingsModelColumnFilter2 m = new SettingsModelColumnFilter2("features");
        m.loadSettingsFrom(parse(filterXml("datatype", "EnforceExclusion", new String[0], new String[0], "",
            "Wildcard", false, typelist)));
        assertArrayEquals(new String[]{"Avg_Credit_Limit"}, m.applyTo(SPEC).getIncludes());
    }

    @Test
    void typeRestrictedModelNeverOffersOtherColumns() throws Exception {
        SettingsModelColumnFilter2 m = new SettingsModelColumnFilter2("features", DoubleValue.class);
        m.loadDefaults(SPEC);
        FilterResult r = m.applyTo(SPEC);
        // int columns are compatible with DoubleValue, the string column is not offered at all
        assertArrayEquals(new String[]{"Customer Key", "Avg_Credit_Limit", "Total_Credit_Cards",
            "Total_visits_online"}, r.getIncludes());
        assertArrayEquals(new String[0], r.getExcludes());
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> m.validateSettings(
            parse(filterXml("datatype", "EnforceExclusion", new String[0], new String[0], "", "Wildcard", false,
                ""))));
        assertTrue(e.getMessage().contains("datatype"), "type filter is disabled for type-restricted models");
    }

    @Test
    void brokenSettingsAreRejectedWithoutChangingTheModel() throws Exception {
        SettingsModelColumnFilter2 m = new SettingsModelColumnFilter2("features");
        m.loadDefaults(SPEC);
        NodeSettingsRO bad = parse(filterXml("STANDARD", "EnforceSometimes", new String[0], new String[0], "",
            "Wildcard", false, ""));
        InvalidSettingsException e = assertThrows(InvalidSettingsException.class, () -> m.validateSettings(bad));
        assertTrue(e.getMessage().contains("EnforceSometimes"), e.getMessage());
        assertEquals(5, m.applyTo(SPEC).getIncludes().length);
        assertThrows(InvalidSettingsException.class, () -> m.loadSettingsFrom(new NodeSettings("empty")));
    }

    @Test
    void roundTripKeepsTheSelection() throws Exception {
        SettingsModelColumnFilter2 m = new SettingsModelColumnFilter2("features");
        m.loadSettingsFrom(parse(filterXml("STANDARD", "EnforceInclusion", new String[]{"Region"},
            new String[]{"Customer Key"}, "", "Wildcard", false, "")));
        NodeSettings s = new NodeSettings("model");
        m.saveSettingsTo(s);
        SettingsModelColumnFilter2 back = new SettingsModelColumnFilter2("features");
        back.loadSettingsFrom(s);
        assertArrayEquals(new String[]{"Region"}, back.applyTo(SPEC).getIncludes());
        List<String> keys = new ArrayList<>(s.getNodeSettings("features").keySet());
        assertEquals(List.of("filter-type", "included_names", "excluded_names", "enforce_option", "name_pattern",
            "datatype"), keys);
        assertEquals(EnforceOption.EnforceInclusion.name(), s.getNodeSettings("features").getString("enforce_option"));
    }
}
