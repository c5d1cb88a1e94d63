package org.custseg.engine.testdata;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Generates a credit-card usage table shaped like the public "CC GENERAL" data (about 8,950 customers): a string
 * {@code CUST_ID} ("C10001", ...), then 17 numeric columns: skewed money amounts (BALANCE, PURCHASES,
 * ONEOFF_PURCHASES, INSTALLMENTS_PURCHASES, CASH_ADVANCE, CREDIT_LIMIT, PAYMENTS, MINIMUM_PAYMENTS), frequencies in
 * [0, 1] (BALANCE_FREQUENCY, PURCHASES_FREQUENCY, ONEOFF_PURCHASES_FREQUENCY, PURCHASES_INSTALLMENTS_FREQUENCY,
 * CASH_ADVANCE_FREQUENCY, PRC_FULL_PAYMENT), counts (CASH_ADVANCE_TRX, PURCHASES_TRX) and TENURE in months (6-12,
 * mostly 12). CREDIT_LIMIT has one blank and MINIMUM_PAYMENTS about 3.5% blanks, as in the public table.
 *
 * <p>Customers are drawn from latent behaviours a bank would recognise: inactive (~30%), revolvers (high balance,
 * little spend, no full payment), cash-advance users, transactors (spend paid in full), VIP (very high limit and
 * spend), instalment buyers and new customers (short tenure). The same seed gives the same table. Test code only.
 */
public final class UsageTable {

    /** Column names in file order. */
    public static final List<String> HEADER = List.of("CUST_ID", "BALANCE", "BALANCE_FREQUENCY", "PURCHASES",
        "ONEOFF_PURCHASES", "INSTALLMENTS_PURCHASES", "CASH_ADVANCE", "PURCHASES_FREQUENCY",
        "ONEOFF_PURCHASES_FREQUENCY", "PURCHASES_INSTALLMENTS_FREQUENCY", "CASH_ADVANCE_FREQUENCY",
        "CASH_ADVANCE_TRX", "PURCHASES_TRX", "CREDIT_LIMIT", "PAYMENTS", "MINIMUM_PAYMENTS", "PRC_FULL_PAYMENT",
        "TENURE");

    /** How numbers are written. */
    public enum Style {
        /** comma separated, '.' decimal point, no grouping (the public file) */
        PLAIN,
        /** comma separated, money quoted with thousands separators: "7,682.30" (as Excel writes) */
        QUOTED_THOUSANDS,
        /** semicolon separated, decimal comma: 7682,30 (European spreadsheet locale) */
        SEMICOLON_DECIMAL_COMMA
    }

    private static final int[] MONEY = {1, 3, 4, 5, 6, 13, 14, 15};

    private final List<String[]> rows;

    private UsageTable(final List<String[]> rows) {
        this.rows = rows;
    }

