package org.custseg.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The engine tests' one way to find the bundled sample data (660 credit-card customers,
 * {@code test-workflows/data/credit-card-customer-data.csv}), whether the tests run from the repository root or from
 * {@code engine/}.
 */
public final class SampleFixture {

    /** The five behavioural columns the examples segment on. */
    public static final List<String> BEHAVIOURAL = List.of("Avg_Credit_Limit", "Total_Credit_Cards",
        "Total_visits_bank", "Total_visits_online", "Total_calls_made");

    private SampleFixture() {
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
}
