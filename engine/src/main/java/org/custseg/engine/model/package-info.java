/**
 * The segmentation model: plain values saved as versioned JSON, assigning new rows
 * ({@link org.custseg.engine.model.SegmentationModel}, {@link org.custseg.engine.model.Assignment}).
 */
package org.custseg.engine.model;
