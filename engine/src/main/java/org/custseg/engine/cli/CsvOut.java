package org.custseg.engine.cli;

import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the command line's CSV files: RFC 4180 (comma separator, CRLF line ends, fields quoted only when they hold a
 * comma, quote or line break), UTF-8 without BOM, and numbers in a fixed, locale-independent format so that the same
 * input gives byte-identical files on every run, machine and JDK.
 *
 * <p>Numbers: {@link #number(double, int)} rounds half-even to a fixed number of decimals, strips trailing zeros,
 * never uses exponent notation and writes {@code -0} as {@code 0}; {@code NaN} and infinities become an empty field
 * (a missing value for every CSV reader).
 */
public final class CsvOut {

    private final List<List<String>> rows = new ArrayList<>();
    private final List<String> header;

    /**
     * @param header the column names
     */
    public CsvOut(final List<String> header) {
        this.header = List.copyOf(header);
    }

    /**
     * Adds a row.
     *
     * @param values the fields, as many as the header has; {@code null} is written as an empty field
     * @return this
     * @throws IllegalArgumentException if the field count differs from the header's
     */
    public CsvOut row(final List<String> values) {
        if (values.size() != header.size()) {
            throw new IllegalArgumentException(
                "A row has " + values.size() + " fields but the header has " + header.size());
        }
        rows.add(new ArrayList<>(values));
        return this;
    }

    /** @return the column names */
    public List<String> header() {
        return header;
    }

    /** @return copies of the data rows added, in order */
    public List<List<String>> rows() {
        final List<List<String>> copy = new ArrayList<>();
        for (final List<String> r : rows) {
            copy.add(List.copyOf(r));
        }
        return copy;
    }

    /** @return the number of data rows added */
    public int size() {
        return rows.size();
    }

    /**
     * Writes the header and rows to a file, replacing it.
     *
     * @param file the target
     * @throws IOException if writing fails
     */
    public void write(final Path file) throws IOException {
        try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            write(w);
        }
    }

    /**
     * @param w the target; not closed
     * @throws IOException if writing fails
     */
    public void write(final Writer w) throws IOException {
        final CSVPrinter p = new CSVPrinter(w, FORMAT);
        p.printRecord(header);
        for (final List<String> r : rows) {
            p.printRecord(r);
        }
        p.flush();
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setNullString("").build();

    /** Fills the fields of one row of a streamed file ({@link #stream}). */
    @FunctionalInterface
    public interface RowSource {
        /**
         * @param row the row index, 0-based
         * @param fields receives the row's fields (as many as the header has; {@code null} is an empty field); the
         *            same array for every row
         */
        void fill(int row, String[] fields);
    }

    /**
     * Writes a file row by row without holding its rows: the same bytes as adding the rows to a {@code CsvOut} and
     * writing it, for files with a row per customer.
     *
     * @param file the target, replaced
     * @param header the column names
     * @param rows the number of data rows
     * @param source fills each row's fields
     * @throws IOException if writing fails
     */
    public static void stream(final Path file, final List<String> header, final int rows, final RowSource source)
        throws IOException {
        try (Writer w = new RowBuffer(Files.newBufferedWriter(file, StandardCharsets.UTF_8))) {
            stream(w, header, rows, source);
        }
    }

    /**
     * Collects the printer's many small appends (a field, a comma, a field, ...) in a plain array and hands them to
     * the underlying writer in large blocks: a million rows are some ten million appends, each of which a
     * {@code BufferedWriter} takes a lock for. The characters written are the same.
     */
    private static final class RowBuffer extends Writer {
        private final Writer out;
        private final char[] buf = new char[1 << 16];
        private int used;

        RowBuffer(final Writer out) {
            this.out = out;
        }

        private void room(final int len) throws IOException {
            if (used + len > buf.length) {
                out.write(buf, 0, used);
                used = 0;
            }
        }

        @Override
        public void write(final int c) throws IOException {
            room(1);
            buf[used++] = (char) c;
        }

        @Override
        public void write(final char[] cbuf, final int off, final int len) throws IOException {
            if (len > buf.length) {
                room(buf.length);
                out.write(cbuf, off, len);
                return;
            }
            room(len);
            System.arraycopy(cbuf, off, buf, used, len);
            used += len;
        }

        @Override
        public void write(final String str, final int off, final int len) throws IOException {
            if (len > buf.length) {
                room(buf.length);
                out.write(str, off, len);
                return;
            }
            room(len);
            str.getChars(off, off + len, buf, used);
            used += len;
        }

        @Override
        public Writer append(final CharSequence csq) throws IOException {
            final String str = String.valueOf(csq);
            write(str, 0, str.length());
            return this;
        }

        @Override
        public Writer append(final CharSequence csq, final int start, final int end) throws IOException {
            final String str = String.valueOf(csq);
            write(str, start, end - start);
            return this;
        }

        @Override
        public Writer append(final char c) throws IOException {
            write(c);
            return this;
        }

        @Override
        public void flush() throws IOException {
            out.write(buf, 0, used);
            used = 0;
            out.flush();
        }

        @Override
        public void close() throws IOException {
            flush();
            out.close();
        }
    }

    /**
     * As {@link #stream(Path, List, int, RowSource)}, to a writer.
     *
     * @param w the target; not closed
     * @param header the column names
     * @param rows the number of data rows
     * @param source fills each row's fields
     * @throws IOException if writing fails
     */
    public static void stream(final Writer w, final List<String> header, final int rows, final RowSource source)
        throws IOException {
        final CSVPrinter p = new CSVPrinter(w, FORMAT);
        p.printRecord(header);
        final String[] fields = new String[header.size()];
        for (int r = 0; r < rows; r++) {
            java.util.Arrays.fill(fields, null);
            source.fill(r, fields);
            p.printRecord((Object[]) fields);
        }
        p.flush();
    }

    /**
     * Formats a number deterministically.
     *
     * @param value the number
     * @param decimals the maximum number of decimals (0..15)
     * @return e.g. {@code "12.5"}, {@code "3"}, {@code "0.000123"}; {@code ""} for NaN or infinity
     */
    public static String number(final double value, final int decimals) {
        if (!Double.isFinite(value)) {
            return "";
        }
        final String fast = roundedFast(value, decimals);
        if (fast != null) {
            return fast;
        }
        BigDecimal b = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (b.signum() == 0) {
            return "0";
        }
        if (b.scale() < 0) {
            b = b.setScale(0);
        }
        return b.toPlainString();
    }

    /** Powers of ten, exact as doubles. */
    private static final double[] POW10 = {1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13,
        1e14, 1e15};

    private static final long[] LONG_POW10 = {1L, 10L, 100L, 1_000L, 10_000L, 100_000L, 1_000_000L, 10_000_000L,
        100_000_000L, 1_000_000_000L, 10_000_000_000L, 100_000_000_000L, 1_000_000_000_000L, 10_000_000_000_000L,
        100_000_000_000_000L, 1_000_000_000_000_000L};

    /**
     * {@link #number} without {@code BigDecimal} where that is certain to give the same text: the value times
     * 10^decimals is computed in double (one rounding, so within half an ulp of the exact product) and rounded to
     * the nearest integer; when the product lies within two ulps of a half-integer (where half-even rounding of the
     * exact binary value could go the other way) or is too large, this returns {@code null} and the exact
     * {@code BigDecimal} path decides.
     *
     * @return the text, or {@code null} when the exact path must decide
     */
    static String roundedFast(final double value, final int decimals) {
        if (decimals < 0 || decimals >= POW10.length) {
            return null;
        }
        final double a = Math.abs(value) * POW10[decimals]; // one rounding: within half an ulp of the exact product
        if (!(a < 0x1p50)) {
            return null;
        }
        final double whole = Math.floor(a);
        final double frac = a - whole; // exact (Sterbenz for a >= 1; whole = 0 below)
        if (Math.abs(frac - 0.5) <= 2 * Math.ulp(a)) {
            return null; // too close to a tie to decide without exact arithmetic
        }
        final long m = (long) whole + (frac > 0.5 ? 1 : 0);
        if (m == 0) {
            return "0";
        }
        final long unit = LONG_POW10[decimals];
        final long intPart = m / unit;
        long fracPart = m % unit;
        final StringBuilder b = new StringBuilder(24);
        if (value < 0) {
            b.append('-');
        }
        b.append(intPart);
        if (fracPart != 0) {
            int digits = decimals;
            while (fracPart % 10 == 0) {
                fracPart /= 10;
                digits--;
            }
            final String f = Long.toString(fracPart);
            b.append('.');
            for (int i = f.length(); i < digits; i++) {
                b.append('0');
            }
            b.append(f);
        }
        return b.toString();
    }
}
