/**
 * Segment migration between two scheduled runs of the same model: transition matrix, movers, new and gone customers,
 * named moves ({@link org.custseg.engine.migration.SegmentMigration}).
 */
package org.custseg.engine.migration;
