/**
 * Input data: the numeric {@link org.custseg.engine.data.FeatureMatrix} every segmentation starts from, and the CSV
 * reader used by the command line ({@link org.custseg.engine.data.CsvTable}, which selects feature columns and reports
 * why others were skipped).
 */
package org.custseg.engine.data;
