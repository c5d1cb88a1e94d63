/**
 * Exports of a segmentation model for scoring outside this extension: PMML 4.4
 * ({@link org.custseg.engine.export.PmmlExport}) and one ANSI SQL query ({@link org.custseg.engine.export.SqlExport}).
 * Both reproduce {@link org.custseg.engine.model.SegmentationModel#assign} from raw values: the model's imputation,
 * its scaling, then the nearest centre.
 */
package org.custseg.engine.export;
