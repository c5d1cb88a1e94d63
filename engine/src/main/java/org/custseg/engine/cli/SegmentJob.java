package org.custseg.engine.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.custseg.engine.CanceledException;
import org.custseg.engine.ProgressListener;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.data.FeatureMatrix;
import org.custseg.engine.model.SegmentationModel;
import org.custseg.engine.profile.NamingTable;
import org.custseg.engine.profile.ProfileConfig;
import org.custseg.engine.profile.ProfileData;
import org.custseg.engine.profile.SegmentProfile;
import org.custseg.engine.profile.SegmentProfiler;
import org.custseg.engine.recommend.Playbook;
import org.custseg.engine.recommend.PlaybookMode;
import org.custseg.engine.recommend.ProfileFacts;
import org.custseg.engine.recommend.Recommendations;
import org.custseg.engine.recommend.RecommenderConfig;
import org.custseg.engine.recommend.SegmentRecommender;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Covariance;
import org.custseg.engine.config.Distance;
import org.custseg.engine.config.HierarchicalEngine;
import org.custseg.engine.config.KCriterion;
import org.custseg.engine.config.Linkage;
import org.custseg.engine.config.MissingPolicy;
import org.custseg.engine.config.Scaling;

import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.HierarchicalEngine;
import org.custseg.engine.config.KCriterion;
import org.custseg.engine.config.Linkage;
import org.custseg.engine.config.MissingPolicy;
import org.custseg.engine.config.Scaling;
import org.custseg.engine.segment.Segmentation;
import org.custseg.engine.segment.SegmentationConfig;
import org.custseg.engine.segment.SegmentationResult;
import org.custseg.engine.stability.SegmentStability;
import org.custseg.engine.stability.StabilityConfig;
import org.custseg.engine.stability.StabilityResult;

/**
 * The command line's pipeline, without any printing: read the CSV, segment, profile, recommend. The result is
 * handed to {@link OutputWriter} and summarised by {@link SegmentCli}.
 */
public final class SegmentJob {

    private SegmentJob() {
    }

    /**
     * Everything one run produced.
     *
     * @param options the options used
     * @param input the data read and the column choices
     * @param config the engine configuration
     * @param result the segmentation
     * @param profile the profile of the segments over the features used
     * @param recommendations the recommended actions
     * @param warnings warnings to show the user (names file, user playbook, profile)
     * @param notes information that needs no action (e.g. built-in playbook rules that do not apply)
     * @param stability the stability per segment, or {@code null} when not assessed ({@code --stability 0})
     */
    public record Outcome(CliOptions options, InputData input, SegmentationConfig config, SegmentationResult result,
        SegmentProfile profile, Recommendations recommendations, List<String> warnings, List<String> notes,
        StabilityResult stability) {
        /** Copies the lists. */
        public Outcome {
            warnings = List.copyOf(warnings);
            notes = List.copyOf(notes);
        }
    }

