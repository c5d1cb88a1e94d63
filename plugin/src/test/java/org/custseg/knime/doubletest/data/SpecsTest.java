package org.custseg.knime.doubletest.data;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.knime.core.data.DataCell;
import org.knime.core.data.DataColumnDomainCreator;
import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataTableSpecCreator;
import org.knime.core.data.DataType;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.IntCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.node.ModelContent;
import org.knime.core.util.UniqueNameGenerator;

/** Column and table specs of the API double. */
class SpecsTest {

    private static DataColumnSpec col(final String name, final DataType type) {
        return new DataColumnSpecCreator(name, type).createSpec();
    }

    @Test
    void tableSpecLooksUpColumnsByNameAndIndex() {
        DataTableSpec spec = new DataTableSpec(col("a", DoubleCell.TYPE), col("b", StringCell.TYPE));
        assertEquals(2, spec.getNumColumns());
        assertEquals(1, spec.findColumnIndex("b"));
        assertEquals(-1, spec.findColumnIndex("zz"));
        assertEquals(-1, spec.findColumnIndex(null));
        assertTrue(spec.containsName("a"));
        assertFalse(spec.containsName("A"));
        assertEquals(StringCell.TYPE, spec.getColumnSpec("b").getType());
        assertNull(spec.getColumnSpec("zz"));
        assertArrayEquals(new String[]{"a", "b"}, spec.getColumnNames());
        assertTrue(spec.containsCompatibleType(org.knime.core.data.DoubleValue.class));
        Iterator<DataColumnSpec> it = spec.iterator();
        assertEquals("a", it.next().getName());
        assertThrows(UnsupportedOperationException.class, it::remove);
    }

    @Test
    void duplicateColumnNamesAreRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
            () -> new DataTableSpec(col("a", DoubleCell.TYPE), col("a", IntCell.TYPE)));
        assertTrue(e.getMessage().contains("\"a\""), e.getMessage());
        assertThrows(IllegalArgumentException.class,
            () -> new DataTableSpecCreator().addColumns(col("x", IntCell.TYPE), col("x", IntCell.TYPE)));
    }

    @Test
    void specsAreEqualByValueIncludingDomain() {
        DataTableSpec s1 = new DataTableSpec(col("a", DoubleCell.TYPE));
        DataTableSpec s2 = new DataTableSpec(col("a", DoubleCell.TYPE));
        assertEquals(s1, s2);
        assertEquals(s1.hashCode(), s2.hashCode());
        DataColumnSpecCreator cr = new DataColumnSpecCreator(col("a", DoubleCell.TYPE));
        cr.setDomain(new DataColumnDomainCreator(new DoubleCell(0), new DoubleCell(1)).createDomain());
        DataTableSpec withDomain = new DataTableSpec(cr.createSpec());
        assertNotEquals(s1, withDomain, "domain is part of equality");
        assertTrue(s1.equalStructure(withDomain), "but not of the structure");
        assertNotEquals(s1, new DataTableSpec(col("a", IntCell.TYPE)));
        assertNotEquals(s1, new DataTableSpec("other", col("a", DoubleCell.TYPE)), "the name counts too");
    }

    @Test
    void creatorsCopyAndModify() {
        DataTableSpec base = new DataTableSpec("base", col("a", DoubleCell.TYPE));
        DataTableSpec extended = new DataTableSpecCreator().setName(base.getName()).addColumns(base)
            .addColumns(col("b", StringCell.TYPE)).putProperty("origin", "test").createSpec();
        assertEquals("test", extended.getProperties().get("origin"));
        assertEquals("base", extended.getName());
        assertArrayEquals(new String[]{"a", "b"}, extended.getColumnNames());
        DataColumnSpecCreator renamed = new DataColumnSpecCreator(base.getColumnSpec(0));
        renamed.setName("c");
        assertEquals("c", renamed.createSpec().getName());
        // KNIME: a column has no element names unless they are set
        assertEquals(List.of(), renamed.createSpec().getElementNames());
        DataTableSpec joined = new DataTableSpec(base, new DataTableSpec(col("z", IntCell.TYPE)));
        assertArrayEquals(new String[]{"a", "z"}, joined.getColumnNames());
    }

    @Test
    void uniqueNameGeneratorAppendsKnimeSuffixes() {
        DataTableSpec spec = new DataTableSpec(col("Cluster", StringCell.TYPE), col("Cluster (#1)", IntCell.TYPE));
        UniqueNameGenerator gen = new UniqueNameGenerator(spec);
        assertEquals("Cluster (#2)", gen.newName("Cluster"));
        assertEquals("Cluster (#3)", gen.newName("Cluster"));
        assertEquals("Other", gen.newName(" Other "));
        assertEquals("Cluster (#4)", gen.newColumn("Cluster (#1)", DoubleCell.TYPE).getName());
    }

    @Test
    void specSaveLoadRoundTripKeepsColumnsAndDomains() throws Exception {
        Set<DataCell> values = new LinkedHashSet<>(List.of(new StringCell("x"), new StringCell("y")));
        DataColumnSpecCreator s = new DataColumnSpecCreator("seg", StringCell.TYPE);
        s.setDomain(new DataColumnDomainCreator(values).createDomain());
        DataColumnSpecCreator d = new DataColumnSpecCreator("v", DoubleCell.TYPE);
        d.setDomain(new DataColumnDomainCreator(new DoubleCell(-1.5), new DoubleCell(2)).createDomain());
        DataTableSpec spec = new DataTableSpec("t", s.createSpec(), d.createSpec(), col("n", IntCell.TYPE));
        ModelContent mc = new ModelContent("spec");
        spec.save(mc);
        DataTableSpec loaded = DataTableSpec.load(mc);
        assertEquals(spec, loaded);
        assertEquals(values, loaded.getColumnSpec("seg").getDomain().getValues());
    }
}
