/**
 * Data preparation: missing values, infinite values, constant columns and scaling
 * ({@link org.custseg.engine.prep.Preprocessor}); the fitted parameters
 * ({@link org.custseg.engine.prep.Preprocessing}) are stored in the segmentation model and re-applied to new rows.
 */
package org.custseg.engine.prep;
