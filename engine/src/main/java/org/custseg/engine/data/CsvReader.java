package org.custseg.engine.data;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.custseg.engine.SegmentationException;

/**
 * The parsing job of {@link CsvTable}: byte-order mark, separator, RFC 4180 records, header checks and the field
 * count of every line; cells stream into {@link CsvColumn}s straight from a {@code char[]} buffer (numbers into
 * primitive columns without a string per cell), no record is kept. The rules and messages are those of
 * {@link CsvTable}'s class comment.
 *
 * <p>The tokenizer reproduces what the reader did when it was built on Apache Commons CSV 1.10 with
 * {@code CSVFormat.RFC4180} (the separator as delimiter, empty lines not ignored), down to its messages and line
 * numbers: {@code CR}, {@code LF} and {@code CRLF} end a record; a field that starts with a double quote is quoted
 * (doubled quotes inside, line breaks kept, only whitespace allowed between the closing quote and the next separator
 * or line end); a quote elsewhere is an ordinary character; a field ending at the end of the text after a separator is
 * an empty field. Commons CSV used the character U+FFFE internally as its "no escape, no comment" marker, so that
 * character acted as an escape character and, at the start of a line, as a comment marker; that is reproduced too
 * (the test {@code CsvReaderCompatibilityTest} compares both on many inputs).
 */
final class CsvReader {

    private static final int EOF = -1;

    private static final int UNDEFINED = -2;

    private static final char CR = '\r';

    private static final char LF = '\n';

    /** Commons CSV's marker for a disabled escape and comment character, which therefore acted as both. */
    private static final char MARKER = '\ufffe';

    private static final int TOKEN = 0;

    private static final int END_OF_RECORD = 1;

    private static final int END_OF_FILE = 2;

    private static final int COMMENT = 3;

    /** What a read keeps. */
    private enum Keep {
        /** every column */
        ALL,
        /** the texts of one column */
        TEXTS,
        /** one column as the first read keeps it */
        COLUMN
    }

    private final String source;
    private final boolean rereadable;
    private final int keepOnly;
    private final Keep keep;
    private List<String> header;
    private CsvColumn[] columns;
    private final CsvLines lines = new CsvLines();
    private int rows;

    // input
    private final Reader in;
    private char[] buf = new char[1 << 16];
    private int pos;
    private int lim;
    private boolean atEnd;
    private int lastChar = UNDEFINED;
    private long eolCounter;

    // the current token: its content is buf[cellOff, cellOff + cellLen) or tok[0, tokLen)
    private char sep;
    private char[] tok = new char[256];
    private int tokLen;
    private boolean direct;
    private int cellOff;
    private int cellLen;
    private boolean ready;
    private boolean lastTokenDelimiter;

    // the current record
    private int fields;
    private final List<String> headerFields = new ArrayList<>();
    private String pendingFirst; // a blank first field held back until the record has a second field
    private boolean firstPending;

    private CsvReader(final Reader in, final String source, final boolean rereadable, final int keepOnly,
        final Keep keep) {
        this.in = in;
        this.source = source;
        this.rereadable = rereadable;
        this.keepOnly = keepOnly;
        this.keep = keep;
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
        final CsvReader r = new CsvReader(reader, source, file != null, -1, Keep.ALL);
        r.readAll();
        return new CsvTable(source, r.header, r.columns, r.lines, r.sep, file);
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
        final CsvReader r = new CsvReader(reader, source, false, column, Keep.TEXTS);
        r.readAll();
        return r.columns[column].texts();
    }

    /**
     * Reads one column again as the first read of a file kept it (for a column released into a feature matrix).
     *
     * @param reader the same CSV text as before; read to the end (not closed here)
     * @param source name used in messages
     * @param column 0-based column
     * @return the column
     * @throws SegmentationException if the text is malformed
     * @throws IOException if reading fails
     */
    static CsvColumn column(final Reader reader, final String source, final int column)
        throws SegmentationException, IOException {
        final CsvReader r = new CsvReader(reader, source, true, column, Keep.COLUMN);
        r.readAll();
        return r.columns[column];
    }

