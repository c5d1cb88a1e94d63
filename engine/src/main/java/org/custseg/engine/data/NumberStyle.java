package org.custseg.engine.data;

import java.util.regex.Pattern;

/**
 * How the numbers of one CSV column are written, recognised from all its cells, and parsing in that style. The one
 * place where number formats are recognised ({@link CsvTable} asks it for every column).
 *
 * <h2>Styles</h2>
 * <ul>
 * <li>{@link Kind#PLAIN}: {@code 1234.5}, {@code -0.25}, {@code 1e3} (and the infinity tokens of
 * {@link CsvTable#parseNumber}) — every present cell is such a number.</li>
 * <li>{@link Kind#THOUSANDS_COMMA}: {@code "7,682.30"} as spreadsheets write it (the field quoted in a
 * comma-separated file): digits in groups of three separated by commas, optional {@code .} decimals. The commas are
 * removed. Recognised when every present cell is plain or grouped this way and at least one is grouped.</li>
 * <li>{@link Kind#DECIMAL_COMMA}: {@code 7682,30} or {@code 7.682,30} (European spreadsheets): a decimal comma,
 * optional dots between groups of three digits. Recognised when every present cell is a whole number or written
 * this way, at least one has a decimal comma, and none has a dot followed by other than three digits.</li>
 * </ul>
 * A value such as {@code 1,234} fits both comma styles: in a semicolon- or tab-separated file it is read as a
 * decimal comma (1.234), in a comma-separated file as a thousands separator (1234). A column whose cells fit no
 * single style although most of them look like numbers in one of the styles (e.g. {@code 1,5} next to
 * {@code 1,234.5}) is {@link Kind#AMBIGUOUS}: the command line stops and names the column and an example value
 * instead of guessing or leaving the column out.
 *
 * @param kind the style
 * @param example for {@link Kind#AMBIGUOUS}, a cell that does not fit; for the comma styles, a cell showing the
 *            style; otherwise {@code null}
 */
public record NumberStyle(Kind kind, String example) {

    /** Number styles. */
    public enum Kind {
        /** '.' decimal point, no grouping */
        PLAIN,
        /** ',' between groups of three digits, '.' decimal point */
        THOUSANDS_COMMA,
        /** ',' decimal mark, optional '.' between groups of three digits */
        DECIMAL_COMMA,
        /** mostly numbers, but written in more than one way */
        AMBIGUOUS,
        /** not numbers (or no present cell) */
        TEXT
    }

    private static final Pattern GROUPED = Pattern.compile("[+-]?\\d{1,3}(,\\d{3})+(\\.\\d+)?");

    private static final Pattern DECIMAL_COMMA = Pattern.compile("[+-]?(\\d{1,3}(\\.\\d{3})+|\\d+)(,\\d+)?");

    private static final Pattern HAS_DIGIT = Pattern.compile(".*\\d.*");

