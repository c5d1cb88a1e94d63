package org.custseg.engine.model;

import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import org.custseg.engine.SegmentationException;
import org.custseg.engine.config.Algorithm;
import org.custseg.engine.config.Distance;
import org.custseg.engine.config.MissingPolicy;
import org.custseg.engine.config.Scaling;
import org.custseg.engine.prep.Preprocessing;

/** The JSON file format of a {@link SegmentationModel} ({@code model.json}): writing and reading. */
final class ModelJson {

    private ModelJson() {
    }

    /** Plain JSON shape; field names are part of the file format. */
    private static final class Json {
        Integer formatVersion;
        String engineVersion;
        String algorithm;
        List<String> featureNames;
        List<String> segmentNames;
        String missingPolicy;
        String scaling;
        Double[] fillValues;
        double[] centers;
        double[] scales;
        double[][] centroidsScaled;
        String distance;
        double[][] kMeansCenters;
        double[] emPriors;
        double[][] emMeans;
        double[][] emStdDevs;
        /**
         * Full-covariance EM only: {@code [k][d][d]} lower-triangular Cholesky factors L of the covariance matrices
         * (covariance = L Lᵀ; stored as factors so that a model reads back bit for bit); absent for a diagonal mixture.
         */
        double[][][] emCholeskyFactors;
        String wekaOptions;
        String parameters;
        String fingerprint;
        List<List<String>> nominalLevels;
        double[] gowerRanges;
    }

    private static Gson gson() {
        return new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();
    }

    /** @return the model as pretty-printed JSON */
    static String write(final SegmentationModel m) {
        final Json j = new Json();
        j.formatVersion = SegmentationModel.FORMAT_VERSION;
        j.engineVersion = m.engineVersion();
        j.algorithm = m.algorithm().name();
        j.featureNames = m.featureNames();
        j.segmentNames = m.segmentNames();
        j.missingPolicy = m.preprocessing().missing().name();
        j.scaling = m.preprocessing().scaling().name();
        final double[] f = m.preprocessing().fillValues();
        j.fillValues = new Double[f.length];
        for (int i = 0; i < f.length; i++) {
            j.fillValues[i] = Double.isNaN(f[i]) ? null : f[i];
        }
        j.centers = m.preprocessing().centers();
        j.scales = m.preprocessing().scales();
        j.centroidsScaled = m.centroidsScaled();
        j.distance = m.distance().name();
        j.kMeansCenters = m.kMeansCenters();
        final EmParameters em = m.emParameters();
        if (em != null) {
            j.emPriors = em.priors();
            j.emMeans = em.means();
            j.emStdDevs = em.stdDevs();
            j.emCholeskyFactors = em.choleskyFactors();
        }
        j.wekaOptions = m.wekaOptions();
        j.parameters = m.parametersDescription();
        j.fingerprint = m.fingerprint();
        if (m.gowerRanges() != null) {
            j.nominalLevels = m.nominalLevels();
            j.gowerRanges = m.gowerRanges();
        }
        return gson().toJson(j);
    }

    /**
     * @param json text written by {@link #write}
     * @return the model
     * @throws SegmentationException if the text is not a valid model of a supported format version
     */
    static SegmentationModel read(final String json) throws SegmentationException {
        final Json j;
        try {
            j = gson().fromJson(json, Json.class);
        } catch (JsonParseException | IllegalStateException e) {
            throw new SegmentationException("The segmentation model file is not valid JSON (" + e.getMessage()
                + "): use a file written by this extension.", e);
        }
        if (j == null) {
            throw new SegmentationException("The segmentation model file is empty.");
        }
        if (j.formatVersion == null) {
            throw new SegmentationException("The file is not a segmentation model (no formatVersion).");
        }
        if (j.formatVersion > SegmentationModel.FORMAT_VERSION) {
            throw new SegmentationException("The segmentation model has format version " + j.formatVersion
                + " but this engine reads up to version " + SegmentationModel.FORMAT_VERSION + ": update the extension.");
        }
        if (j.formatVersion < 1) {
            throw new SegmentationException("Unknown segmentation model format version " + j.formatVersion + ".");
        }
        try {
            final Algorithm algorithm = Algorithm.valueOf(required(j.algorithm, "algorithm"));
            final Double[] fv = required(j.fillValues, "fillValues");
            final double[] fill = new double[fv.length];
            for (int i = 0; i < fv.length; i++) {
                fill[i] = fv[i] == null ? Double.NaN : fv[i];
            }
            final Preprocessing prep = new Preprocessing(required(j.featureNames, "featureNames"),
                MissingPolicy.valueOf(required(j.missingPolicy, "missingPolicy")),
                Scaling.valueOf(required(j.scaling, "scaling")), fill, required(j.centers, "centers"),
                required(j.scales, "scales"));
            final EmParameters em = j.emPriors == null ? null
                : new EmParameters(j.emPriors, required(j.emMeans, "emMeans"), required(j.emStdDevs, "emStdDevs"),
                    j.emCholeskyFactors);
            return new SegmentationModel(algorithm, prep, required(j.segmentNames, "segmentNames"),
                required(j.centroidsScaled, "centroidsScaled"),
                j.distance == null ? Distance.EUCLIDEAN : Distance.valueOf(j.distance), j.kMeansCenters, em,
                j.wekaOptions, j.parameters, j.engineVersion, j.nominalLevels, j.gowerRanges);
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new SegmentationException("The segmentation model file is damaged or incomplete: " + e.getMessage(), e);
        }
    }

    private static <T> T required(final T value, final String field) {
        if (value == null) {
            throw new IllegalArgumentException("field \"" + field + "\" is missing");
        }
        return value;
    }
}