    /** Reads everything. */
    private void readAll() throws SegmentationException, IOException {
        fillMore();
        if (lim > 0 && buf[0] == '\uFEFF') {
            pos = 1;
        }
        sep = separator();
        records();
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
        lines.finish();
    }

    // ------------------------------------------------------------------------------------------------ input

    /** Reads more text behind what the buffer holds (growing it when full); @return false at the end */
    private boolean fillMore() throws IOException {
        if (atEnd) {
            return false;
        }
        if (lim == buf.length) {
            buf = Arrays.copyOf(buf, buf.length * 2);
        }
        int n;
        do {
            n = in.read(buf, lim, buf.length - lim);
        } while (n == 0);
        if (n < 0) {
            atEnd = true;
            return false;
        }
        lim += n;
        return true;
    }

    /** Refills the consumed buffer from its start; @return false at the end */
    private boolean fill() throws IOException {
        if (atEnd) {
            return false;
        }
        int n;
        do {
            n = in.read(buf, 0, buf.length);
        } while (n == 0);
        if (n < 0) {
            atEnd = true;
            return false;
        }
        pos = 0;
        lim = n;
        return true;
    }

    /** One character, counting line ends as Commons CSV's reader did. */
    private int read() throws IOException {
        final int c = pos < lim || fill() ? buf[pos++] : EOF;
        if (c == CR || c == LF && lastChar != CR
            || c == EOF && lastChar != CR && lastChar != LF && lastChar != EOF) {
            eolCounter++;
        }
        lastChar = c;
        return c;
    }

    private int lookAhead() throws IOException {
        return pos < lim || fill() ? buf[pos] : EOF;
    }

    /** @return the 1-based line of the last character read (Commons CSV's current line number) */
    private long currentLine() {
        return lastChar == CR || lastChar == LF || lastChar == UNDEFINED || lastChar == EOF ? eolCounter
            : eolCounter + 1;
    }

    /** @return whether {@code c} ends a line; a {@code CR} followed by {@code LF} consumes the {@code LF} */
    private boolean readEndOfLine(final int c) throws IOException {
        int ch = c;
        if (ch == CR && lookAhead() == LF) {
            ch = read();
        }
        return ch == LF || ch == CR;
    }

    private boolean isDelimiter(final int c) {
        lastTokenDelimiter = c == sep;
        return lastTokenDelimiter;
    }

    // ------------------------------------------------------------------------------------------------ separator

    /**
     * Peeks at the first non-blank line (line ends {@code CR}, {@code LF}, {@code CRLF}; up to 512K characters of blank
     * lines) and picks the separator; nothing is consumed.
     */
    private char separator() throws IOException {
        int p = pos;
        long read = 0;
        int lineStart = -1;
        int lineEnd = -1;
        while (true) {
            int e = p;
            while (true) {
                if (e == lim) {
                    if (!fillMore()) {
                        break;
                    }
                    continue;
                }
                final char x = buf[e];
                if (x == LF || x == CR) {
                    break;
                }
                e++;
            }
            if (p == e && e == lim) {
                break; // no further line
            }
            read += e - p + 1;
            if (!blank(buf, p, e) || read > (1 << 19)) {
                lineStart = p;
                lineEnd = e;
                break;
            }
            if (e == lim) {
                break;
            }
            if (buf[e] == CR) {
                e++;
                if ((e < lim || fillMore()) && buf[e] == LF) {
                    e++;
                }
            } else {
                e++;
            }
            p = e;
        }
        if (lineStart < 0 || contains(lineStart, lineEnd, ',')) {
            return ',';
        }
        if (contains(lineStart, lineEnd, ';')) {
            return ';';
        }
        if (contains(lineStart, lineEnd, '\t')) {
            return '\t';
        }
        return ',';
    }

    private boolean contains(final int from, final int to, final char c) {
        for (int i = from; i < to; i++) {
            if (buf[i] == c) {
                return true;
            }
        }
        return false;
    }