    /**
     * Builds the engine configuration from the options.
     *
     * @param o the options
     * @return the validated configuration
     * @throws UsageException when the engine rejects a setting (the message names it)
     */
    public static SegmentationConfig config(final CliOptions o) throws UsageException {
        final SegmentationConfig.Builder b = SegmentationConfig.builder(Algorithm.valueOf(o.algorithm()))
            .missing(MissingPolicy.valueOf(o.missing())).scaling(Scaling.valueOf(o.scaling())).seed(o.seed());
        if (o.automaticK()) {
            b.k(0).kMin(o.kMin()).kMax(o.kMax()).criterion(KCriterion.valueOf(o.criterion()));
        } else {
            b.k(o.k());
        }
        if (o.restarts() > 0) {
            b.restarts(o.restarts());
        }
        if (o.linkage() != null) {
            b.linkage(Linkage.valueOf(o.linkage()));
        }
        if (o.engine() != null) {
            b.engine(HierarchicalEngine.valueOf(o.engine()));
        }
        if (o.sampleSize() > 0) {
            b.sampleSize(o.sampleSize());
        }
        if (o.distance() != null) {
            b.distance(Distance.valueOf(o.distance()));
        }
        if (o.covariance() != null) {
            b.covariance(Covariance.valueOf(o.covariance()));
        }
        try {
            return b.build();
        } catch (final IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /**
     * Runs the whole pipeline.
     *
     * @param o the options
     * @param progress progress and cancellation
     * @return the outcome
     * @throws UsageException for a setting the engine rejects
     * @throws SegmentationException for a data problem (the message names column, row or setting)
     * @throws IOException if a file cannot be read
     * @throws CanceledException if canceled
     */
    public static Outcome run(final CliOptions o, final ProgressListener progress)
        throws UsageException, SegmentationException, IOException, CanceledException {
        final SegmentationConfig config = config(o);
        progress.progress(Double.NaN, "Reading " + o.input().getFileName());
        final InputData input = InputData.read(o.input(), o.columns(), o.idColumn(), "GOWER".equals(o.distance()));
        final List<String> warnings = new ArrayList<>();
        final SegmentationResult result = Segmentation.run(input.features(), config, progress);
        StabilityResult stability = null;
        if (o.stabilityResamples() > 0) {
            stability = SegmentStability.assess(input.features(), config, result.labels(), result.k(),
                new StabilityConfig(o.stabilityResamples(), StabilityConfig.Method.valueOf(o.stabilityMethod()),
                    StabilityConfig.DEFAULT_SUBSAMPLE_FRACTION, o.seed(), 0),
                progress);
            warnings.addAll(stability.warnings());
        }

        final Map<String, String> names = o.names() == null ? Map.of() : readNames(o.names(), result, warnings);
        final SegmentProfile profile = SegmentProfiler.profile(profileData(input, result),
            ProfileConfig.builder().personaNames(names).build(), progress);
        warnings.addAll(profile.warnings());

        Playbook user = null;
        if (o.playbook() != null) {
            try (Reader r = Files.newBufferedReader(o.playbook(), StandardCharsets.UTF_8)) {
                user = Playbook.fromCsv(r);
            }
        }
        final Playbook playbook = Playbook.resolve(o.playbookExtends() ? PlaybookMode.EXTEND : PlaybookMode.REPLACE,
            user);
        ProfileFacts facts = ProfileFacts.of(profile);
        if (stability != null) {
            final Map<String, Double> byName = new LinkedHashMap<>();
            for (final StabilityResult.Segment seg : stability.segments()) {
                byName.put(result.segmentName(seg.index()), seg.meanJaccard());
            }
            facts = facts.withStability(byName);
        }
        final Recommendations recs = SegmentRecommender.recommend(facts, playbook, RecommenderConfig.DEFAULT);
        final List<String> notes = new ArrayList<>();
        if (user == null && !recs.skippedRules().isEmpty()) {
            // the built-in playbook also covers richer data sets; its other rules simply do not apply here
            notes.add(recs.skippedRules().size() + " built-in playbook rules need attributes this data does not"
                + " have and were skipped: " + String.join(", ", recs.skippedRules()) + ".");
        } else {
            warnings.addAll(recs.warnings());
        }
        return new Outcome(o, input, config, result, profile, recs, warnings, notes, stability);
    }

    /**
     * The profiler's input: the segmented rows only (rows left out by the missing-value policy are unassigned: they
     * are reported, never profiled or recommended on), with the features actually used by the model in original
     * units as observed (missing cells stay missing, so every mean shown is a mean of observed values, never of
     * imputed ones), each row's segment name, plus the text columns chosen as categories.
     */
    static ProfileData profileData(final InputData input, final SegmentationResult result) {
        final FeatureMatrix features = input.features();
        final int[] labels = result.labels();
        int count = 0;
        for (final int l : labels) {
            count += l < 0 ? 0 : 1;
        }
        final int assigned = count;
        final int[] rows = new int[assigned];
        final String[] seg = new String[assigned];
        for (int r = 0, i = 0; r < labels.length; r++) {
            if (labels[r] >= 0) {
                rows[i] = r;
                seg[i++] = result.segmentName(labels[r]);
            }
        }
        final ProfileData.Builder b = ProfileData.builder(seg);
        final SegmentationModel model = result.model();
        final List<String> numeric = new ArrayList<>();
        final List<Integer> numericCols = new ArrayList<>();
        for (final String f : model.featureNames()) {
            final int c = features.columnNames().indexOf(f);
            if (!features.isNominal(c)) { // a nominal feature is profiled with the categories below
                numeric.add(f);
                numericCols.add(c);
            }
        }
        final double[][] cols = new double[numeric.size()][assigned];
        for (int i = 0; i < assigned; i++) { // row by row: the matrix holds rows
            for (int j = 0; j < cols.length; j++) {
                cols[j][i] = features.value(rows[i], numericCols.get(j));
            }
        }
        for (int j = 0; j < cols.length; j++) {
            b.numericAdopting(numeric.get(j), cols[j]); // made here for the profile alone: not copied again
        }
        input.categories().forEach((name, values) -> {
            final String[] v = new String[assigned];
            for (int i = 0; i < assigned; i++) {
                v[i] = values[rows[i]];
            }
            b.nominal(name, v);
        });
        return b.build();
    }

    /**
     * Reads persona names: a CSV whose first column is the segment (e.g. "Segment 2" or just "2") and whose second
     * column is the name; a header row is recognised by its first cell being "segment".
     */
    static Map<String, String> readNames(final Path file, final SegmentationResult result, final List<String> warnings)
        throws IOException, SegmentationException {
        final List<String> valid = new ArrayList<>();
        for (int s = 0; s < result.k(); s++) {
            valid.add(result.segmentName(s));
        }
        final NamingTable table = new NamingTable("Names file " + file);
        try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8);
            CSVParser p = CSVFormat.RFC4180.builder().setIgnoreEmptyLines(true).build().parse(r)) {
            int line = 0;
            for (final CSVRecord rec : p) {
                line++;
                final String seg = rec.get(0).replace("\uFEFF", "").trim();
                if (line == 1 && seg.toLowerCase(Locale.ROOT).startsWith("segment") && rec.size() >= 2
                    && !valid.contains(seg) && !seg.matches("(?i)segment\\s*\\d+")) {
                    continue; // header
                }
                if (rec.size() < 2) {
                    throw new SegmentationException("Names file " + file + ", line " + rec.getRecordNumber()
                        + ": expected two columns \"segment,name\", e.g. \"Segment 1,Premium digital\".");
                }
                table.add(seg, rec.get(1), "line " + rec.getRecordNumber());
            }
        }
        warnings.addAll(table.warnings());
        warnings.addAll(table.unknown(valid));
        return table.names();
    }
}
