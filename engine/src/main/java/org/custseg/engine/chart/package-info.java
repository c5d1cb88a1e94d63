/**
 * Diagnostic charts as PNG, drawn with Java2D shapes only (text in a built-in bitmap font), so they render headless
 * without Java2D's font set-up (no host name look-up, nothing written to the home folder) and give the same bytes on
 * every machine. Used by the segmenter and profiler nodes' image outputs and the command line's report.
 */
package org.custseg.engine.chart;
