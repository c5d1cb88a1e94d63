package org.custseg.engine.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The cells of one CSV column, filled while streaming, held as compactly as the rules allow.
 *
 * <p>A column starts <b>numeric</b>: while every present cell is a plain number ({@link CsvTable#parseNumber}) it
 * holds a growing {@code double[]} (missing cells {@code NaN}) and per cell one byte saying how to give back its
 * text: the number of decimals of a canonically written number ({@code -12.50}: digits without leading zeros, at
 * most 15 significant digits, no exponent or {@code +}), whose text is rebuilt exactly from the value; {@link #BLANK}
 * for a blank cell; {@link #RAW} for any other cell (missing tokens, infinity, {@code 1e3}, {@code 007}), whose text
 * is kept in a small map. The first present cell that is not a plain number turns the column into <b>text</b>: from
 * then on it holds every cell's trimmed text ({@code null} = blank), the earlier ones rebuilt exactly. So a numeric
 * column needs no strings, and a text column keeps exactly the cells its rules read.
 *
 * <p>Numbers and codes are held in chunks of {@value #CHUNK} rows (no copy of the whole column as it grows), so the
 * feature matrix can be filled chunk by chunk while the chunks are released ({@link #releaseChunk}); a released column
 * is read again from the file by the table when it is asked for again.
 */
final class CsvColumn {

    /** Code of a blank cell. */
    private static final byte BLANK = -1;

    /** Code of a cell whose text is kept in {@link #raw}. */
    private static final byte RAW = -2;

    /** Code of a plain number whose text is not kept (the table reads it again from the file when asked). */
    private static final byte LOST = -3;

    /** Most decimals rebuilt from the value (10^18 is exact in a double). */
    private static final int MAX_SCALE = 18;

    private static final double[] POW10 = new double[MAX_SCALE + 1];

    static {
        double p = 1;
        for (int i = 0; i <= MAX_SCALE; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    /** Rows per chunk (a power of two). */
    static final int CHUNK = 1 << 15;

    private static final int SHIFT = 15;

    private static final int MASK = CHUNK - 1;

    /** Most distinct texts of a column shared by {@link #shared}. */
    private static final int SHARED_MAX = 4096;

    private double[][] values = {new double[256]};
    private byte[][] codes = {null}; // per chunk its codes, or null while they are all uniform[chunk]
    private byte[] uniform = new byte[1];
    private Map<Integer, String> raw = new HashMap<>();
    private String[] text; // non-null once the column holds text
    private Map<String, String> shared = new HashMap<>(); // distinct texts of a text column, while few
    private int size;
    private int present;
    private final boolean rereadable;
    private final boolean ignored;
    private int lost;
    private boolean incomplete; // some texts are not held: the table reads them again from the file
    private boolean released; // some chunks were released: the table reads the column again from the file

    /**
     * @param rereadable whether the file can be read again, so long numbers ({@code 0.10954375655138711}) need not
     *            keep their text
     */
    CsvColumn(final boolean rereadable) {
        this(rereadable, false);
    }

    private CsvColumn(final boolean rereadable, final boolean ignored) {
        this.rereadable = rereadable;
        this.ignored = ignored;
    }

    /** @return a column holding the texts of every cell (for reading a column's texts again) */
    static CsvColumn textOnly() {
        final CsvColumn c = new CsvColumn(false, false);
        c.text = new String[1024];
        c.values = null;
        c.codes = null;
        c.raw = null;
        return c;
    }

    /** @return a column that drops its cells */
    static CsvColumn dropping() {
        return new CsvColumn(false, true);
    }

    /**
     * Appends a cell.
     *
     * @param cell the trimmed cell text, {@code null} when blank
     */
    void add(final String cell) {
        if (cell == null) {
            add(null, 0, 0);
        } else {
            add(cell.toCharArray(), 0, cell.length());
        }
    }

    /**
     * Appends a cell given as characters (no string is made for a number).
     *
     * @param a characters
     * @param off first character of the trimmed cell
     * @param len its length, 0 when blank
     */
    void add(final char[] a, final int off, final int len) {
        if (ignored) {
            return;
        }
        if (text != null) {
            addText(len == 0 ? null : shared(new String(a, off, len)));
            return;
        }
        final int ci = size >>> SHIFT;
        final int i = size & MASK;
        if (ci == values.length) {
            values = Arrays.copyOf(values, ci * 2);
            codes = Arrays.copyOf(codes, ci * 2);
            uniform = Arrays.copyOf(uniform, ci * 2);
        }
        if (values[ci] == null) {
            values[ci] = new double[CHUNK];
        } else if (i == values[ci].length) { // the first chunk grows up to CHUNK rows
            values[ci] = Arrays.copyOf(values[ci], Math.min(CHUNK, i * 4));
            if (codes[ci] != null) {
                codes[ci] = Arrays.copyOf(codes[ci], Math.min(CHUNK, i * 4));
            }
        }
        if (len == 0) {
            values[ci][i] = Double.NaN;
            setCode(ci, i, BLANK);
            size++;
            return;
        }
        if (!addCanonical(a, off, len, ci, i) && !addOther(a, off, len, ci, i)) {
            toText();
            addText(new String(a, off, len));
        }
    }

    /**
     * Stores a cell written as a plain decimal ({@code -12.5}, {@code 007}, {@code .5}, {@code 5.}, no exponent).
     *
     * @return whether the cell was such a number (then it is stored)
     */
    private boolean addCanonical(final char[] a, final int off, final int len, final int ci, final int i) {
        final int end = off + len;
        final boolean negative = a[off] == '-';
        final int intStart = negative ? off + 1 : off;
        long m = 0;
        int digits = 0; // significant digits
        int scale = -1;
        int pointAt = -1;
        boolean anyDigit = false;
        for (int k = intStart; k < end; k++) {
            final char ch = a[k];
            if (ch >= '0' && ch <= '9') {
                anyDigit = true;
                if (m != 0 || ch != '0') {
                    digits++;
                    if (digits > 19) { // beyond an unsigned long: the parser's general path
                        return addLong(a, off, len, ci, i);
                    }
                }
                m = m * 10 + (ch - '0'); // exact: at most 19 significant digits (unsigned)
                if (scale >= 0) {
                    scale++;
                }
            } else if (ch == '.' && scale < 0) {
                scale = 0;
                pointAt = k;
            } else {
                return false; // exponent, '+', grouping, text: the general rules decide
            }
        }
        if (!anyDigit) {
            return false;
        }
        final int intEnd = scale < 0 ? end : pointAt;
        final int s = Math.max(scale, 0);
        if (digits > 15 || intEnd == intStart || scale == 0 || scale > MAX_SCALE
            || a[intStart] == '0' && intEnd - intStart > 1) {
            // a plain number whose text is not rebuilt from its value; its value is exactly m * 10^-s
            final double d = m == 0 ? (negative ? -0.0 : 0.0)
                : DecimalParser.value(m, -s, false, negative, a, off, len);
            storeNumber(d, a, off, len, ci, i);
            return true;
        }
        final double v = m / POW10[s]; // exact operands, one correctly rounded division = Double.parseDouble
        values[ci][i] = negative ? -v : v;
        setCode(ci, i, (byte) s);
        size++;
        present++;
        return true;
    }

    /**
     * Stores a decimal number not written canonically (17 significant digits, leading zeros, ".5", "1e3").
     *
     * @return whether the cell is a number of CsvTable's NUMBER pattern (then it is stored as parseNumber parses it)
     */
    private boolean addLong(final char[] a, final int off, final int len, final int ci, final int i) {
        final double d = DecimalParser.parse(a, off, len);
        if (Double.isNaN(d)) {
            return false; // not of the pattern: the general rules decide
        }
        storeNumber(d, a, off, len, ci, i);
        return true;
    }

    /** Stores a number whose text is not rebuilt from its value (not held when the file can be read again). */
    private void storeNumber(final double d, final char[] a, final int off, final int len, final int ci,
        final int i) {
        values[ci][i] = d;
        if (rereadable && !Double.isInfinite(d)) {
            lost++;
            setCode(ci, i, LOST); // the text is read again from the file only if asked for
        } else {
            setCode(ci, i, RAW);
            raw.put(size, new String(a, off, len));
        }
        size++;
        present++;
    }

    /** @return whether the cell was another plain number or a missing token (then it is stored as written) */
    private boolean addOther(final char[] a, final int off, final int len, final int ci, final int i) {
        final double parsed = DecimalParser.parse(a, off, len); // NaN: not of CsvTable's NUMBER pattern
        final Double d;
        final String cell;
        if (Double.isNaN(parsed)) {
            cell = new String(a, off, len);
            d = CsvTable.parseNumber(cell); // infinity tokens
        } else {
            cell = null;
            d = parsed;
        }
        final boolean missing = d == null && CsvTable.isMissingToken(cell);
        if (d == null && !missing) {
            return false;
        }
        values[ci][i] = missing ? Double.NaN : d;
        if (rereadable && !missing && !d.isInfinite()) {
            lost++;
            setCode(ci, i, LOST); // e.g. 1e3: parsed, the text read again only if asked for
        } else {
            setCode(ci, i, RAW);
            raw.put(size, cell != null ? cell : new String(a, off, len));
        }
        size++;
        if (!missing) {
            present++;
        }
        return true;
    }

    private void toText() {
        final String[] t = new String[Math.max(16, size + (size >> 1))];
        for (int r = 0; r < size; r++) {
            if (code(r) == LOST) {
                incomplete = true;
            } else {
                t[r] = get(r);
            }
        }
        text = t;
        values = null;
        codes = null;
        raw = null;
    }

    /**
     * @return the string held for an equal earlier cell of this column, or {@code cell} (a text column of labels such
     *         as a city holds one string per distinct value, not one per row; up to {@value #SHARED_MAX} values)
     */
    private String shared(final String cell) {
        if (shared == null) {
            return cell;
        }
        final String held = shared.putIfAbsent(cell, cell);
        if (held != null) {
            return held;
        }
        if (shared.size() > SHARED_MAX) {
            shared = null; // many distinct values (ids, names): sharing would not pay
        }
        return cell;
    }

    private void addText(final String cell) {
        if (size == text.length) {
            text = Arrays.copyOf(text, size + (size >> 1));
        }
        text[size++] = cell;
    }

    /** Frees the spare capacity once the last cell is in. */
    void finish() {
        if (ignored) {
            return;
        }
        if (text != null) {
            text = Arrays.copyOf(text, size);
        } else if (size > 0) {
            final int last = (size - 1) >>> SHIFT; // trim the spare capacity of the last chunk
            final int n = size - (last << SHIFT);
            values = Arrays.copyOf(values, last + 1);
            codes = Arrays.copyOf(codes, last + 1);
            uniform = Arrays.copyOf(uniform, last + 1);
            values[last] = Arrays.copyOf(values[last], n);
            if (codes[last] != null) {
                codes[last] = Arrays.copyOf(codes[last], n);
            }
        }
    }

    /** @return whether some cell texts are not held (then {@link #restore} them before asking for texts) */
    boolean incomplete() {
        return text != null ? incomplete : lost > 0;
    }

    /**
     * Gives back the texts not held.
     *
     * @param texts every cell's trimmed text as read again from the file
     */
    void restore(final String[] texts) {
        if (text != null) {
            for (int r = 0; r < size; r++) {
                if (text[r] == null) {
                    text[r] = texts[r];
                }
            }
        } else {
            for (int r = 0; r < size; r++) {
                if (code(r) == LOST) {
                    materialize(r >>> SHIFT)[r & MASK] = RAW;
                    raw.put(r, texts[r]);
                }
            }
        }
        incomplete = false;
        lost = 0;
    }

    /** @return whether every present cell is a plain number (so no text is held) */
    boolean numeric() {
        return text == null;
    }

    /** @return number of cells */
    int size() {
        return size;
    }

    /** @return for a {@link #numeric()} column, the number of cells that are not missing */
    int presentNumbers() {
        return present;
    }

    /**
     * @param row 0-based row
     * @return for a {@link #numeric()} column, the value ({@code NaN} when missing, infinite for infinity tokens)
     */
    double value(final int row) {
        return values[row >>> SHIFT][row & MASK];
    }

    private byte code(final int row) {
        final byte[] c = codes[row >>> SHIFT];
        return c == null ? uniform[row >>> SHIFT] : c[row & MASK];
    }

    /** @return the codes of a chunk as a byte per cell (made from its uniform code if needed) */
    private byte[] materialize(final int ci) {
        if (codes[ci] == null) {
            codes[ci] = new byte[values[ci].length];
            Arrays.fill(codes[ci], uniform[ci]);
        }
        return codes[ci];
    }

    /**
     * Sets the code of the cell just appended (cells are appended in order, so cell 0 of a chunk comes first); a
     * chunk holds a byte per cell only once its codes differ.
     */
    private void setCode(final int ci, final int i, final byte code) {
        final byte[] c = codes[ci];
        if (c != null) {
            c[i] = code;
        } else if (i == 0) {
            uniform[ci] = code;
        } else if (code != uniform[ci]) {
            final byte[] made = new byte[values[ci].length];
            Arrays.fill(made, 0, i, uniform[ci]);
            made[i] = code;
            codes[ci] = made;
        }
    }

    /** @return the number of chunks of a {@link #numeric()} column */
    int chunks() {
        return (size + MASK) >>> SHIFT;
    }

    /**
     * Copies the values of one chunk into column {@code j} of the rows it covers.
     *
     * @param chunk chunk index
     * @param rows row-major rows, one per cell of the column (those of the chunk allocated)
     * @param j the column of the rows to fill
     */
    void copyChunk(final int chunk, final double[][] rows, final int j) {
        final double[] v = values[chunk];
        final int base = chunk << SHIFT;
        final int n = Math.min(CHUNK, size - base);
        for (int k = 0; k < n; k++) {
            rows[base + k][j] = v[k];
        }
    }

    /**
     * Drops one chunk of a {@link #numeric()} column (its values are in the feature matrix); the column is then
     * {@link #released()} and must be read again before any other use.
     *
     * @param chunk chunk index
     */
    void releaseChunk(final int chunk) {
        values[chunk] = null;
        codes[chunk] = null;
        released = true;
    }

    /** @return whether chunks were released (the column must be read again before any use) */
    boolean released() {
        return released;
    }

    /**
     * @param row 0-based row
     * @return the trimmed cell text, {@code null} when blank
     */
    String get(final int row) {
        if (text != null) {
            return text[row];
        }
        final byte c = code(row);
        if (c == BLANK) {
            return null;
        }
        if (c == RAW) {
            return raw.get(row);
        }
        if (c == LOST) {
            throw new IllegalStateException("The text of row " + row + " is not held: restore it first.");
        }
        return canonical(value(row), c);
    }

    /** @return the cells' texts (a new array) */
    String[] texts() {
        if (text != null) {
            return text.clone();
        }
        final String[] t = new String[size];
        for (int r = 0; r < size; r++) {
            t[r] = get(r);
        }
        return t;
    }

    /** Rebuilds the text of a canonical number with {@code scale} decimals from its value. */
    private static String canonical(final double v, final int scale) {
        final long m = Math.round(Math.abs(v) * POW10[scale]); // exact: m < 10^15, error far below 0.5
        final StringBuilder b = new StringBuilder(24);
        if (Double.doubleToRawLongBits(v) < 0) {
            b.append('-');
        }
        final String digits = Long.toString(m);
        if (scale == 0) {
            return b.append(digits).toString();
        }
        for (int z = digits.length(); z <= scale; z++) {
            b.append('0'); // 0.05: zeros before the digits
        }
        b.append(digits);
        b.insert(b.length() - scale, '.');
        return b.toString();
    }
}
