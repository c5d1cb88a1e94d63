package org.custseg.engine.report;

import java.awt.Color;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Writes the segmentation report: one self-contained HTML file that opens offline (no external scripts, style
 * sheets, fonts or images; the charts are PNGs rendered by JFreeChart and embedded as base64 data URIs).
 *
 * <p>Sections: overview with one card per segment, segment sizes chart, choice of the number of segments (criterion
 * against k, chosen k marked, full scan table), segment summary table with persona names and descriptions, heatmap
 * of standardized means (segments × attributes), box plots of each attribute by segment, one section per segment
 * with its persona, description, distinguishing attributes and recommended actions with their rationale, and the
 * method and data-preparation notes. All text coming from data or users is HTML-escaped.
 *
 * <p>With many attributes the heatmap shows the {@value #MAX_HEATMAP_ATTRIBUTES} and the box plots the
 * {@value #MAX_BOX_PLOTS} attributes with the largest absolute standardized difference in any segment (the report
 * says so); the output is otherwise deterministic for the same input.
 *
 * <p>Charts are drawn into off-screen images only, so this works in a headless JVM (the command line sets
 * {@code java.awt.headless=true}; on Linux without {@code DISPLAY} Java is headless anyway). The class does not
 * change that property itself, so it is safe to call inside a GUI application. The JVM needs at least one font
 * (e.g. Debian's {@code fontconfig} and {@code fonts-dejavu-core}).
 */
public final class HtmlReport {

    /** Largest number of attributes shown in the heatmap. */
    public static final int MAX_HEATMAP_ATTRIBUTES = 40;

    /** Largest number of attributes given a box plot. */
    public static final int MAX_BOX_PLOTS = 24;

    private HtmlReport() {
    }

    /**
     * Renders the report and writes it as UTF-8.
     *
     * @param input what to show
     * @param file the HTML file to write (its parent directory must exist)
     * @throws IOException if the file cannot be written
     */
    public static void write(final ReportInput input, final Path file) throws IOException {
        Files.writeString(file, render(input), StandardCharsets.UTF_8);
    }

    /**
     * @param input what to show
     * @return the complete HTML document
     */
    public static String render(final ReportInput input) {
        return new HtmlReport.Writer(input).document();
    }

    /**
     * Escapes text for HTML element content and attribute values.
     *
     * @param text any text, may be {@code null}
     * @return the escaped text ({@code ""} for {@code null})
     */
    public static String escape(final String text) {
        if (text == null) {
            return "";
        }
        final StringBuilder b = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            final char c = text.charAt(i);
            switch (c) {
                case '&':
                    b.append("&amp;");
                    break;
                case '<':
                    b.append("&lt;");
                    break;
                case '>':
                    b.append("&gt;");
                    break;
                case '"':
                    b.append("&quot;");
                    break;
                case '\'':
                    b.append("&#39;");
                    break;
                default:
                    b.append(c);
            }
        }
        return b.toString();
    }

    /** Attribute indices ordered for display: input order when few, else the most distinguishing first. */
    static int[] attributesToShow(final ReportInput in, final int max) {
        final int a = in.attributes().size();
        if (a <= max) {
            final int[] all = new int[a];
            for (int i = 0; i < a; i++) {
                all[i] = i;
            }
            return all;
        }
        final double[][] d = in.standardizedNoCopy();
        final double[] strength = new double[a];
        for (int j = 0; j < a; j++) {
            for (final double[] row : d) {
                if (Double.isFinite(row[j])) {
                    strength[j] = Math.max(strength[j], Math.abs(row[j]));
                }
            }
        }
        final List<Integer> idx = new ArrayList<>();
        for (int j = 0; j < a; j++) {
            idx.add(j);
        }
        idx.sort(Comparator.<Integer>comparingDouble(j -> -strength[j]).thenComparingInt(j -> j));
        final int[] top = new int[max];
        for (int i = 0; i < max; i++) {
            top[i] = idx.get(i);
        }
        return top;
    }

    /** Builds the document for one input. */
    private static final class Writer {
        private final ReportInput in;
        private final StringBuilder h = new StringBuilder(1 << 16);
        private final DecimalFormat pct = new DecimalFormat("0.0%", DecimalFormatSymbols.getInstance(Locale.ROOT));
        private final DecimalFormat num = new DecimalFormat("#,##0.##", DecimalFormatSymbols.getInstance(Locale.ROOT));
        private final DecimalFormat signed =
            new DecimalFormat("+0.00;-0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));

        Writer(final ReportInput in) {
            this.in = in;
        }

        private Writer t(final String rawHtml) {
            h.append(rawHtml);
            return this;
        }

        private Writer e(final String text) {
            h.append(escape(text));
            return this;
        }

        private static String hex(final Color c) {
            return String.format(Locale.ROOT, "#%02x%02x%02x", c.getRed(), c.getGreen(), c.getBlue());
        }

        private void img(final ReportCharts.Png png, final String alt, final String cssClass) {
            t("<img class=\"").t(cssClass).t("\" width=\"").t(Integer.toString(png.width())).t("\" height=\"")
                .t(Integer.toString(png.height())).t("\" alt=\"").e(alt).t("\" src=\"data:image/png;base64,")
                .t(Base64.getEncoder().encodeToString(png.bytes())).t("\">\n");
        }

        String document() {
            t("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                .t("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
                .e(in.title()).t("</title>\n<style>\n").t(CSS).t("</style>\n</head>\n<body>\n");
            header();
            t("<main>\n");
            overview();
            sizes();
            kSelection();
            diagnostics();
            summary();
            stability();
            heatmap();
            distributions();
            perSegment();
            method();
            t("</main>\n<footer>").e(in.footer()).t("</footer>\n</body>\n</html>\n");
            return h.toString();
        }

        private void header() {
            t("<header>\n<div class=\"wrap\">\n<h1>").e(in.title()).t("</h1>\n<p class=\"sub\">")
                .e(in.sourceName()).t(" &middot; ").e(num.format(in.rows())).t(" customers &middot; ")
                .e(Integer.toString(in.segments().size())).t(" segments</p>\n<nav>")
                .t("<a href=\"#overview\">Overview</a><a href=\"#sizes\">Sizes</a>");
            if (in.kSelection() != null) {
                t("<a href=\"#k-selection\">Number of segments</a>");
            }
            t("<a href=\"#summary\">Summary</a>");
            if (in.stability() != null) {
                t("<a href=\"#stability\">Stability</a>");
            }
            t("<a href=\"#heatmap\">Profile heatmap</a>")
                .t("<a href=\"#distributions\">Distributions</a><a href=\"#segments\">Segments &amp; actions</a>")
                .t("<a href=\"#method\">Method</a></nav>\n</div>\n</header>\n");
        }

        private void overview() {
            t("<section id=\"overview\">\n<h2>Overview</h2>\n<dl class=\"facts\">\n");
            for (final ReportInput.Fact f : in.facts()) {
                t("<div><dt>").e(f.label()).t("</dt><dd>").e(f.value()).t("</dd></div>\n");
            }
            t("</dl>\n<div class=\"cards\">\n");
            for (int s = 0; s < in.segments().size(); s++) {
                final ReportInput.Segment seg = in.segments().get(s);
                t("<a class=\"card\" href=\"#segment-").t(Integer.toString(s + 1)).t("\" style=\"border-top-color:")
                    .t(hex(ReportCharts.segmentColor(s))).t("\">\n<div class=\"seg-name\">").e(seg.name())
                    .t("</div>\n<div class=\"persona\">").e(seg.persona()).t("</div>\n<div class=\"size\">")
                    .e(num.format(seg.size())).t(" customers <span class=\"share\">").e(pct.format(seg.share()))
                    .t("</span></div>\n");
                final String top = topAction(s);
                if (top != null) {
                    t("<div class=\"top-action\"><span>Top action</span> ").e(top).t("</div>\n");
                }
                t("</a>\n");
            }
            t("</div>\n</section>\n");
        }

        private String topAction(final int segment) {
            for (final ReportInput.Action a : in.actions()) {
                if (a.segment() == segment) {
                    return a.action();
                }
            }
            return null;
        }

        private void sizes() {
            t("<section id=\"sizes\">\n<h2>Segment sizes</h2>\n<p class=\"lead\">How many customers fall into each"
                + " segment. Segment 1 is always the largest.</p>\n");
            img(ReportCharts.sizes(in), "Bar chart of segment sizes", "chart");
            t("</section>\n");
        }

        private void kSelection() {
            final ReportInput.KSelection ks = in.kSelection();
            if (ks == null) {
                return;
            }
            t("<section id=\"k-selection\">\n<h2>Choosing the number of segments</h2>\n<p class=\"lead\">Every"
                + " number of segments from ").e(Integer.toString(ks.ks()[0])).t(" to ")
                .e(Integer.toString(ks.ks()[ks.ks().length - 1])).t(" was tried; ").e(ks.criterionLabel())
                .t(" picked <strong>k = ").e(Integer.toString(ks.chosenK())).t("</strong>.</p>\n");
            img(ReportCharts.kSelection(ks), "Line chart of " + ks.criterionLabel() + " against k, chosen k "
                + ks.chosenK() + " marked", "chart");
            t("<details><summary>All criteria for every k</summary>\n<table class=\"num\">\n<thead><tr>");
            for (final String c : ks.tableHeader()) {
                t("<th>").e(c).t("</th>");
            }
            t("</tr></thead>\n<tbody>\n");
            final int[] k = ks.ks();
            for (int i = 0; i < ks.tableRows().size(); i++) {
                final boolean chosen = i < k.length && k[i] == ks.chosenK();
                t(chosen ? "<tr class=\"chosen\">" : "<tr>");
                for (final String c : ks.tableRows().get(i)) {
                    t("<td>").e(c).t("</td>");
                }
                t("</tr>\n");
            }
            t("</tbody>\n</table>\n</details>\n</section>\n");
        }

        private void diagnostics() {
            for (final ReportInput.Diagnostic d : in.diagnostics()) {
                t("<section id=\"").e(d.id()).t("\">\n<h2>").e(d.heading()).t("</h2>\n<p class=\"lead\">")
                    .e(d.lead()).t("</p>\n");
                img(new ReportCharts.Png(d.image().png(), d.image().width(), d.image().height()), d.alt(), "chart");
                t("</section>\n");
            }
        }

        private void summary() {
            t("<section id=\"summary\">\n<h2>Segment summary</h2>\n<table>\n<thead><tr><th>Segment</th>"
                + "<th>Persona</th><th class=\"r\">Customers</th><th class=\"r\">Share</th><th>What sets it apart"
                + "</th></tr></thead>\n<tbody>\n");
            for (int s = 0; s < in.segments().size(); s++) {
                final ReportInput.Segment seg = in.segments().get(s);
                t("<tr><td class=\"nowrap\"><span class=\"dot\" style=\"background:")
                    .t(hex(ReportCharts.segmentColor(s))).t("\"></span>").e(seg.name())
                    .t("</td><td class=\"persona-cell\"><strong>")
                    .e(seg.persona()).t("</strong></td><td class=\"r\">").e(num.format(seg.size()))
                    .t("</td><td class=\"r\">").e(pct.format(seg.share())).t("</td><td>").e(seg.description())
                    .t("</td></tr>\n");
            }
            t("</tbody>\n</table>\n");
            if (!in.attributes().isEmpty()) {
                t("<details><summary>Segment means in original units</summary>\n<table class=\"num\">\n<thead><tr>"
                    + "<th>Attribute</th><th>All customers</th>");
                for (final ReportInput.Segment seg : in.segments()) {
                    t("<th>").e(seg.name()).t("</th>");
                }
                t("</tr></thead>\n<tbody>\n");
                final double[][] m = in.segmentMeans();
                final double[] pop = in.populationMeans();
                for (int a = 0; a < in.attributes().size(); a++) {
                    t("<tr><td>").e(in.attributes().get(a)).t("</td><td>").e(fmt(pop[a])).t("</td>");
                    for (int s = 0; s < m.length; s++) {
                        t("<td>").e(fmt(m[s][a])).t("</td>");
                    }
                    t("</tr>\n");
                }
                t("</tbody>\n</table>\n</details>\n");
            }
            t("</section>\n");
        }

        private void stability() {
            final ReportInput.Stability st = in.stability();
            if (st == null) {
                return;
            }
            final java.text.DecimalFormat two =
                new java.text.DecimalFormat("0.00", java.text.DecimalFormatSymbols.getInstance(Locale.ROOT));
            t("<section id=\"stability\">\n<h2>Segment stability</h2>\n<p class=\"lead\">Is each segment real?"
                + " The segmentation was repeated on ").e(st.description()).t(" of the customers; a segment's score"
                + " (mean Jaccard similarity, 0 to 1) says how much of it was found again each time. Below 0.6 a"
                + " segment should not get a dedicated campaign, 0.6 to 0.75 is a real pattern with doubtful"
                + " members, 0.75 and above is stable, 0.85 and above highly stable (Hennig 2007). Overall: ")
                .e(Double.isNaN(st.overall()) ? "n/a" : two.format(st.overall())).t(".</p>\n");
            img(ReportCharts.stability(in), "Bar chart of segment stability", "chart");
            t("<table>\n<thead><tr><th>Segment</th><th class=\"r\">Mean Jaccard</th><th class=\"r\">Lowest</th>"
                + "<th class=\"r\">Resamples that dissolved it</th><th>Verdict</th></tr></thead>\n<tbody>\n");
            final double[] mean = st.meanJaccard();
            final double[] min = st.minJaccard();
            final int[] dissolved = st.dissolved();
            for (int s = 0; s < mean.length; s++) {
                t("<tr><td class=\"nowrap\"><span class=\"dot\" style=\"background:")
                    .t(hex(ReportCharts.segmentColor(s))).t("\"></span>").e(in.segments().get(s).name())
                    .t("</td><td class=\"r\">").e(Double.isNaN(mean[s]) ? "n/a" : two.format(mean[s]))
                    .t("</td><td class=\"r\">").e(Double.isNaN(min[s]) ? "n/a" : two.format(min[s]))
                    .t("</td><td class=\"r\">").e(Integer.toString(dissolved[s])).t("</td><td>")
                    .e(st.verdicts().get(s)).t("</td></tr>\n");
            }
            t("</tbody>\n</table>\n</section>\n");
        }

        private String fmt(final double v) {
            return Double.isFinite(v) ? num.format(v) : "n/a";
        }

        private void heatmap() {
            if (in.attributes().isEmpty()) {
                return;
            }
            final int[] attrs = attributesToShow(in, MAX_HEATMAP_ATTRIBUTES);
            t("<section id=\"heatmap\">\n<h2>Profile heatmap</h2>\n<p class=\"lead\">How far each segment's average"
                + " lies from the rest of the customers, in standard deviations. <span class=\"hi\">Red</span> ="
                + " higher than the rest, <span class=\"lo\">blue</span> = lower; around &plusmn;0.8 and beyond is a"
                + " large difference (colours saturate at &plusmn;3).</p>\n");
            if (attrs.length < in.attributes().size()) {
                t("<p class=\"note\">Showing the ").e(Integer.toString(attrs.length)).t(" of ")
                    .e(Integer.toString(in.attributes().size()))
                    .t(" attributes that differ most between segments.</p>\n");
            }
            img(ReportCharts.heatmap(in, attrs), "Heatmap of standardized segment means", "chart");
            t("</section>\n");
        }

        private void distributions() {
            if (in.attributes().isEmpty()) {
                return;
            }
            final int[] attrs = attributesToShow(in, MAX_BOX_PLOTS);
            t("<section id=\"distributions\">\n<h2>Attribute distributions by segment</h2>\n<p class=\"lead\">Box"
                + " = middle half of the segment's customers, line = median, whiskers = typical range,"
                + " dots = unusual customers. Skewed attributes (such as money amounts) are drawn on a log scale,"
                + " log10(1 + value), so their boxes stay visible; the axis labels are in the original units.</p>\n");
            if (attrs.length < in.attributes().size()) {
                t("<p class=\"note\">Showing the ").e(Integer.toString(attrs.length)).t(" of ")
                    .e(Integer.toString(in.attributes().size()))
                    .t(" attributes that differ most between segments.</p>\n");
            }
            t("<div class=\"grid\">\n");
            for (final int a : attrs) {
                final boolean log = ReportCharts.logScale(in.valuesNoCopy()[a]); // once: the caption and the chart
                t("<figure>\n<figcaption>").e(in.attributes().get(a))
                    .t(log ? " <span class=\"note\">(log scale)</span>" : "")
                    .t("</figcaption>\n");
                img(ReportCharts.boxPlot(in, a, log), "Box plot of " + in.attributes().get(a) + " by segment", "box");
                t("</figure>\n");
            }
            t("</div>\n</section>\n");
        }

        private void perSegment() {
            t("<section id=\"segments\">\n<h2>Segments and recommended actions</h2>\n");
            for (int s = 0; s < in.segments().size(); s++) {
                final ReportInput.Segment seg = in.segments().get(s);
                t("<article class=\"segment\" id=\"segment-").t(Integer.toString(s + 1))
                    .t("\" style=\"border-left-color:").t(hex(ReportCharts.segmentColor(s))).t("\">\n<h3>")
                    .e(seg.name()).t(": ").e(seg.persona()).t("</h3>\n<p class=\"meta\">").e(num.format(seg.size()))
                    .t(" customers (").e(pct.format(seg.share())).t(")</p>\n<p class=\"desc\">")
                    .e(seg.description()).t("</p>\n");
                if (!seg.topAttributes().isEmpty()) {
                    topAttributeChips(s, seg);
                }
                segmentActions(s);
                t("</article>\n");
            }
            t("</section>\n");
        }

        /** The segment's top attributes (at most 6) as chips: mean, ratio to the average, effect size. */
        private void topAttributeChips(final int s, final ReportInput.Segment seg) {
            final double[][] d = in.standardizedNoCopy();
            final double[][] m = in.segmentMeans();
            final double[] pop = in.populationMeans();
            t("<ul class=\"chips\">");
            int shown = 0;
            for (final String attr : seg.topAttributes()) {
                if (shown++ >= 6) {
                    break;
                }
                final int a = in.attributes().indexOf(attr);
                t("<li>").e(attr);
                if (a >= 0 && Double.isFinite(m[s][a])) {
                    t(" <b>").e(num.format(m[s][a])).t("</b>");
                    if (Double.isFinite(pop[a]) && pop[a] != 0) {
                        t(" <i>").e(new DecimalFormat("0.0#", DecimalFormatSymbols.getInstance(Locale.ROOT))
                            .format(m[s][a] / pop[a])).t("&times; average</i>");
                    }
                    if (Double.isFinite(d[s][a])) {
                        t(" <span class=\"").t(d[s][a] >= 0 ? "hi" : "lo").t("\">d ").e(signed.format(d[s][a]))
                            .t("</span>");
                    }
                }
                t("</li>");
            }
            t("</ul>\n");
        }

        /** The segment's recommended actions with their tags and rationale, or a note that there are none. */
        private void segmentActions(final int s) {
            final List<ReportInput.Action> actions = new ArrayList<>();
            for (final ReportInput.Action a : in.actions()) {
                if (a.segment() == s) {
                    actions.add(a);
                }
            }
            if (actions.isEmpty()) {
                t("<p class=\"note\">No recommendations were computed for this segment.</p>\n");
                return;
            }
            t("<h4>Recommended actions</h4>\n<ol class=\"actions\">\n");
            for (final ReportInput.Action a : actions) {
                t("<li>\n<div class=\"action\">").e(a.action()).t("</div>\n<div class=\"tags\">");
                if (a.priority() > 0) {
                    t("<span class=\"tag prio\">Priority ").e(Integer.toString(a.priority())).t("</span>");
                }
                tag("Team", a.team());
                tag("Channel", a.channel());
                tag("KPI", a.kpi());
                if (a.ruleId() != null && !a.ruleId().isBlank()) {
                    t("<span class=\"tag rule\">rule ").e(a.ruleId()).t("</span>");
                }
                t("</div>\n");
                if (a.rationale() != null && !a.rationale().isBlank()) {
                    t("<div class=\"why\"><span>Why:</span> ").e(a.rationale()).t("</div>\n");
                }
                t("</li>\n");
            }
            t("</ol>\n");
        }

        private void tag(final String label, final String value) {
            if (value != null && !value.isBlank()) {
                t("<span class=\"tag\"><b>").e(label).t("</b> ").e(value).t("</span>");
            }
        }

        private void method() {
            t("<section id=\"method\">\n<h2>Method and data notes</h2>\n<ul class=\"notes\">\n");
            for (final String n : in.notes()) {
                t("<li>").e(n).t("</li>\n");
            }
            t("</ul>\n</section>\n");
        }
    }

    private static final String CSS = String.join("\n",
        ":root{--ink:#243041;--muted:#5f6b7a;--line:#e3e7ec;--bg:#f5f7fa;--accent:#0b5cad;--hi:#b2182b;--lo:#2166ac}",
        "*{box-sizing:border-box}",
        "body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.55 -apple-system,'Segoe UI',Roboto,"
            + "'Helvetica Neue',Arial,'DejaVu Sans',sans-serif}",
        "header{background:linear-gradient(135deg,#12355b,#0b5cad);color:#fff;padding:28px 0 0}",
        ".wrap,main,footer{max-width:1120px;margin:0 auto;padding:0 28px}",
        "h1{margin:0;font-size:28px;font-weight:650;letter-spacing:-.01em}",
        ".sub{margin:6px 0 18px;opacity:.85}",
        "nav{display:flex;flex-wrap:wrap;gap:4px}",
        "nav a{color:#fff;text-decoration:none;padding:8px 12px;border-radius:6px 6px 0 0;font-size:14px;"
            + "background:rgba(255,255,255,.10)}",
        "nav a:hover{background:rgba(255,255,255,.22)}",
        "section{background:#fff;border:1px solid var(--line);border-radius:10px;padding:22px 26px;margin:22px 0;"
            + "box-shadow:0 1px 2px rgba(16,24,40,.04)}",
        "h2{margin:0 0 6px;font-size:21px;font-weight:650}",
        "h3{margin:0;font-size:18px}",
        "h4{margin:16px 0 6px;font-size:13px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}",
        ".lead{color:var(--muted);margin:0 0 14px}",
        ".note{color:var(--muted);font-style:italic}",
        ".hi{color:var(--hi);font-weight:600}.lo{color:var(--lo);font-weight:600}",
        "img.chart{display:block;max-width:100%;height:auto;margin:6px auto}",
        ".facts{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:8px 24px;margin:8px 0 18px}",
        ".facts div{border-bottom:1px solid var(--line);padding:4px 0}",
        ".facts dt{font-size:12px;text-transform:uppercase;letter-spacing:.05em;color:var(--muted)}",
        ".facts dd{margin:0;font-weight:600}",
        ".cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(240px,1fr));gap:14px}",
        ".card{display:block;color:inherit;text-decoration:none;border:1px solid var(--line);border-top:5px solid;"
            + "border-radius:8px;padding:14px 16px;background:#fff}",
        ".card:hover{box-shadow:0 2px 8px rgba(16,24,40,.12)}",
        ".seg-name{font-size:12px;text-transform:uppercase;letter-spacing:.06em;color:var(--muted)}",
        ".persona{font-size:18px;font-weight:650;margin:2px 0 4px}",
        ".size{font-size:14px}.share{color:var(--muted);margin-left:4px}",
        ".top-action{margin-top:10px;font-size:13.5px;border-top:1px dashed var(--line);padding-top:8px}",
        ".top-action span{display:block;font-size:11px;text-transform:uppercase;letter-spacing:.06em;"
            + "color:var(--muted)}",
        "table{border-collapse:collapse;width:100%;font-size:14px;margin:8px 0}",
        "th{text-align:left;font-size:12px;text-transform:uppercase;letter-spacing:.04em;color:var(--muted);"
            + "border-bottom:2px solid var(--line);padding:8px 10px}",
        "td{border-bottom:1px solid var(--line);padding:8px 10px;vertical-align:top}",
        "tbody tr:nth-child(even){background:#fafbfc}",
        "table.num td,table.num th{text-align:right}table.num td:first-child,table.num th:first-child{text-align:left}",
        "tr.chosen td{background:#fff4e0;font-weight:650}",
        "th.r,td.r{text-align:right}.nowrap{white-space:nowrap}.persona-cell{min-width:190px}",
        ".dot{display:inline-block;width:10px;height:10px;border-radius:50%;margin-right:8px}",
        "details{margin-top:10px}summary{cursor:pointer;color:var(--accent);font-weight:600}",
        ".grid{display:grid;grid-template-columns:repeat(auto-fill,minmax(430px,1fr));gap:12px 20px}",
        "figure{margin:0;border:1px solid var(--line);border-radius:8px;padding:10px}",
        "figcaption{font-weight:650;font-size:14px;margin-bottom:4px}",
        "img.box{display:block;max-width:100%;height:auto}",
        "article.segment{border-left:6px solid;padding:6px 0 8px 18px;margin:20px 0 28px}",
        ".meta{color:var(--muted);margin:2px 0 8px}",
        ".desc{margin:0 0 10px;font-size:15.5px}",
        ".chips{list-style:none;padding:0;margin:0 0 6px;display:flex;flex-wrap:wrap;gap:6px}",
        ".chips li{background:var(--bg);border:1px solid var(--line);border-radius:16px;padding:3px 11px;"
            + "font-size:13px}",
        ".chips i{color:var(--muted);font-style:normal}",
        "ol.actions{margin:0;padding-left:22px}",
        "ol.actions li{margin:0 0 14px}",
        ".action{font-weight:650;font-size:15.5px}",
        ".tags{display:flex;flex-wrap:wrap;gap:6px;margin:5px 0}",
        ".tag{font-size:12.5px;background:#eef3fa;color:#1d3b5c;border-radius:4px;padding:2px 8px}",
        ".tag.prio{background:#0b5cad;color:#fff}.tag.rule{background:#f1f1f1;color:var(--muted)}",
        ".why{font-size:13.5px;color:var(--muted)}.why span{font-weight:650;color:var(--ink)}",
        ".notes li{margin:3px 0}",
        "footer{color:var(--muted);font-size:12.5px;padding-bottom:32px}",
        "@media print{body{background:#fff}header{background:#12355b;-webkit-print-color-adjust:exact;"
            + "print-color-adjust:exact}nav{display:none}section{break-inside:avoid;box-shadow:none}"
            + "details{display:block}}",
        "");
}
