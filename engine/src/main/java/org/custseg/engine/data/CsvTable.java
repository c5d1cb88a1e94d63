package org.custseg.engine.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.custseg.engine.SegmentationException;

/**
 * A CSV file with typed access, for the command line (the KNIME nodes build a {@link FeatureMatrix} from a table
 * instead). Read in one streaming pass ({@link CsvReader}); a column whose present cells are all plain numbers is held
 * as a {@code double[]} without its texts, which are rebuilt exactly when asked for ({@link CsvColumn}). The row-id
 * rules live in {@link IdentifierRules}, the feature choice in {@link FeatureChoice}.
 *
 * <h2>Reading rules</h2>
 * <ul>
 * <li>UTF-8, with or without a byte-order mark; RFC 4180 quoting (fields in double quotes may hold commas, quotes
 * doubled, line breaks). The separator is a comma; if the header line holds no comma but a semicolon (or else a tab),
 * that character is used instead.</li>
 * <li>The first non-blank line is the header. Names are trimmed; an empty or duplicated name is an error naming the
 * column positions. Blank lines are skipped. A line with a different number of fields than the header is an error
 * naming the line.</li>
 * <li>Cells are trimmed. A blank cell, or one of {@code NA}, {@code N/A}, {@code NaN}, {@code null}, {@code ?}
 * (any case), is <b>missing</b> and handled by the missing-value policy.</li>
 * <li>Numbers: optional sign, digits with an optional decimal point, optional exponent ({@code 1.5e3}); no
 * hexadecimal. A column written with thousands separators ({@code "7,682.30"}) or a decimal comma ({@code 7682,30},
 * {@code 7.682,30}) is recognised as a whole and read correctly; a column mixing styles is an error naming the
 * column and a value (see {@link NumberStyle}). {@code Inf}, {@code Infinity} (any case, optional sign) and numbers too large for a
 * double are <b>infinite</b>: an error when the column is used as a feature, because a segment cannot be computed
 * from them.</li>
 * <li>Text in a used numeric column is an error naming the column, the line (1-based, header = line 1 for a file
 * without leading blank lines), the row id and the value.</li>
 * </ul>
 *
 * <h2>Default feature columns</h2>
 * All {@link ColumnKind#NUMERIC} columns except the id column and identifier-like columns (see
 * {@link #isIdentifierName} and {@link #looksLikeKey}); empty and text columns are skipped. Every skipped column is
 * reported with its reason.
 *
 * <h2>Row ids</h2>
 * With an id column: its trimmed values; a blank or duplicate id is an error naming the lines. Without one: the first
 * identifier-like column whose values are all present and unique, otherwise the 1-based data row number.
 */
public final class CsvTable {

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private static final Pattern INFINITY = Pattern.compile("[+-]?(inf|infinity)", Pattern.CASE_INSENSITIVE);

    private static final Set<String> MISSING_TOKENS = Set.of("na", "n/a", "nan", "null", "?");

    /** Minimum rows before the value rule of {@link #looksLikeKey} applies. */
    public static final int KEY_RULE_MIN_ROWS = 10;

    private final String source;
    private final List<String> header;
    private final CsvColumn[] cells; // per column
    private final CsvLines lines;
    private final char separator;
    private final NumberStyle[] styles; // per column, recognised on first use
    private final ColumnKind[] kinds; // per column, inferred on first use
    private final Map<String, Integer> index = new HashMap<>();
    private final Path file; // to read texts not kept again; null for a reader
    private FileStamp stamp; // the file's size and modification time before it was read

    /** Size and modification time of a file: texts are read again only from the file as it was read first. */
    private record FileStamp(long size, FileTime modified) {
        static FileStamp of(final Path f) throws IOException {
            return new FileStamp(Files.size(f), Files.getLastModifiedTime(f));
        }
    }

    CsvTable(final String source, final List<String> header, final CsvColumn[] cells, final CsvLines lines,
        final char separator, final Path file) {
        this.source = source;
        this.file = file;
        this.separator = separator;
        this.styles = new NumberStyle[header.size()];
        this.kinds = new ColumnKind[header.size()];
        this.header = List.copyOf(header);
        this.cells = cells;
        this.lines = lines;
        for (int c = 0; c < header.size(); c++) {
            index.put(header.get(c), c);
        }
    }

