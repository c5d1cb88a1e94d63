package org.knime.core.node.util.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.NodeSettingsRO;
import org.knime.core.node.NodeSettingsWO;
import org.knime.core.node.util.filter.NameFilterConfiguration.FilterResult;

/**
 * Package-private name-pattern part of {@link NameFilterConfiguration}; stands in for
 * KNIME's {@code PatternFilterConfiguration}. Saved keys as in KNIME 5.3:
 * {@code pattern}, {@code type} (Wildcard|Regex), {@code caseSensitive},
 * {@code excludeMatching}.
 */
final class PatternSelection implements Cloneable {

    /** Filter type identifier and sub-config key. */
    static final String TYPE = "name_pattern";

    private static final String KEY_PATTERN = "pattern";

    private static final String KEY_TYPE = "type";

    private static final String KEY_CASE_SENSITIVE = "caseSensitive";

    private static final String KEY_EXCLUDE_MATCHING = "excludeMatching";

    private static final String WILDCARD = "Wildcard";

    private static final String REGEX = "Regex";

    private String m_pattern = "";

    private String m_type = WILDCARD;

    private boolean m_caseSensitive = true;

    private boolean m_excludeMatching;

    void loadInModel(final NodeSettingsRO settings) throws InvalidSettingsException {
        String pattern = settings.getString(KEY_PATTERN);
        if (pattern == null) {
            throw new InvalidSettingsException("Name pattern must not be null");
        }
        String type = settings.getString(KEY_TYPE);
        if (!WILDCARD.equals(type) && !REGEX.equals(type)) {
            throw new InvalidSettingsException(
                "Illegal pattern type: " + type + " (expected " + WILDCARD + " or " + REGEX + ")");
        }
        boolean caseSensitive = settings.getBoolean(KEY_CASE_SENSITIVE);
        boolean exclude = settings.getBoolean(KEY_EXCLUDE_MATCHING, false);
        try {
            compile(pattern, type, caseSensitive);
        } catch (PatternSyntaxException e) {
            throw new InvalidSettingsException("The name pattern \"" + pattern + "\" is invalid: "
                + e.getDescription(), e);
        }
        m_pattern = pattern;
        m_type = type;
        m_caseSensitive = caseSensitive;
        m_excludeMatching = exclude;
    }

    void loadInDialog(final NodeSettingsRO settings) {
        String pattern = settings.getString(KEY_PATTERN, null);
        m_pattern = pattern == null ? "" : pattern;
        String type = settings.getString(KEY_TYPE, null);
        m_type = REGEX.equals(type) ? REGEX : WILDCARD;
        m_caseSensitive = settings.getBoolean(KEY_CASE_SENSITIVE, true);
        m_excludeMatching = settings.getBoolean(KEY_EXCLUDE_MATCHING, false);
    }

    void save(final NodeSettingsWO settings) {
        settings.addString(KEY_PATTERN, m_pattern);
        settings.addString(KEY_TYPE, m_type);
        settings.addBoolean(KEY_CASE_SENSITIVE, m_caseSensitive);
        settings.addBoolean(KEY_EXCLUDE_MATCHING, m_excludeMatching);
    }

    FilterResult applyTo(final String[] names) {
        Pattern p = compile(m_pattern, m_type, m_caseSensitive);
        List<String> matching = new ArrayList<>();
        List<String> other = new ArrayList<>();
        for (String n : names) {
            (p.matcher(n).matches() ? matching : other).add(n);
        }
        List<String> none = new ArrayList<>();
        return m_excludeMatching ? new FilterResult(other, matching, none, none)
            : new FilterResult(matching, other, none, none);
    }

    private static Pattern compile(final String pattern, final String type, final boolean caseSensitive) {
        String regex = WILDCARD.equals(type) ? wildcardToRegex(pattern) : pattern;
        return caseSensitive ? Pattern.compile(regex)
            : Pattern.compile(regex, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    /** '*' matches any run of characters, '?' one character; everything else is literal. */
    private static String wildcardToRegex(final String wildcard) {
        StringBuilder b = new StringBuilder();
        StringBuilder literal = new StringBuilder();
        for (char c : wildcard.toCharArray()) {
            if (c == '*' || c == '?') {
                if (literal.length() > 0) {
                    b.append(Pattern.quote(literal.toString()));
                    literal.setLength(0);
                }
                b.append(c == '*' ? ".*" : ".");
            } else {
                literal.append(c);
            }
        }
        if (literal.length() > 0) {
            b.append(Pattern.quote(literal.toString()));
        }
        return b.toString();
    }

    @Override
    protected PatternSelection clone() {
        try {
            return (PatternSelection)super.clone();
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public boolean equals(final Object obj) {
        if (!(obj instanceof PatternSelection)) {
            return false;
        }
        PatternSelection o = (PatternSelection)obj;
        return m_caseSensitive == o.m_caseSensitive && m_excludeMatching == o.m_excludeMatching
            && m_pattern.equals(o.m_pattern) && m_type.equals(o.m_type);
    }

    @Override
    public int hashCode() {
        return Objects.hash(m_pattern, m_type, m_caseSensitive, m_excludeMatching);
    }

    @Override
    public String toString() {
        return "(" + m_type + " - " + (m_caseSensitive ? "" : "not ") + "case sensitive - "
            + (m_excludeMatching ? "exclude" : "include") + " matching): " + m_pattern;
    }
}
