/**
 * Customer Segmentation for KNIME: node factories, models and dialogs, one sub-package per node.
 * Node models only translate between KNIME and the engine ({@code org.custseg.engine}).
 */
package org.custseg.knime;
