package org.custseg.engine.segment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.custseg.engine.data.ColumnSelection;
import org.custseg.engine.data.CsvTable;
import org.custseg.engine.data.FeatureMatrix;

/** Loads the bundled sample data (660 credit-card customers) for tests. */
final class SampleData {

    static final List<String> BEHAVIOURAL = List.of("Avg_Credit_Limit", "Total_Credit_Cards", "Total_visits_bank",
        "Total_visits_online", "Total_calls_made");

    private SampleData() {
    }

    static Path file() {
        return org.custseg.engine.SampleFixture.file();
    }

    static FeatureMatrix behavioural() throws Exception {
        final ColumnSelection s = CsvTable.read(file()).selectFeatures(BEHAVIOURAL, "Sl_No");
        return s.features();
    }
}
