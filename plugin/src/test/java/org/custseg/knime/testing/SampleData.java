package org.custseg.knime.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The plugin tests' one way to the bundled sample data (660 credit-card customers,
 * {@code test-workflows/data/credit-card-customer-data.csv}: seven integer columns), whether the tests run from the
 * repository root, from {@code plugin/} or from a copy of the plugin folder below the repository.
 */
public final class SampleData {

    private static volatile SampleData loaded;

    private final String[] header;

    private final int[][] values;

    private SampleData(final String[] header, final int[][] values) {
        this.header = header;
        this.values = values;
    }

    /** @return the sample file, searched in the working directory and its parents */
    public static Path file() {
        Path p = Path.of("").toAbsolutePath();
        while (p != null) {
            final Path f = p.resolve("test-workflows/data/credit-card-customer-data.csv");
            if (Files.isRegularFile(f)) {
                return f;
            }
            p = p.getParent();
        }
        throw new IllegalStateException("sample data test-workflows/data/credit-card-customer-data.csv not found above "
            + Path.of("").toAbsolutePath());
    }

    /** @return the sample, read once */
    public static SampleData get() {
        SampleData s = loaded;
        if (s == null) {
            s = read();
            loaded = s;
        }
        return s;
    }

    private static SampleData read() {
        try {
            final List<String> lines = Files.readAllLines(file(), StandardCharsets.UTF_8);
            final String[] header = lines.get(0).replace("\uFEFF", "").split(",");
            for (int c = 0; c < header.length; c++) {
                header[c] = header[c].trim();
            }
            final List<int[]> rows = new ArrayList<>();
            for (final String line : lines.subList(1, lines.size())) {
                if (!line.isBlank()) {
                    rows.add(Arrays.stream(line.split(",")).mapToInt(v -> Integer.parseInt(v.trim())).toArray());
                }
            }
            return new SampleData(header, rows.toArray(new int[0][]));
        } catch (final IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** @return the column names (a copy) */
    public String[] header() {
        return header.clone();
    }

    /** @return the values [row][column] (a deep copy) */
    public int[][] values() {
        final int[][] copy = new int[values.length][];
        for (int r = 0; r < values.length; r++) {
            copy[r] = values[r].clone();
        }
        return copy;
    }
}