    /**
     * @param file a CSV file
     * @return the table
     * @throws SegmentationException if the file cannot be read or is malformed (message names file and line)
     */
    public static CsvTable read(final Path file) throws SegmentationException {
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            final FileStamp before = FileStamp.of(file);
            final CsvTable table = CsvReader.read(r, file.toString(), file);
            table.stamp = before;
            return table;
        } catch (final NoSuchFileException e) {
            throw new SegmentationException("The input file " + file + " does not exist: check the path.", e);
        } catch (final CharacterCodingException e) {
            throw new SegmentationException("The input file " + file
                + " is not valid UTF-8 text: save it as UTF-8 (CSV UTF-8 in spreadsheet programs).", e);
        } catch (final IOException e) {
            throw new SegmentationException("Cannot read the input file " + file + ": " + e.getMessage(), e);
        }
    }

    /**
     * @param reader CSV text (a leading byte-order mark is ignored); read to the end and closed
     * @param source name used in messages (e.g. the file name)
     * @return the table
     * @throws SegmentationException if the text is malformed
     * @throws IOException if reading fails ({@link CharacterCodingException} for text that is not UTF-8)
     */
    public static CsvTable parse(final Reader reader, final String source) throws SegmentationException, IOException {
        try (Reader r = reader) {
            return CsvReader.read(r, source, null);
        }
    }

    /** @return the name used in messages */
    public String source() {
        return source;
    }

    /** @return the column names, in file order */
    public List<String> header() {
        return header;
    }

    /** @return number of data rows */
    public int rows() {
        return lines.size();
    }

    /** @return number of columns */
    public int columns() {
        return header.size();
    }

    /**
     * @param name a column name
     * @return its 0-based index, -1 if absent
     */
    public int columnIndex(final String name) {
        final Integer i = index.get(name);
        return i == null ? -1 : i;
    }

    /**
     * @param row 0-based data row
     * @param column 0-based column
     * @return the trimmed cell text, {@code null} when blank
     */
    public String cell(final int row, final int column) {
        return cells(header.get(column)).get(row);
    }

    /**
     * @param row 0-based data row
     * @param column a column name
     * @return the trimmed cell text, {@code null} when blank
     */
    public String cell(final int row, final String column) {
        return cells(column).get(row);
    }

    /**
     * @param row 0-based data row
     * @return the 1-based line of the file where the row starts
     */
    public long lineNumber(final int row) {
        return lines.get(row);
    }

    /**
     * @param column a column name
     * @return its cells (trimmed, {@code null} = blank)
     */
    public List<String> column(final String column) {
        return java.util.Collections.unmodifiableList(Arrays.asList(cells(column).texts()));
    }

    /** @return the cells of a column, every text available (texts not kept are read again from the file) */
    CsvColumn cells(final String column) {
        final CsvColumn col = stored(column);
        if (col.incomplete()) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                requireUnchanged();
                col.restore(CsvReader.texts(r, source, require(column)));
            } catch (final IOException | SegmentationException e) {
                throw new UncheckedIOException("Cannot read " + source + " again: " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
            }
        }
        return col;
    }

    /** @return the cells of a column for its values: a numeric column as it is, a text column with every text */
    CsvColumn forValues(final String column) {
        final CsvColumn col = stored(column);
        return col.numeric() ? col : cells(column);
    }

    /** @return the column as stored, read again from the file if it was released into a feature matrix */
    private CsvColumn stored(final String column) {
        final int c = require(column);
        if (cells[c].released()) {
            try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                requireUnchanged();
                cells[c] = CsvReader.column(r, source, c);
            } catch (final IOException | SegmentationException e) {
                throw new UncheckedIOException("Cannot read " + source + " again: " + e.getMessage(),
                    e instanceof IOException io ? io : new IOException(e));
            }
        }
        return cells[c];
    }

    private void requireUnchanged() throws IOException {
        if (!FileStamp.of(file).equals(stamp)) {
            throw new IOException("the file changed after it was first read (size or modification time"
                + " differ); run again once nothing writes to it");
        }
    }

    /**
     * @return whether columns can be read again from the file, so a numeric column's values can be released once they
     *         are in a feature matrix
     */
    boolean rereadable() {
        return file != null;
    }

    /**
     * Stops at the first infinite value of a numeric column (the check of {@link #numericColumn} without its copy).
     *
     * @param column a column name whose cells are {@link CsvColumn#numeric()}
     * @param rowIds ids used in messages (may be {@code null})
     * @throws SegmentationException naming the column, line, row id and value
     */
    void requireFinite(final String column, final List<String> rowIds) throws SegmentationException {
        final CsvColumn col = forValues(column);
        for (int r = 0; r < col.size(); r++) {
            final double v = col.value(r);
            if (Double.isInfinite(v)) {
                throw badNumber(column, r, rowIds, v);
            }
        }
    }

    private int require(final String column) {
        final Integer c = index.get(column);
        if (c == null) {
            throw new IllegalArgumentException("No column \"" + column + "\" in " + source);
        }
        return c;
    }

    /**
     * @param text a trimmed cell, may be {@code null}
     * @return whether the cell counts as missing (blank, NA, N/A, NaN, null, ?)
     */
    public static boolean isMissingToken(final String text) {
        // lower-casing never shortens a text, and no token is longer than 4 characters
        return text == null || text.isEmpty()
            || text.length() <= 4 && MISSING_TOKENS.contains(text.toLowerCase(Locale.ROOT));
    }

    /**
     * @param text a trimmed cell
     * @return the number, {@code ±Infinity} for infinity tokens and overflowing numbers, or {@code null} when the text
     *         is not a number (missing tokens are not numbers either)
     */
    public static Double parseNumber(final String text) {
        if (text == null || text.isEmpty() || !mayStartNumber(text.charAt(0))) {
            return null; // neither NUMBER nor INFINITY can match (most texts: no pattern run)
        }
        if (NUMBER.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        if (INFINITY.matcher(text).matches()) {
            return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return null;
    }

    /** @return whether a text starting with {@code c} can be a number or an infinity token (see the patterns) */
    static boolean mayStartNumber(final char c) {
        return c >= '0' && c <= '9' || c == '+' || c == '-' || c == '.' || c == 'i' || c == 'I';
    }

    /**
     * @param column a column name
     * @return the inferred kind (see {@link ColumnKind})
     */
    public ColumnKind kind(final String column) {
        final int c = require(column);
        if (kinds[c] == null) {
            kinds[c] = inferKind(forValues(column), numberStyle(column));
        }
        return kinds[c];
    }

    private static ColumnKind inferKind(final CsvColumn col, final NumberStyle style) {
        if (col.numeric()) {
            return col.presentNumbers() == 0 ? ColumnKind.EMPTY : ColumnKind.NUMERIC;
        }
        int numbers = 0;
        int present = 0;
        for (int r = 0; r < col.size(); r++) {
            final String v = col.get(r);
            if (isMissingToken(v)) {
                continue;
            }
            present++;
            if (style.parse(v) != null) {
                numbers++;
            }
        }
        if (present == 0) {
            return ColumnKind.EMPTY;
        }
        return numbers * 2 > present ? ColumnKind.NUMERIC : ColumnKind.TEXT;
    }

    /**
     * @param column a column name
     * @return how its numbers are written (see {@link NumberStyle}); recognised once from all its cells
     */
    public NumberStyle numberStyle(final String column) {
        final int c = require(column);
        if (styles[c] == null) {
            final CsvColumn col = forValues(column);
            styles[c] = col.numeric() // every present cell a plain number: what detect finds, without the texts
                ? new NumberStyle(col.presentNumbers() == 0 ? NumberStyle.Kind.TEXT : NumberStyle.Kind.PLAIN, null)
                : NumberStyle.detect(col.texts(), separator);
        }
        return styles[c];
    }

    /**
     * Reads a column as numbers in its {@link #numberStyle}: missing tokens become {@code NaN}; text is an error.
     *
     * @param column a column name
     * @param rowIds ids used in messages (may be {@code null})
     * @param allowInfinite whether infinite values are returned (otherwise an error)
     * @return the values
     * @throws SegmentationException naming the column, line, row id and value of the first bad cell
     */
    public double[] numericColumn(final String column, final List<String> rowIds, final boolean allowInfinite)
        throws SegmentationException {
        final CsvColumn col = forValues(column);
        final NumberStyle style = numberStyle(column);
        final double[] out = new double[col.size()];
        for (int r = 0; r < out.length; r++) {
            final Double v;
            if (col.numeric()) {
                v = col.value(r);
                if (Double.isNaN(v)) {
                    out[r] = Double.NaN; // blank or a missing token: no number cell is NaN
                    continue;
                }
            } else {
                final String text = col.get(r);
                if (isMissingToken(text)) {
                    out[r] = Double.NaN;
                    continue;
                }
                v = style.parse(text);
            }
            if (v == null || v.isInfinite() && !allowInfinite) {
                throw badNumber(column, r, rowIds, v);
            }
            out[r] = v;
        }
        return out;
    }

    private SegmentationException badNumber(final String column, final int r, final List<String> rowIds,
        final Double v) {
        final String text = cells(column).get(r);
        final String where = "column \"" + column + "\", line " + lines.get(r) + " of " + source
            + (rowIds == null ? "" : " (row id \"" + rowIds.get(r) + "\")");
        if (v == null) {
            return new SegmentationException("Text in a numeric column: " + where + " holds \"" + text
                + "\", which is not a number. Fix the value (numbers use a decimal point and no thousands "
                + "separator), leave the cell empty to mark it missing, or leave the column out.");
        }
        return new SegmentationException("Infinite value: " + where + " holds \"" + text
            + "\", which cannot be segmented. Replace it with a finite number or leave the cell empty to "
            + "mark it missing.");
    }

    /**
     * The name rule for identifier-like columns (see {@link IdentifierRules#isIdentifierName}).
     *
     * @param name a column name
     * @return whether the name marks an identifier
     */
    public static boolean isIdentifierName(final String name) {
        return IdentifierRules.isIdentifierName(name);
    }

    /**
     * The value rule for identifier-like columns (see {@link IdentifierRules#looksLikeKey}).
     *
     * @param column a column name
     * @return whether the values look like a key
     */
    public boolean looksLikeKey(final String column) {
        return IdentifierRules.looksLikeKey(forValues(column));
    }

    /**
     * Chooses the feature columns and builds the feature matrix (see the class comment for the rules).
     *
     * @param requested the feature columns wanted, in order; empty (or {@code null}) = the default selection
     * @param idColumn the column holding row ids, or {@code null} to pick one automatically
     * @return the matrix and the account of used and skipped columns
     * @throws SegmentationException for an unknown, empty or non-numeric requested column, text or infinity in a used
     *             column, a blank or duplicate id, or when no usable column remains
     */
    public ColumnSelection selectFeatures(final List<String> requested, final String idColumn)
        throws SegmentationException {
        return selectFeatures(requested, idColumn, false);
    }

    /**
     * As {@link #selectFeatures(List, String)}; with {@code nominalAllowed} a requested text column becomes a nominal
     * feature (K-Medoids with Gower distance): its distinct values, sorted, are the categories and the matrix holds
     * their codes (missing tokens stay missing). The default selection stays numeric. See {@link FeatureChoice}.
     *
     * @param requested the feature columns wanted, in order; empty (or {@code null}) = the default selection
     * @param idColumn the column holding row ids, or {@code null} to pick one automatically
     * @param nominalAllowed whether requested text columns become nominal features
     * @return the matrix and the account of used and skipped columns
     * @throws SegmentationException as above
     */
    public ColumnSelection selectFeatures(final List<String> requested, final String idColumn,
        final boolean nominalAllowed) throws SegmentationException {
        return new FeatureChoice(this).select(requested, idColumn, nominalAllowed);
    }
}
