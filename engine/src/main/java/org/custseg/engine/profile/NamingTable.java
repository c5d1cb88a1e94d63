package org.custseg.engine.profile;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.custseg.engine.SegmentationException;
import org.custseg.engine.model.SegmentationModel;

/**
 * The one set of rules for a naming table (segment &rarr; persona name), read from a CSV file by the command line and
 * from a KNIME table by the Profiler and Report nodes:
 * <ul>
 * <li>an entry with no segment or no name (blank or missing) is skipped and counted in a warning;</li>
 * <li>a bare number {@code n} names "Segment n";</li>
 * <li>a segment given the same name twice is accepted; a segment given two <em>different</em> names is an error
 * naming the segment and both places, because either choice would silently drop the analyst's other name;</li>
 * <li>names of segments the segmentation does not have are reported by {@link #unknown(Collection)} and ignored.</li>
 * </ul>
 */
public final class NamingTable {

    private final String m_source;
    private final Map<String, String> m_names = new LinkedHashMap<>();
    private final Map<String, String> m_places = new LinkedHashMap<>();
    private int m_skipped;

    /**
     * @param source what the table is, for messages (e.g. "Names file names.csv" or "The naming table")
     */
    public NamingTable(final String source) {
        m_source = source;
    }

    /**
     * Adds one entry.
     *
     * @param segment the segment as written (may be {@code null} or blank)
     * @param name the persona name (may be {@code null} or blank)
     * @param place where the entry is, for messages (e.g. "line 3" or "row Row2")
     * @throws SegmentationException if the segment already has a different name
     */
    public void add(final String segment, final String name, final String place) throws SegmentationException {
        final String seg = segment == null ? "" : segment.replace("\uFEFF", "").trim();
        final String nm = name == null ? "" : name.trim();
        if (seg.isEmpty() || nm.isEmpty()) {
            m_skipped++;
            return;
        }
        final String key = seg.matches("\\d+") ? SegmentationModel.defaultSegmentName(Integer.parseInt(seg) - 1) : seg;
        final String before = m_names.putIfAbsent(key, nm);
        if (before == null) {
            m_places.put(key, place);
        } else if (!before.equals(nm)) {
            throw new SegmentationException(m_source + " names \"" + key + "\" twice, \"" + before + "\" ("
                + m_places.get(key) + ") and \"" + nm + "\" (" + place + "); give each segment one name.");
        }
    }

    /** @return segment &rarr; name, in the order first given */
    public Map<String, String> names() {
        return Collections.unmodifiableMap(m_names);
    }

    /** @return warnings about skipped entries (empty when there were none) */
    public List<String> warnings() {
        final List<String> out = new ArrayList<>();
        if (m_skipped > 0) {
            out.add(m_source + ": " + m_skipped + " entr" + (m_skipped == 1 ? "y has" : "ies have")
                + " no segment or no name and " + (m_skipped == 1 ? "was" : "were") + " ignored.");
        }
        return out;
    }

    /**
     * Names of segments that do not exist are removed and reported.
     *
     * @param segments the segments of the segmentation
     * @return one warning per unknown segment (empty when all exist)
     */
    public List<String> unknown(final Collection<String> segments) {
        final List<String> out = new ArrayList<>();
        for (final var it = m_names.entrySet().iterator(); it.hasNext();) {
            final Map.Entry<String, String> e = it.next();
            if (!segments.contains(e.getKey())) {
                out.add(m_source + ", " + m_places.get(e.getKey()) + ": there is no \"" + e.getKey()
                    + "\" (the segmentation has " + segments.size() + " segments); the name \"" + e.getValue()
                    + "\" is ignored.");
                it.remove();
                m_places.remove(e.getKey());
            }
        }
        return out;
    }
}
