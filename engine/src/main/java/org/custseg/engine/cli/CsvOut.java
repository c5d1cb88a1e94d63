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
        final CSVPrinter p = new CSVPrinter(w, CSVFormat.RFC4180.builder().setNullString("").build());
        p.printRecord(header);
        for (final List<String> r : rows) {
            p.printRecord(r);
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
        BigDecimal b = new BigDecimal(value).setScale(decimals, RoundingMode.HALF_EVEN).stripTrailingZeros();
        if (b.signum() == 0) {
            return "0";
        }
        if (b.scale() < 0) {
            b = b.setScale(0);
        }
        return b.toPlainString();
    }
}
