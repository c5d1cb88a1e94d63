/**
 * The self-contained HTML report: {@link org.custseg.engine.report.HtmlReport} renders a
 * {@link org.custseg.engine.report.ReportInput} with JFreeChart charts embedded as PNG data URIs, so the file opens
 * offline and can be mailed as one attachment.
 */
package org.custseg.engine.report;