    /**
     * @param n number of customers
     * @param seed random seed
     * @return the table (values as they would be written by {@link Style#PLAIN})
     */
    public static UsageTable generate(final int n, final long seed) {
        final Random rnd = new Random(seed);
        final List<String[]> rows = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            rows.add(customer(rnd, i));
        }
        // blanks: one in CREDIT_LIMIT, ~3.5% in MINIMUM_PAYMENTS (customers without payments, as in the public data)
        rows.get(n / 3)[13] = "";
        for (int i = 0; i < n; i++) {
            if (rnd.nextDouble() < 0.035) {
                rows.get(i)[15] = "";
            }
        }
        return new UsageTable(rows);
    }

    /** The default size of the public table. */
    public static UsageTable generate(final long seed) {
        return generate(8950, seed);
    }

    private static double logn(final Random r, final double median, final double sigma) {
        return median * Math.exp(sigma * r.nextGaussian());
    }

    private static double clamp01(final double x) {
        return Math.max(0, Math.min(1, x));
    }

    private static double roundTo(final double x, final int decimals) {
        final double f = Math.pow(10, decimals);
        return Math.round(x * f) / f;
    }

    private static String[] customer(final Random r, final int i) {
        final double u = r.nextDouble();
        final int type = u < 0.30 ? 0 : u < 0.48 ? 1 : u < 0.62 ? 2 : u < 0.80 ? 3 : u < 0.85 ? 4 : u < 0.95 ? 5 : 6;
        double limit = logn(r, 3500, 0.6);
        double balance;
        double pf; // purchases frequency
        double purchases;
        double oneoffShare;
        double cash = 0;
        double cashFreq = 0;
        double prcFull;
        int tenure = r.nextDouble() < 0.85 ? 12 : 6 + r.nextInt(6);
        switch (type) {
            case 0 -> { // inactive
                balance = logn(r, 300, 1.2);
                pf = r.nextDouble() < 0.6 ? 0 : clamp01(r.nextDouble() * 0.2);
                purchases = pf == 0 ? 0 : logn(r, 80, 0.8);
                oneoffShare = r.nextDouble();
                prcFull = r.nextDouble() < 0.8 ? 0 : r.nextDouble();
            }
            case 1 -> { // revolver
                balance = logn(r, 3000, 0.5);
                pf = clamp01(0.2 + 0.3 * r.nextDouble());
                purchases = logn(r, 400, 0.8);
                oneoffShare = 0.6;
                prcFull = 0;
            }
            case 2 -> { // cash-advance user
                balance = logn(r, 4000, 0.5);
                pf = clamp01(0.15 * r.nextDouble());
                purchases = pf == 0 ? 0 : logn(r, 150, 0.9);
                oneoffShare = 0.7;
                cash = logn(r, 3500, 0.6);
                cashFreq = clamp01(0.3 + 0.4 * r.nextDouble());
                prcFull = 0;
            }
            case 3 -> { // transactor
                balance = logn(r, 250, 0.9);
                pf = clamp01(0.8 + 0.2 * r.nextDouble());
                purchases = logn(r, 1500, 0.6);
                oneoffShare = 0.5;
                prcFull = clamp01(0.6 + 0.4 * r.nextDouble());
            }
            case 4 -> { // VIP
                limit = logn(r, 14000, 0.3);
                balance = logn(r, 3000, 0.8);
                pf = clamp01(0.85 + 0.15 * r.nextDouble());
                purchases = logn(r, 9000, 0.5);
                oneoffShare = 0.8;
                prcFull = clamp01(0.4 + 0.6 * r.nextDouble());
            }
            case 5 -> { // instalment buyer
                balance = logn(r, 800, 0.8);
                pf = clamp01(0.7 + 0.3 * r.nextDouble());
                purchases = logn(r, 700, 0.6);
                oneoffShare = 0.05;
                prcFull = r.nextDouble() < 0.5 ? 0 : r.nextDouble() * 0.5;
            }
            default -> { // new customer
                tenure = 6 + r.nextInt(3);
                limit = logn(r, 1200, 0.4);
                balance = logn(r, 500, 0.8);
                pf = clamp01(0.3 + 0.4 * r.nextDouble());
                purchases = logn(r, 300, 0.7);
                oneoffShare = 0.4;
                prcFull = r.nextDouble() * 0.3;
            }
        }
        limit = Math.max(50, Math.round(limit / 50) * 50.0);
        final double oneoff = roundTo(purchases * oneoffShare, 2);
        final double inst = roundTo(purchases - oneoff, 2);
        purchases = oneoff + inst;
        final double balFreq = type == 0 ? clamp01(0.4 + 0.6 * r.nextDouble()) : clamp01(0.9 + 0.1 * r.nextDouble());
        final double oneoffFreq = clamp01(pf * (oneoffShare + 0.1 * r.nextGaussian()));
        final double instFreq = clamp01(pf * (1 - oneoffShare + 0.1 * r.nextGaussian()));
        final int cashTrx = cash > 0 ? 1 + (int) Math.round(cashFreq * 12 * (1 + r.nextDouble())) : 0;
        final int purTrx = purchases > 0 ? (int) Math.round(pf * 12 * (1 + 2 * r.nextDouble())) + 1 : 0;
        final double payments = purchases + cash == 0 && r.nextDouble() < 0.3 ? 0
            : Math.max(0, logn(r, 0.6 * (purchases + cash) + 0.2 * balance + 50, 0.6));
        final double minPay = logn(r, Math.max(20, 0.05 * balance + 50), 0.8);
        return new String[] {String.format(Locale.ROOT, "C%05d", 10001 + i), d(balance, 6), d(balFreq, 6),
            d(purchases, 2), d(oneoff, 2), d(inst, 2), d(cash, 6), d(pf, 6), d(oneoffFreq, 6), d(instFreq, 6),
            d(cashFreq, 6), Integer.toString(cashTrx), Integer.toString(purTrx), d(limit, 1), d(payments, 6),
            d(minPay, 6), d(prcFull, 6), Integer.toString(tenure)};
    }

    private static String d(final double v, final int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", roundTo(v, decimals));
    }

    /** @return the number of customers */
    public int rows() {
        return rows.size();
    }

    /**
     * @param row a 0-based row
     * @param column a column name
     * @return the cell as written in {@link Style#PLAIN} ("" = blank)
     */
    public String cell(final int row, final String column) {
        return rows.get(row)[HEADER.indexOf(column)];
    }

    /**
     * Makes row {@code copyTo} carry the id of row {@code copyFrom} (a duplicated customer id).
     *
     * @param copyFrom 0-based row whose id is copied
     * @param copyTo 0-based row that gets it
     * @return this table
     */
    public UsageTable duplicateId(final int copyFrom, final int copyTo) {
        rows.get(copyTo)[0] = rows.get(copyFrom)[0];
        return this;
    }

    /**
     * @param file the target
     * @param style how numbers and separators are written
     * @return {@code file}
     * @throws IOException if writing fails
     */
    public Path write(final Path file, final Style style) throws IOException {
        final char sep = style == Style.SEMICOLON_DECIMAL_COMMA ? ';' : ',';
        final StringBuilder b = new StringBuilder(rows.size() * 160);
        b.append(String.join(String.valueOf(sep), HEADER)).append('\n');
        for (final String[] row : rows) {
            for (int c = 0; c < row.length; c++) {
                if (c > 0) {
                    b.append(sep);
                }
                b.append(format(row[c], c, style));
            }
            b.append('\n');
        }
        Files.writeString(file, b, StandardCharsets.UTF_8);
        return file;
    }

    private static String format(final String v, final int column, final Style style) {
        if (v.isEmpty() || column == 0 || style == Style.PLAIN) {
            return v;
        }
        if (style == Style.SEMICOLON_DECIMAL_COMMA) {
            return v.replace('.', ',');
        }
        boolean money = false;
        for (final int m : MONEY) {
            money |= m == column;
        }
        if (!money) {
            return v;
        }
        final double x = Double.parseDouble(v);
        return "\"" + String.format(Locale.ROOT, "%,.2f", x) + "\"";
    }
}