    /** As {@link String#isBlank()}: only whitespace (no supplementary character is whitespace). */
    private static boolean blank(final char[] a, final int from, final int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(a[i])) {
                return false;
            }
        }
        return true;
    }

    // ------------------------------------------------------------------------------------------------ records

    private void records() throws SegmentationException, IOException {
        try {
            long consumed = 0;
            while (true) {
                final long line = consumed + 1;
                fields = 0;
                firstPending = false;
                pendingFirst = null;
                headerFields.clear();
                int type;
                do {
                    type = nextToken();
                    switch (type) {
                        case TOKEN, END_OF_RECORD -> value();
                        case END_OF_FILE -> {
                            if (ready) {
                                value();
                            }
                        }
                        default -> type = TOKEN; // a comment line: read on
                    }
                } while (type == TOKEN);
                if (fields == 0) {
                    return; // the end
                }
                consumed = currentLine();
                if (fields == 1 && (header == null ? headerFields.get(0).isBlank() : firstPending)) {
                    continue; // blank line
                }
                if (header == null) {
                    header(line);
                } else {
                    endRow(line);
                }
            }
        } catch (final CharacterCodingException e) {
            throw e;
        } catch (final IOException e) {
            throw new SegmentationException("The file " + source + " is not valid CSV: "
                + e.getClass().getSimpleName() + " reading next record: " + e + " (check for an unbalanced double"
                + " quote).", e);
        }
    }

    /** Takes the current token as the next field of the record. */
    private void value() {
        final char[] a = direct ? buf : tok;
        int off = direct ? cellOff : 0;
        int len = direct ? cellLen : tokLen;
        final int field = fields++;
        if (header == null) {
            headerFields.add(new String(a, off, len));
            return;
        }
        if (field == 0 && blank(a, off, off + len)) {
            firstPending = true; // a blank line unless a second field follows
            pendingFirst = new String(a, off, len).trim();
            return;
        }
        if (field == 1 && firstPending) {
            firstPending = false;
            add(0, pendingFirst.toCharArray(), 0, pendingFirst.length());
        }
        while (len > 0 && a[off] <= ' ') {
            off++;
            len--;
        }
        while (len > 0 && a[off + len - 1] <= ' ') {
            len--;
        }
        add(field, a, off, len);
    }

    private void add(final int field, final char[] a, final int off, final int len) {
        if (field < columns.length) {
            columns[field].add(a, off, len);
        }
    }

    private void header(final long line) throws SegmentationException {
        final String[] names = new String[headerFields.size()];
        final Map<String, Integer> seen = new HashMap<>();
        for (int c = 0; c < names.length; c++) {
            final String name = headerFields.get(c).trim();
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
            columns[c] = keep == Keep.ALL ? new CsvColumn(rereadable)
                : c != keepOnly ? CsvColumn.dropping()
                : keep == Keep.TEXTS ? CsvColumn.textOnly() : new CsvColumn(rereadable);
        }
        headerFields.clear();
    }

    private void endRow(final long line) throws SegmentationException {
        if (fields != columns.length) {
            throw new SegmentationException("Line " + line + " of " + source + " has " + fields
                + " fields but the header has " + columns.length
                + ": check for a missing or extra separator or an unbalanced quote.");
        }
        lines.add(line);
        rows++;
    }

    // ------------------------------------------------------------------------------------------------ tokens

    private void append(final char c) {
        if (tokLen == tok.length) {
            tok = Arrays.copyOf(tok, tokLen * 2);
        }
        tok[tokLen++] = c;
    }

    private void append(final char[] a, final int off, final int len) {
        if (tokLen + len > tok.length) {
            tok = Arrays.copyOf(tok, Math.max(tok.length * 2, tokLen + len));
        }
        System.arraycopy(a, off, tok, tokLen, len);
        tokLen += len;
    }

    /** @return the token type; its content is in {@link #tok} or, when {@link #direct}, in {@link #buf} */
    private int nextToken() throws IOException {
        ready = false;
        direct = false;
        tokLen = 0;
        final int last = lastChar;
        final int c = read();
        final boolean eol = readEndOfLine(c);
        if (last == EOF || !lastTokenDelimiter && c == EOF) {
            return END_OF_FILE;
        }
        if ((last == LF || last == CR || last == UNDEFINED) && c == MARKER) {
            if (lookAhead() == EOF) {
                return END_OF_FILE;
            }
            while (true) { // the rest of the line is a comment
                final int x = read();
                if (x == CR && lookAhead() == LF) {
                    read();
                }
                if (x == EOF || x == LF || x == CR) {
                    return COMMENT;
                }
            }
        }
        if (isDelimiter(c)) {
            return TOKEN;
        }
        if (eol) {
            return END_OF_RECORD;
        }
        if (c == '"') {
            return quoted();
        }
        if (c == EOF) {
            ready = true;
            return END_OF_FILE;
        }
        return simple(c);
    }

    /** A field that does not start with a quote; {@code first} is its first character, already read. */
    private int simple(final int first) throws IOException {
        int ch = first;
        if (ch != MARKER) { // the common case: scan the buffer for the field's end
            final int start = pos - 1;
            int p = pos;
            final char s = sep;
            final char[] b = buf;
            final int end = lim;
            while (p < end) {
                final char x = b[p];
                if (x == s || x == LF || x == CR || x == MARKER) {
                    break;
                }
                p++;
            }
            lastChar = b[p - 1];
            pos = p;
            if (p < end && b[p] != MARKER && (b[p] != CR || p + 1 < end)) {
                ch = read(); // the separator or line end, without refilling the buffer
                cellOff = start;
                cellLen = p - start;
                direct = true;
                if (readEndOfLine(ch)) {
                    return END_OF_RECORD;
                }
                isDelimiter(ch);
                return TOKEN;
            }
            append(b, start, p - start);
            ch = read();
        }
        while (true) {
            if (readEndOfLine(ch)) {
                return END_OF_RECORD;
            }
            if (ch == EOF) {
                ready = true;
                return END_OF_FILE;
            }
            if (isDelimiter(ch)) {
                return TOKEN;
            }
            if (ch == MARKER) {
                escape(ch);
            } else {
                append((char) ch);
            }
            ch = read();
        }
    }

    /** A field in double quotes; the opening quote is read. */
    private int quoted() throws IOException {
        final long startLine = currentLine();
        while (true) {
            copyQuotedRun();
            int c = read();
            if (c == MARKER) {
                escape(c);
            } else if (c == '"') {
                if (lookAhead() == '"') {
                    read();
                    append('"');
                } else {
                    while (true) { // after the closing quote: whitespace up to the separator or line end
                        c = read();
                        if (isDelimiter(c)) {
                            return TOKEN;
                        }
                        if (c == EOF) {
                            ready = true;
                            return END_OF_FILE;
                        }
                        if (readEndOfLine(c)) {
                            return END_OF_RECORD;
                        }
                        if (!Character.isWhitespace((char) c)) {
                            throw new IOException("(line " + currentLine()
                                + ") invalid char between encapsulated token and delimiter");
                        }
                    }
                }
            } else if (c == EOF) {
                throw new IOException("(startline " + startLine + ") EOF reached before encapsulated token finished");
            } else {
                append((char) c);
            }
        }
    }

    /** Appends the characters up to the next quote, marker or line end in the buffer (they need no rule). */
    private void copyQuotedRun() {
        final char[] b = buf;
        final int end = lim;
        int p = pos;
        while (p < end) {
            final char x = b[p];
            if (x == '"' || x == MARKER || x == CR || x == LF) {
                break;
            }
            p++;
        }
        if (p > pos) {
            append(b, pos, p - pos);
            lastChar = b[p - 1];
            pos = p;
        }
    }

    /** The marker character read: Commons CSV's escape handling. */
    private void escape(final int marker) throws IOException {
        if (lookAhead() == sep) {
            append((char) read());
            return;
        }
        final int c = read();
        switch (c) {
            case 'r' -> append(CR);
            case 'n' -> append(LF);
            case 't' -> append('\t');
            case 'b' -> append('\b');
            case 'f' -> append('\f');
            case CR, LF, '\f', '\t', '\b', MARKER, '"' -> append((char) c);
            case EOF -> throw new IOException("EOF whilst processing escape sequence");
            default -> {
                append((char) marker);
                append((char) c);
            }
        }
    }
}
