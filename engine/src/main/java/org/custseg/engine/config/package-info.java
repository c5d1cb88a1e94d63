/**
 * The shared vocabulary of the engine's settings (algorithm, distance, missing-value policy, scaling, linkage,
 * hierarchical engine, k criterion, k-means start): plain enums at the bottom of the package graph, used by
 * preparation, segmenters, the model, the command line and the KNIME nodes alike.
 */
package org.custseg.engine.config;
