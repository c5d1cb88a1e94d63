package org.custseg.engine.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import org.custseg.engine.SegmentationException;

/**
 * The parsing job of {@link CsvTable}: byte-order mark, separator, RFC 4180 records, header checks and the field
 * count of every line; cells stream into {@link CsvColumn}s (numbers straight into primitive columns), no record is
 * kept. The rules and messages are those of {@link CsvTable}'s class comment.
 */
final class CsvReader {

    private final String source;
    private final boolean rereadable;
    private final int keepOnly;
    private List<String> header;
    private CsvColumn[] columns;
    private long[] lines = new long[1024];
    private int rows;

    private CsvReader(final String source, final boolean rereadable, final int keepOnly) {
        this.source = source;
        this.rereadable = rereadable;
        this.keepOnly = keepOnly;
    }

    /**
     * @param reader CSV text; read to the end (not closed here)
     * @param source name used in messages
     * @param file the file the text comes from (then long numbers need not keep their text, it can be read again),
     *            or {@code null}
     * @return the table
     * @throws SegmentationException if the text is malformed
     * @throws IOException if reading fails
     */
    static CsvTable read(final Reader reader, final String source, final java.nio.file.Path file)
        throws SegmentationException, IOException {
        final CsvReader r = new CsvReader(source, file != null, -1);
        final char sep = r.readAll(reader);
        return new CsvTable(source, r.header, r.columns, Arrays.copyOf(r.lines, r.rows), sep, file);
    }

    /**
     * Reads the texts of one column again (for the cells whose text a table did not keep).
     *
     * @param reader the same CSV text as before; read to the end (not closed here)
     * @param source name used in messages
     * @param column 0-based column
     * @return every cell's trimmed text, {@code null} when blank
     * @throws SegmentationException if the text is malformed
     * @throws IOException if reading fails
     */
    static String[] texts(final Reader reader, final String source, final int column)
        throws SegmentationException, IOException {
        final CsvReader r = new CsvReader(source, false, column);
        r.readAll(reader);
        return r.columns[column].texts();
    }

    /** Reads everything; @return the separator */
    private char readAll(final Reader reader) throws SegmentationException, IOException {
        final BufferedReader in = new BufferedReader(reader, 1 << 16);
        in.mark(1);
        final int first = in.read();
        if (first != '\uFEFF' && first >= 0) {
            in.reset();
        }
        final char sep = separator(in);
        records(in, sep);
        if (header == null) {
            throw new SegmentationException("The file " + source
                + " is empty: it needs a header line with column names and at least one data row.");
        }
        if (rows == 0) {
            throw new SegmentationException("The file " + source
                + " has a header but no data rows: add at least one row of values.");
        }
        for (final CsvColumn c : columns) {
            c.finish();
        }
        return sep;
    }

    private void records(final BufferedReader in, final char sep) throws SegmentationException, IOException {
        final CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(sep).setIgnoreEmptyLines(false).build();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            long consumed = 0;
            for (final CSVRecord rec : parser) {
                final long line = consumed + 1;
                consumed = parser.getCurrentLineNumber();
                if (rec.size() == 1 && rec.get(0).isBlank()) {
                    continue; // blank line
                }
                if (header == null) {
                    header(rec, line);
                } else {
                    row(rec, line);
                }
            }
        } catch (final UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException cce) {
                throw cce;
            }
            throw notCsv(e);
        } catch (final IllegalStateException e) {
            throw notCsv(e);
        }
    }

    private SegmentationException notCsv(final RuntimeException e) {
        return new SegmentationException("The file " + source + " is not valid CSV: " + e.getMessage()
            + " (check for an unbalanced double quote).", e);
    }

    private void header(final CSVRecord rec, final long line) throws SegmentationException {
        final String[] names = new String[rec.size()];
        final Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < rec.size(); c++) {
            final String name = rec.get(c).trim();
            if (name.isEmpty()) {
                throw new SegmentationException("Column " + (c + 1) + " of the header (line " + line + " of " + source
                    + ") has no name: give every column a name.");
            }
            final Integer prev = seen.put(name, c);
            if (prev != null) {
                throw new SegmentationException("The header of " + source + " names the column \"" + name
                    + "\" twice (columns " + (prev + 1) + " and " + (c + 1)
                    + "): rename one so every column name is unique.");
            }
            names[c] = name;
        }
        header = List.of(names);
        columns = new CsvColumn[names.length];
        for (int c = 0; c < names.length; c++) {
            columns[c] = keepOnly < 0 ? new CsvColumn(rereadable)
                : c == keepOnly ? CsvColumn.textOnly() : CsvColumn.dropping();
        }
    }

    private void row(final CSVRecord rec, final long line) throws SegmentationException {
        if (rec.size() != columns.length) {
            throw new SegmentationException("Line " + line + " of " + source + " has " + rec.size()
                + " fields but the header has " + columns.length
                + ": check for a missing or extra separator or an unbalanced quote.");
        }
        for (int c = 0; c < columns.length; c++) {
            final String v = rec.get(c).trim();
            columns[c].add(v.isEmpty() ? null : v);
        }
        if (rows == lines.length) {
            lines = Arrays.copyOf(lines, rows + (rows >> 1));
        }
        lines[rows++] = line;
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
}
