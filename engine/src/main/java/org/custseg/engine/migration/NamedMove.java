package org.custseg.engine.migration;

import java.util.Locale;

/**
 * A named kind of move, e.g. "at risk" = from persona "High-limit digital" to any other segment. A side matches a
 * customer's segment or persona, case-insensitively; {@code *} matches anything (but a move always changes segment).
 *
 * @param name the flag written for matching movers, e.g. "at risk"
 * @param from the segment or persona moved from, or {@code *}
 * @param to the segment or persona moved to, or {@code *}
 */
public record NamedMove(String name, String from, String to) {

    /** Checks that every part is given. */
    public NamedMove {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A named move has no name; give every move rule a name, e.g. "
                + "\"at risk\".");
        }
        if (from == null || from.isBlank() || to == null || to.isBlank()) {
            throw new IllegalArgumentException("The named move \"" + name + "\" needs both a from and a to (a "
                + "segment, a persona, or * for any).");
        }
        name = name.trim();
        from = from.trim();
        to = to.trim();
    }

    /**
     * @param fromSegment segment before
     * @param fromPersona persona before (may be null)
     * @param toSegment segment after
     * @param toPersona persona after (may be null)
     * @return whether this move describes the change
     */
    public boolean matches(final String fromSegment, final String fromPersona, final String toSegment,
        final String toPersona) {
        return side(from, fromSegment, fromPersona) && side(to, toSegment, toPersona);
    }

    private static boolean side(final String pattern, final String segment, final String persona) {
        if ("*".equals(pattern)) {
            return true;
        }
        final String p = pattern.toLowerCase(Locale.ROOT);
        return segment != null && segment.toLowerCase(Locale.ROOT).equals(p)
            || persona != null && persona.toLowerCase(Locale.ROOT).equals(p);
    }
}
