package org.custseg.engine.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The CSV reading rules as they were implemented on top of Apache Commons CSV 1.10 before the reader got its own
 * tokenizer (a test oracle: {@link CsvReaderCompatibilityTest} checks that the reader gives the same header, cells,
 * line numbers and messages on many inputs). Kept as close to the old {@code CsvReader} as possible.
 */
final class LegacyCsvReference {

    /** What reading gives: the trimmed cells ({@code null} = blank) and row lines, or the message of the failure. */
    record Result(List<String> header, List<List<String>> rows, List<Long> lines, String error) {
    }

    private final String source;
    private List<String> header;
    private final List<List<String>> rows = new ArrayList<>();
    private final List<Long> lines = new ArrayList<>();

    private LegacyCsvReference(final String source) {
        this.source = source;
    }

    static Result read(final String text, final String source) {
        final LegacyCsvReference r = new LegacyCsvReference(source);
        try {
            r.readAll(new StringReader(text));
            return new Result(r.header, r.rows, r.lines, null);
        } catch (final org.custseg.engine.SegmentationException e) {
            return new Result(null, null, null, e.getMessage());
        } catch (final IOException e) {
            return new Result(null, null, null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private void readAll(final Reader reader) throws org.custseg.engine.SegmentationException, IOException {
        final BufferedReader in = new BufferedReader(reader, 1 << 16);
        in.mark(1);
        final int first = in.read();
        if (first != '\uFEFF' && first >= 0) {
            in.reset();
        }
        final char sep = separator(in);
        records(in, sep);
        if (header == null) {
            throw new org.custseg.engine.SegmentationException("The file " + source
                + " is empty: it needs a header line with column names and at least one data row.");
        }
        if (rows.isEmpty()) {
            throw new org.custseg.engine.SegmentationException("The file " + source
                + " has a header but no data rows: add at least one row of values.");
        }
    }

    private void records(final BufferedReader in, final char sep)
        throws org.custseg.engine.SegmentationException, IOException {
        final CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(sep).setIgnoreEmptyLines(false).build();
        try (CSVParser parser = CSVParser.parse(in, format)) {
            long consumed = 0;
            for (final CSVRecord rec : parser) {
                final long line = consumed + 1;
                consumed = parser.getCurrentLineNumber();
                if (rec.size() == 1 && rec.get(0).isBlank()) {
                    continue;
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

    private org.custseg.engine.SegmentationException notCsv(final RuntimeException e) {
        return new org.custseg.engine.SegmentationException("The file " + source + " is not valid CSV: "
            + e.getMessage() + " (check for an unbalanced double quote).", e);
    }

    private void header(final CSVRecord rec, final long line) throws org.custseg.engine.SegmentationException {
        final List<String> names = new ArrayList<>();
        final Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < rec.size(); c++) {
            final String name = rec.get(c).trim();
            if (name.isEmpty()) {
                throw new org.custseg.engine.SegmentationException("Column " + (c + 1) + " of the header (line "
                    + line + " of " + source + ") has no name: give every column a name.");
            }
            final Integer prev = seen.put(name, c);
            if (prev != null) {
                throw new org.custseg.engine.SegmentationException("The header of " + source + " names the column \""
                    + name + "\" twice (columns " + (prev + 1) + " and " + (c + 1)
                    + "): rename one so every column name is unique.");
            }
            names.add(name);
        }
        header = names;
    }

    private void row(final CSVRecord rec, final long line) throws org.custseg.engine.SegmentationException {
        if (rec.size() != header.size()) {
            throw new org.custseg.engine.SegmentationException("Line " + line + " of " + source + " has " + rec.size()
                + " fields but the header has " + header.size()
                + ": check for a missing or extra separator or an unbalanced quote.");
        }
        final List<String> cells = new ArrayList<>();
        for (int c = 0; c < header.size(); c++) {
            final String v = rec.get(c).trim();
            cells.add(v.isEmpty() ? null : v);
        }
        rows.add(cells);
        lines.add(line);
    }

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
