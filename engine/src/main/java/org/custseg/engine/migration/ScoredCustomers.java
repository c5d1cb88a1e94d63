package org.custseg.engine.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One scored table: per customer id, segment and persona, plus the fingerprint of the model that scored it.
 *
 * @param name what the table is, for messages (e.g. the file name or "previous run")
 * @param ids customer ids, one per row
 * @param segments segment per row; {@code null} or blank = no segment
 * @param personas persona per row, or {@code null} when the table has none
 * @param fingerprint the model fingerprint, or {@code null} when the table does not say
 */
public record ScoredCustomers(String name, List<String> ids, List<String> segments, List<String> personas,
    String fingerprint) {

    /** Checks the shapes and copies the lists (null entries allowed). */
    public ScoredCustomers {
        Objects.requireNonNull(name, "name");
        ids = copy(ids);
        segments = copy(segments);
        personas = personas == null ? null : copy(personas);
        if (segments.size() != ids.size() || personas != null && personas.size() != ids.size()) {
            throw new IllegalArgumentException(name + ": " + ids.size() + " ids but " + segments.size()
                + " segments" + (personas == null ? "" : " and " + personas.size() + " personas"));
        }
    }

    private static List<String> copy(final List<String> l) {
        return java.util.Collections.unmodifiableList(new ArrayList<>(Objects.requireNonNull(l)));
    }
}