    /**
     * Recognises the style of a column.
     *
     * @param cells trimmed cells, {@code null} or missing tokens are skipped
     * @param separator the file's field separator (decides {@code 1,234})
     * @return the style
     */
    public static NumberStyle detect(final String[] cells, final char separator) {
        int present = 0;
        int plain = 0;
        int grouped = 0;
        int decimalComma = 0;
        int commaish = 0;
        String notPlain = null;
        String groupedExample = null;
        String decimalExample = null;
        for (final String c : cells) {
            if (CsvTable.isMissingToken(c)) {
                continue;
            }
            present++;
            if (CsvTable.parseNumber(c) != null) {
                plain++;
                continue;
            }
            if (notPlain == null) {
                notPlain = c;
            }
            final boolean digitFirst = startsLikeGrouped(c); // both patterns need a sign or digit first
            final boolean g = digitFirst && GROUPED.matcher(c).matches();
            final boolean d = digitFirst && DECIMAL_COMMA.matcher(c).matches();
            if (g) {
                grouped++;
                groupedExample = groupedExample == null ? c : groupedExample;
            }
            if (d) {
                decimalComma++;
                decimalExample = decimalExample == null ? c : decimalExample;
            }
            if (g || d || c.indexOf(',') >= 0 && numberCharsOnly(c) && HAS_DIGIT.matcher(c).matches()) {
                commaish++;
            }
        }
        if (present == 0 || plain == present) {
            return new NumberStyle(present == 0 ? Kind.TEXT : Kind.PLAIN, null);
        }
        final boolean thousandsFits = plain + grouped == present;
        final boolean decimalFits = plain + decimalComma == present && !hasPlainDecimalPoint(cells);
        if (separator == ',') {
            if (thousandsFits) {
                return new NumberStyle(Kind.THOUSANDS_COMMA, groupedExample);
            }
            if (decimalFits) {
                return new NumberStyle(Kind.DECIMAL_COMMA, decimalExample);
            }
        } else {
            if (decimalFits) {
                return new NumberStyle(Kind.DECIMAL_COMMA, decimalExample);
            }
            if (thousandsFits) {
                return new NumberStyle(Kind.THOUSANDS_COMMA, groupedExample);
            }
        }
        if ((plain + commaish) * 2 > present && commaish > 0) {
            return new NumberStyle(Kind.AMBIGUOUS, firstMisfit(cells, separator == ','));
        }
        return new NumberStyle(Kind.TEXT, null);
    }

    private static boolean startsLikeGrouped(final String c) {
        final char f = c.charAt(0);
        return f >= '0' && f <= '9' || f == '+' || f == '-';
    }

    /** @return whether every character is one of {@code 0-9 + - . , e E} or a space (as [0-9+\-.,eE ]+) */
    private static boolean numberCharsOnly(final String c) {
        for (int i = 0; i < c.length(); i++) {
            final char ch = c.charAt(i);
            if (!(ch >= '0' && ch <= '9' || ch == '+' || ch == '-' || ch == '.' || ch == ',' || ch == 'e' || ch == 'E'
                || ch == ' ')) {
                return false;
            }
        }
        return !c.isEmpty();
    }

    /** A plain cell with a decimal point that is not a thousands group rules out the decimal-comma style. */
    private static boolean hasPlainDecimalPoint(final String[] cells) {
        for (final String c : cells) {
            if (!CsvTable.isMissingToken(c) && c.indexOf('.') >= 0 && CsvTable.parseNumber(c) != null
                && !DECIMAL_COMMA.matcher(c).matches()) {
                return true;
            }
        }
        return false;
    }

    private static String firstMisfit(final String[] cells, final boolean preferThousands) {
        for (final String c : cells) {
            if (CsvTable.isMissingToken(c) || CsvTable.parseNumber(c) != null) {
                continue;
            }
            if (preferThousands ? !GROUPED.matcher(c).matches() : !DECIMAL_COMMA.matcher(c).matches()) {
                return c;
            }
        }
        return null;
    }

    /**
     * @param text a trimmed cell
     * @return its number in this style, or {@code null} when it is not one (see {@link CsvTable#parseNumber})
     */
    public Double parse(final String text) {
        if (kind == Kind.DECIMAL_COMMA && text != null && DECIMAL_COMMA.matcher(text).matches()) {
            return Double.valueOf(text.replace(".", "").replace(',', '.')); // "1.234" is 1234 here
        }
        final Double plain = CsvTable.parseNumber(text);
        if (plain != null || text == null) {
            return plain;
        }
        switch (kind) {
            case THOUSANDS_COMMA:
                return GROUPED.matcher(text).matches() ? Double.valueOf(text.replace(",", "")) : null;
            case DECIMAL_COMMA:
                return DECIMAL_COMMA.matcher(text).matches()
                    ? Double.valueOf(text.replace(".", "").replace(',', '.')) : null;
            default:
                return null;
        }
    }

    /** @return how the style is described to the user, e.g. "thousands separators (e.g. "7,682.30")" */
    public String describe() {
        switch (kind) {
            case THOUSANDS_COMMA:
                return "numbers with thousands separators (e.g. \"" + example + "\")";
            case DECIMAL_COMMA:
                return "numbers with a decimal comma (e.g. \"" + example + "\")";
            default:
                return kind.name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
