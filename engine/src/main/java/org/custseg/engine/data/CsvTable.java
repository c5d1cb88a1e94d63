package org.custseg.engine.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.custseg.engine.SegmentationException;

/**
 * A CSV file held as text cells, with typed access, for the command line (the KNIME nodes build a
 * {@link FeatureMatrix} from a table instead).
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

    private static final Set<String> ID_TOKENS =
        Set.of("id", "ids", "key", "serial", "sl", "sno", "srno", "idx", "index", "uuid", "guid", "rowid", "pk");

    private static final Set<String> NUMBER_TOKENS = Set.of("no", "nr", "num", "number");

    /** Minimum rows before the value rule of {@link #looksLikeKey} applies. */
    public static final int KEY_RULE_MIN_ROWS = 10;

    private final String source;
    private final List<String> header;
    private final String[][] cells; // [column][row], null = blank
    private final long[] lines;
    private final char separator;
    private final NumberStyle[] styles; // per column, recognised on first use
    private final Map<String, Integer> index = new HashMap<>();

    private CsvTable(final String source, final List<String> header, final String[][] cells, final long[] lines,
        final char separator) {
        this.source = source;
        this.separator = separator;
        this.styles = new NumberStyle[header.size()];
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
            return parse(r, file.toString());
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
        final BufferedReader in = new BufferedReader(reader, 1 << 16);
        in.mark(1);
        final int first = in.read();
        if (first != '\uFEFF' && first >= 0) {
            in.reset();
        }
        final char sep = separator(in);
        final CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(sep).setIgnoreEmptyLines(false).build();
        List<String> header = null;
        List<List<String>> columns = null;
        final List<Long> lineList = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            long consumed = 0;
            for (final CSVRecord rec : parser) {
                final long line = consumed + 1;
                consumed = parser.getCurrentLineNumber();
                if (rec.size() == 1 && rec.get(0).isBlank()) {
                    continue; // blank line
                }
                if (header == null) {
                    header = new ArrayList<>();
                    final Map<String, Integer> seen = new HashMap<>();
                    for (int c = 0; c < rec.size(); c++) {
                        final String name = rec.get(c).trim();
                        if (name.isEmpty()) {
                            throw new SegmentationException("Column " + (c + 1) + " of the header (line " + line
                                + " of " + source + ") has no name: give every column a name.");
                        }
                        final Integer prev = seen.put(name, c);
                        if (prev != null) {
                            throw new SegmentationException("The header of " + source + " names the column \"" + name
                                + "\" twice (columns " + (prev + 1) + " and " + (c + 1)
                                + "): rename one so every column name is unique.");
                        }
                        header.add(name);
                    }
                    columns = new ArrayList<>();
                    for (int c = 0; c < header.size(); c++) {
                        columns.add(new ArrayList<>());
                    }
                    continue;
                }
                if (rec.size() != header.size()) {
                    throw new SegmentationException("Line " + line + " of " + source + " has " + rec.size()
                        + " fields but the header has " + header.size()
                        + ": check for a missing or extra separator or an unbalanced quote.");
                }
                for (int c = 0; c < rec.size(); c++) {
                    final String v = rec.get(c).trim();
                    columns.get(c).add(v.isEmpty() ? null : v);
                }
                lineList.add(line);
            }
        } catch (final UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException cce) {
                throw cce;
            }
            throw new SegmentationException("The file " + source + " is not valid CSV: " + e.getMessage()
                + " (check for an unbalanced double quote).", e);
        } catch (final IllegalStateException e) {
            throw new SegmentationException("The file " + source + " is not valid CSV: " + e.getMessage()
                + " (check for an unbalanced double quote).", e);
        }
        if (header == null) {
            throw new SegmentationException("The file " + source
                + " is empty: it needs a header line with column names and at least one data row.");
        }
        if (lineList.isEmpty()) {
            throw new SegmentationException("The file " + source
                + " has a header but no data rows: add at least one row of values.");
        }
        final String[][] cells = new String[header.size()][];
        for (int c = 0; c < header.size(); c++) {
            cells[c] = columns.get(c).toArray(new String[0]);
            columns.set(c, null);
        }
        final long[] lines = lineList.stream().mapToLong(Long::longValue).toArray();
        return new CsvTable(source, header, cells, lines, sep);
    }

    /** Peeks at the first non-blank line (within 1 MB) and picks the separator; the reader is reset. */
    private static char separator(final BufferedReader in) throws IOException {
        in.mark(1 << 20);
        String first = null;
        try {
            int read = 0;
            String line;
            while ((line = in.readLine()) != null) {
                read += line.length() + 1;
                if (!line.isBlank() || read > (1 << 19)) {
                    first = line;
                    break;
                }
            }
        } finally {
            in.reset();
        }
        if (first == null || first.indexOf(',') >= 0) {
            return ',';
        }
        if (first.indexOf(';') >= 0) {
            return ';';
        }
        if (first.indexOf('\t') >= 0) {
            return '\t';
        }
        return ',';
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
        return lines.length;
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
        return cells[column][row];
    }

    /**
     * @param row 0-based data row
     * @param column a column name
     * @return the trimmed cell text, {@code null} when blank
     */
    public String cell(final int row, final String column) {
        return cells[require(column)][row];
    }

    /**
     * @param row 0-based data row
     * @return the 1-based line of the file where the row starts
     */
    public long lineNumber(final int row) {
        return lines[row];
    }

    /**
     * @param column a column name
     * @return its cells (trimmed, {@code null} = blank)
     */
    public List<String> column(final String column) {
        return java.util.Collections.unmodifiableList(Arrays.asList(cells[require(column)].clone()));
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
        return text == null || text.isEmpty() || MISSING_TOKENS.contains(text.toLowerCase(Locale.ROOT));
    }

    /**
     * @param text a trimmed cell
     * @return the number, {@code ±Infinity} for infinity tokens and overflowing numbers, or {@code null} when the text
     *         is not a number (missing tokens are not numbers either)
     */
    public static Double parseNumber(final String text) {
        if (text == null) {
            return null;
        }
        if (NUMBER.matcher(text).matches()) {
            return Double.parseDouble(text);
        }
        if (INFINITY.matcher(text).matches()) {
            return text.startsWith("-") ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        return null;
    }

    /**
     * @param column a column name
     * @return the inferred kind (see {@link ColumnKind})
     */
    public ColumnKind kind(final String column) {
        final String[] col = cells[require(column)];
        final NumberStyle style = numberStyle(column);
        int numbers = 0;
        int present = 0;
        for (final String v : col) {
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
            styles[c] = NumberStyle.detect(cells[c], separator);
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
        final String[] col = cells[require(column)];
        final NumberStyle style = numberStyle(column);
        final double[] out = new double[col.length];
        for (int r = 0; r < col.length; r++) {
            if (isMissingToken(col[r])) {
                out[r] = Double.NaN;
                continue;
            }
            final Double v = style.parse(col[r]);
            final String where = "column \"" + column + "\", line " + lines[r] + " of " + source
                + (rowIds == null ? "" : " (row id \"" + rowIds.get(r) + "\")");
            if (v == null) {
                throw new SegmentationException("Text in a numeric column: " + where + " holds \"" + col[r]
                    + "\", which is not a number. Fix the value (numbers use a decimal point and no thousands "
                    + "separator), leave the cell empty to mark it missing, or leave the column out.");
            }
            if (v.isInfinite() && !allowInfinite) {
                throw new SegmentationException("Infinite value: " + where + " holds \"" + col[r]
                    + "\", which cannot be segmented. Replace it with a finite number or leave the cell empty to "
                    + "mark it missing.");
            }
            out[r] = v;
        }
        return out;
    }

    /**
     * The name rule for identifier-like columns. The name is split into lower-case words at non-letters/digits and
     * camel-case boundaries; it is identifier-like if a word is one of {@code id, ids, key, serial, sl, sno, srno,
     * idx, index, uuid, guid, rowid, pk}, or if the last word is {@code no, nr, num, number} and there is more than one
     * word (e.g. {@code Sl_No}, {@code Customer Key}, {@code customer_id}, {@code CustomerID}, {@code Account No}).
     *
     * @param name a column name
     * @return whether the name marks an identifier
     */
    public static boolean isIdentifierName(final String name) {
        final String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
        final String[] words = spaced.toLowerCase(Locale.ROOT).split("[^a-z0-9]+");
        final List<String> w = new ArrayList<>();
        for (final String s : words) {
            if (!s.isEmpty()) {
                w.add(s);
            }
        }
        if (w.isEmpty()) {
            return false;
        }
        for (final String s : w) {
            if (ID_TOKENS.contains(s)) {
                return true;
            }
        }
        return w.size() > 1 && NUMBER_TOKENS.contains(w.get(w.size() - 1));
    }

    /**
     * The value rule for identifier-like columns: with at least {@link #KEY_RULE_MIN_ROWS} rows, a numeric column
     * with no missing value whose values are all whole numbers, all different, and either consecutive once sorted
     * (a serial number) or strictly increasing in file order (a key that grows with the rows).
     *
     * @param column a column name
     * @return whether the values look like a key
     */
    public boolean looksLikeKey(final String column) {
        final String[] col = cells[require(column)];
        if (col.length < KEY_RULE_MIN_ROWS) {
            return false;
        }
        final double[] v = new double[col.length];
        boolean increasing = true;
        for (int r = 0; r < col.length; r++) {
            final Double d = parseNumber(col[r]);
            if (d == null || d.isInfinite() || d != Math.rint(d)) {
                return false;
            }
            v[r] = d;
            if (r > 0 && v[r] <= v[r - 1]) {
                increasing = false;
            }
        }
        if (increasing) {
            return true;
        }
        final double[] s = v.clone();
        Arrays.sort(s);
        for (int r = 1; r < s.length; r++) {
            if (s[r] == s[r - 1]) {
                return false;
            }
        }
        return s[s.length - 1] - s[0] == s.length - 1;
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
     * their codes (missing tokens stay missing). The default selection stays numeric.
     *
     * @param requested the feature columns wanted, in order; empty (or {@code null}) = the default selection
     * @param idColumn the column holding row ids, or {@code null} to pick one automatically
     * @param nominalAllowed whether requested text columns become nominal features
     * @return the matrix and the account of used and skipped columns
     * @throws SegmentationException as above
     */
    public ColumnSelection selectFeatures(final List<String> requested, final String idColumn,
        final boolean nominalAllowed) throws SegmentationException {
        // ids first, so messages can name rows
        String idCol = idColumn;
        final List<String> ids;
        if (idCol != null) {
            if (columnIndex(idCol) < 0) {
                throw new SegmentationException("The id column \"" + idCol + "\" is not in " + source
                    + ". Columns: " + String.join(", ", header) + ".");
            }
            ids = ids(idCol, true);
        } else {
            List<String> found = null;
            for (final String c : header) {
                if (kind(c) != ColumnKind.EMPTY && (isIdentifierName(c) || looksLikeKey(c))) {
                    found = ids(c, false);
                    if (found != null) {
                        idCol = c;
                        break;
                    }
                }
            }
            if (found == null) {
                // an identifier column by name whose ids repeat: say which id and where, instead of silently
                // numbering the rows
                for (final String c : header) {
                    if (kind(c) != ColumnKind.EMPTY && isIdentifierName(c)) {
                        final String dup = duplicateDescription(c);
                        if (dup != null) {
                            throw new SegmentationException("The column \"" + c + "\" looks like the customer id but "
                                + dup + " of " + source + "): every customer needs a unique id. Remove or fix the"
                                + " duplicate row, or name another id column (--id-column), or, to number the rows"
                                + " instead, rename the column.");
                        }
                    }
                }
                found = new ArrayList<>();
                for (int r = 0; r < rows(); r++) {
                    found.add(Integer.toString(r + 1));
                }
            }
            ids = found;
        }
        final List<String> used = new ArrayList<>();
        final Map<String, String> skipped = new LinkedHashMap<>();
        if (requested != null && !requested.isEmpty()) {
            final Set<String> seen = new HashSet<>();
            for (final String name : requested) {
                if (columnIndex(name) < 0) {
                    throw new SegmentationException("The feature column \"" + name + "\" is not in " + source
                        + ". Columns: " + String.join(", ", header) + ".");
                }
                if (!seen.add(name)) {
                    throw new SegmentationException("The feature column \"" + name + "\" is listed twice: list it once.");
                }
                if (name.equals(idCol) && idColumn != null) {
                    throw new SegmentationException("The column \"" + name
                        + "\" is the id column and cannot also be a feature: choose another id column or drop it from "
                        + "the features.");
                }
                requireUnambiguous(name);
                if (kind(name) == ColumnKind.EMPTY) {
                    throw new SegmentationException("The feature column \"" + name + "\" has no values (all "
                        + rows() + " cells are blank or missing): leave it out.");
                }
                used.add(name);
            }
            for (final String c : header) {
                if (!seen.contains(c)) {
                    skipped.put(c, c.equals(idCol) ? "row id column" : "not requested");
                }
            }
        } else {
            for (final String c : header) {
                if (c.equals(idCol)) {
                    skipped.put(c, "row id column");
                    continue;
                }
                requireUnambiguous(c);
                switch (kind(c)) {
                    case EMPTY -> skipped.put(c, "no values (every cell blank or missing)");
                    case TEXT -> skipped.put(c, "text, not numbers (e.g. \"" + firstText(c) + "\")");
                    case NUMERIC -> {
                        if (isIdentifierName(c)) {
                            skipped.put(c, "identifier-like name");
                        } else if (looksLikeKey(c)) {
                            skipped.put(c, "identifier-like values (unique whole numbers, consecutive or increasing)");
                        } else {
                            used.add(c);
                        }
                    }
                    default -> throw new IllegalStateException();
                }
            }
            if (used.isEmpty()) {
                throw new SegmentationException("No numeric feature column found in " + source + " ("
                    + describe(skipped) + "): name the feature columns explicitly.");
            }
        }
        final double[][] values = new double[rows()][used.size()];
        final List<List<String>> levels = new ArrayList<>();
        boolean anyNominal = false;
        for (int j = 0; j < used.size(); j++) {
            if (nominalAllowed && kind(used.get(j)) == ColumnKind.TEXT) {
                final List<String> cellsJ = column(used.get(j));
                final java.util.TreeSet<String> distinct = new java.util.TreeSet<>();
                for (final String v : cellsJ) {
                    if (!isMissingToken(v)) {
                        distinct.add(v.trim());
                    }
                }
                final List<String> lv = new ArrayList<>(distinct);
                for (int r = 0; r < cellsJ.size(); r++) {
                    final String v = cellsJ.get(r);
                    values[r][j] = isMissingToken(v) ? Double.NaN : lv.indexOf(v.trim());
                }
                levels.add(lv);
                anyNominal = true;
                continue;
            }
            levels.add(null);
            final double[] col = numericColumn(used.get(j), ids, false);
            for (int r = 0; r < col.length; r++) {
                values[r][j] = col[r];
            }
        }
        return new ColumnSelection(new FeatureMatrix(used, ids, values, anyNominal ? levels : null), used, skipped,
            idCol);
    }

    /** Stops on a column of numbers written in more than one way, naming the column and a value. */
    private void requireUnambiguous(final String column) throws SegmentationException {
        final NumberStyle style = numberStyle(column);
        if (style.kind() == NumberStyle.Kind.AMBIGUOUS) {
            throw new SegmentationException("The column \"" + column + "\" of " + source + " holds numbers written in"
                + " more than one way (e.g. \"" + style.example() + "\" does not fit the others), so they cannot be"
                + " read safely. Write every number of the column the same way: with a decimal point and no"
                + " thousands separator (7682.30), or consistently with thousands separators (\"7,682.30\") or a"
                + " decimal comma in a semicolon-separated file (7682,30).");
        }
    }

    private String firstText(final String column) {
        final NumberStyle style = numberStyle(column);
        for (final String v : cells[require(column)]) {
            if (!isMissingToken(v) && style.parse(v) == null) {
                return v.length() > 40 ? v.substring(0, 40) + "…" : v;
            }
        }
        return "";
    }

    private static String describe(final Map<String, String> skipped) {
        final List<String> parts = new ArrayList<>();
        skipped.forEach((k, v) -> parts.add(k + ": " + v));
        return String.join("; ", parts);
    }

    /**
     * @return e.g. {@code the id "C10006" occurs twice (lines 7 and 702} (the first repeated id; up to 5 lines), or
     *         {@code null} when the present ids are unique
     */
    private String duplicateDescription(final String column) {
        final String[] col = cells[require(column)];
        final Map<String, List<Integer>> rowsOf = new LinkedHashMap<>();
        String first = null;
        for (int r = 0; r < col.length; r++) {
            if (col[r] == null) {
                continue;
            }
            final List<Integer> l = rowsOf.computeIfAbsent(col[r], x -> new ArrayList<>());
            l.add(r);
            if (l.size() == 2 && first == null) {
                first = col[r];
            }
        }
        if (first == null) {
            return null;
        }
        final List<Integer> rows = rowsOf.get(first);
        final List<String> where = new ArrayList<>();
        for (final int r : rows.subList(0, Math.min(5, rows.size()))) {
            where.add(Long.toString(lines[r]));
        }
        long repeated = rowsOf.values().stream().filter(l -> l.size() > 1).count();
        return "the id \"" + first + "\" occurs " + (rows.size() == 2 ? "twice" : rows.size() + " times") + " (lines "
            + String.join(" and ", where) + (repeated > 1 ? "; " + repeated + " ids repeat in all" : "");
    }

    /** @return the ids, or null (strict = false) / an error (strict = true) if one is blank or duplicated */
    private List<String> ids(final String column, final boolean strict) throws SegmentationException {
        final String[] col = cells[require(column)];
        final Map<String, Integer> seen = new HashMap<>();
        final List<String> out = new ArrayList<>(col.length);
        for (int r = 0; r < col.length; r++) {
            if (col[r] == null) {
                if (!strict) {
                    return null;
                }
                throw new SegmentationException("The id column \"" + column + "\" is blank on line " + lines[r] + " of "
                    + source + ": every row needs an id (or choose no id column to number the rows).");
            }
            final Integer prev = seen.put(col[r], r);
            if (prev != null) {
                if (!strict) {
                    return null;
                }
                throw new SegmentationException("Duplicate row id \"" + col[r] + "\" in the id column \"" + column
                    + "\" (lines " + lines[prev] + " and " + lines[r] + " of " + source
                    + "): ids must be unique. Choose a column with unique values, or no id column to number the rows.");
            }
            out.add(col[r]);
        }
        return out;
    }
}
