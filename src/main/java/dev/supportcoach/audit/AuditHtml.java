package dev.supportcoach.audit;

import dev.supportcoach.DraftFinding;
import dev.supportcoach.Evidence;
import dev.supportcoach.Principle;
import dev.supportcoach.audit.AuditReport.Card;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import java.util.Properties;
import java.util.TreeMap;

/**
 * The audit report as one self-contained HTML page: inline CSS and SVG, no script, no
 * external resource. An overview (team figures, a bar chart per principle, the score by
 * week, the agent table, the lowest-scoring conversations, the method) where every figure
 * links to the replies behind it, and each reply with its findings highlighted in its text
 * and the recommendations that stood before it. Labels in English or Russian.
 *
 * <pre>{@code
 * try (OutputStream out = Files.newOutputStream(Path.of("audit.html"))) {
 *     AuditHtml.write(report, "ru", out);
 * }
 * }</pre>
 */
public final class AuditHtml {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
    /** Weeks shown in the trend chart: the latest ones. */
    private static final int MAX_WEEKS = 52;
    /** Weeks in an agent's trend line. */
    private static final int SPARK_WEEKS = 12;

    private final AuditReport report;
    private final Properties labels;
    private final String lang;
    private final StringBuilder out = new StringBuilder(1 << 16);
    /** Agent keys to their position, for element ids that do not depend on what a name contains. */
    private final Map<String, Integer> agentIndex = new LinkedHashMap<>();

    private AuditHtml(AuditReport report, String lang) {
        this.report = report;
        this.lang = lang;
        this.labels = labels(lang);
        List<AuditReport.AgentScorecard> agents = report.agents();
        for (int i = 0; i < agents.size(); i++) {
            agentIndex.put(agents.get(i).agent().key(), i);
        }
    }

    /**
     * Writes the report as HTML (UTF-8) to {@code out}, which is flushed, not closed.
     *
     * @param lang the labels' language, {@code "en"} or {@code "ru"}
     * @throws IllegalArgumentException for another language
     */
    public static void write(AuditReport report, String lang, OutputStream out) {
        Objects.requireNonNull(report, "report must not be null");
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        try {
            render(report, lang, w);
            w.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the report as HTML to {@code w}. */
    public static void render(AuditReport report, String lang, Writer w) throws IOException {
        AuditHtml h = new AuditHtml(report, lang);
        h.page();
        w.write(h.out.toString());
    }

    private static Properties labels(String lang) {
        if (!"en".equals(lang) && !"ru".equals(lang)) {
            throw new IllegalArgumentException("lang must be en or ru, was " + lang);
        }
        Properties p = new Properties();
        try (InputStream in = AuditHtml.class.getResourceAsStream("labels_" + lang + ".properties")) {
            p.load(new InputStreamReader(Objects.requireNonNull(in, "labels_" + lang), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }

    // ---------------------------------------------------------------------------- page

    private void page() {
        out.append("<!DOCTYPE html>\n<html lang=\"").append(lang).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                .append("<title>").append(esc(l("title"))).append("</title>\n<style>").append(CSS).append("</style>\n</head>\n")
                .append("<body>\n<main id=\"top\">\n");
        header();
        principles();
        weeks();
        agents();
        worst();
        errors();
        method();
        out.append("</main>\n<div id=\"drill\">\n");
        lists();
        cards();
        out.append("</div>\n</body>\n</html>\n");
    }

    private void header() {
        Scorecard t = report.team();
        out.append("<header><h1>").append(esc(l("title"))).append("</h1><p class=\"sub\">")
                .append(esc(l("subtitle", "conversations", num(report.conversations()), "replies", num(t.replies()))));
        if (report.firstReply() != null) {
            out.append(" · ").append(esc(l("period", "from", DAY.format(report.firstReply()), "to", DAY.format(report.lastReply()))));
        }
        out.append("</p></header>\n<section class=\"kpis\">\n");
        kpi("kpi-score", l("kpi.score"), pct(t.score()), t.score(), "#principles");
        kpi("kpi-conversations", l("kpi.conversations"), num(report.conversations()), null,
                report.worstConversations().isEmpty() ? null : "#worst");
        kpi("kpi-replies", l("kpi.replies"), num(t.replies()), null, "#agents");
        Scorecard.Counts c = t.recommendations();
        kpi("kpi-honoured", l("kpi.honoured"), pct(c.rate()) + " <small>(" + num(c.honoured()) + "/" + num(c.checked()) + ")</small>", c.rate(),
                c.honoured() < c.checked() ? "#list-notHonoured" : null);
        kpi("kpi-critical", l("kpi.critical"), num(t.criticalReplies()), null, t.criticalReplies() > 0 ? "#list-critical" : null);
        if (report.errors() > 0) {
            kpi("kpi-errors", l("kpi.errors"), num(report.errors()), null, "#errors");
        }
        out.append("</section>\n");
    }

    private void kpi(String id, String label, String valueHtml, OptionalDouble rate, String href) {
        out.append("<div class=\"kpi\" id=\"").append(id).append("\"");
        if (rate != null && rate.isPresent()) {
            out.append(" style=\"border-color:").append(color(rate.getAsDouble(), 45)).append("\"");
        }
        out.append("><div class=\"v\">");
        if (href != null) {
            out.append("<a href=\"").append(href).append("\">").append(valueHtml).append("</a>");
        } else {
            out.append(valueHtml);
        }
        out.append("</div><div class=\"k\">").append(esc(label)).append("</div></div>\n");
    }

    // ---------------------------------------------------------------------------- principle chart

    private void principles() {
        Scorecard t = report.team();
        int max = 1;
        for (Principle p : Principle.values()) {
            max = Math.max(max, t.tally(p).applicable());
        }
        int labelW = 190;
        int barW = 430;
        int rowH = 30;
        int width = labelW + barW + 270;
        int height = rowH * Principle.values().length + 10;
        out.append("<section id=\"principles\"><h2>").append(esc(l("principles.title"))).append("</h2><p class=\"note\">")
                .append(esc(l("principles.note"))).append("</p>\n")
                .append("<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\">\n");
        int y = 5;
        for (Principle p : Principle.values()) {
            Tally tally = t.tally(p);
            out.append("<g class=\"bar\" data-principle=\"").append(p).append("\" data-met=\"").append(tally.met())
                    .append("\" data-failed=\"").append(tally.failed()).append("\" data-applicable=\"").append(tally.applicable()).append("\">");
            out.append("<text class=\"label\" x=\"0\" y=\"").append(y + 19).append("\">").append(esc(principle(p))).append("</text>");
            double metW = (double) barW * tally.met() / max;
            double failW = (double) barW * tally.failed() / max;
            if (tally.met() > 0) {
                out.append("<a class=\"seg met\" href=\"#").append(listId("p:" + p + ":met")).append("\"><rect class=\"met\" x=\"")
                        .append(labelW).append("\" y=\"").append(y + 4).append("\" width=\"").append(fmt(Math.max(metW, 2)))
                        .append("\" height=\"20\"><title>").append(tally.met()).append(' ').append(esc(l("met"))).append("</title></rect></a>");
            }
            if (tally.failed() > 0) {
                out.append("<a class=\"seg failed\" href=\"#").append(listId("p:" + p + ":failed")).append("\"><rect class=\"failed\" x=\"")
                        .append(fmt(labelW + metW)).append("\" y=\"").append(y + 4).append("\" width=\"").append(fmt(Math.max(failW, 2)))
                        .append("\" height=\"20\"><title>").append(tally.failed()).append(' ').append(esc(l("failed"))).append("</title></rect></a>");
            }
            out.append("<text class=\"count\" x=\"").append(fmt(labelW + metW + failW + 8)).append("\" y=\"").append(y + 19).append("\">");
            if (tally.applicable() == 0) {
                out.append(esc(l("principles.none")));
            } else {
                out.append(tally.met()).append(' ').append(esc(l("met"))).append(" · ").append(tally.failed()).append(' ')
                        .append(esc(l("failed"))).append(" · ").append(pct(tally.rate()));
            }
            out.append("</text></g>\n");
            y += rowH;
        }
        out.append("</svg></section>\n");
    }

    // ---------------------------------------------------------------------------- weeks

    private void weeks() {
        TreeMap<String, Scorecard> weeks = new TreeMap<>(report.teamWeeks());
        while (weeks.size() > MAX_WEEKS) {
            weeks.pollFirstEntry();
        }
        if (weeks.isEmpty()) {
            return;
        }
        int colW = Math.max(14, Math.min(60, 760 / weeks.size()));
        int chartH = 160;
        int width = colW * weeks.size() + 40;
        int height = chartH + 60;
        out.append("<section id=\"weeks\"><h2>").append(esc(l("weeks.title"))).append("</h2><p class=\"note\">")
                .append(esc(l("weeks.note"))).append("</p>\n<svg class=\"chart\" role=\"img\" viewBox=\"0 0 ").append(width)
                .append(' ').append(height).append("\" width=\"").append(width).append("\" height=\"").append(height).append("\">\n")
                .append("<line class=\"axis\" x1=\"30\" y1=\"").append(chartH + 10).append("\" x2=\"").append(width)
                .append("\" y2=\"").append(chartH + 10).append("\"/>")
                .append("<text class=\"tick\" x=\"0\" y=\"14\">100</text><text class=\"tick\" x=\"8\" y=\"").append(chartH + 10).append("\">0</text>\n");
        int x = 34;
        int i = 0;
        for (Map.Entry<String, Scorecard> e : weeks.entrySet()) {
            OptionalDouble s = e.getValue().score();
            double h = s.isPresent() ? Math.max(2, chartH * s.getAsDouble() / 100) : 0;
            out.append("<g class=\"week\" data-week=\"").append(e.getKey()).append("\" data-replies=\"").append(e.getValue().replies())
                    .append("\" data-score=\"").append(s.isPresent() ? fmt(s.getAsDouble()) : "").append("\">");
            if (s.isPresent()) {
                out.append("<a href=\"#").append(listId("w:" + e.getKey())).append("\"><rect x=\"").append(x).append("\" y=\"")
                        .append(fmt(chartH + 10 - h)).append("\" width=\"").append(colW - 4).append("\" height=\"").append(fmt(h))
                        .append("\" style=\"fill:").append(color(s.getAsDouble(), 55)).append("\"><title>").append(e.getKey()).append(": ")
                        .append(pct(s)).append(", ").append(e.getValue().replies()).append(' ').append(esc(l("agents.replies").toLowerCase(Locale.ROOT)))
                        .append("</title></rect></a>");
            }
            if (i % Math.max(1, weeks.size() / 12 + (weeks.size() % 12 == 0 ? 0 : 1)) == 0) {
                out.append("<text class=\"tick\" x=\"").append(x).append("\" y=\"").append(chartH + 28).append("\">")
                        .append(e.getKey().substring(2)).append("</text>");
            }
            out.append("</g>\n");
            x += colW;
            i++;
        }
        out.append("</svg></section>\n");
    }

    // ---------------------------------------------------------------------------- agents

    private void agents() {
        out.append("<section id=\"agents\"><h2>").append(esc(l("agents.title"))).append("</h2><p class=\"note\">")
                .append(esc(l("agents.note"))).append("</p>\n<div class=\"scroll\"><table class=\"agents\"><thead><tr><th>")
                .append(esc(l("agents.agent"))).append("</th><th>").append(esc(l("agents.replies"))).append("</th><th>")
                .append(esc(l("agents.conversations"))).append("</th><th>").append(esc(l("agents.score"))).append("</th><th>")
                .append(esc(l("agents.honoured"))).append("</th><th>").append(esc(l("agents.critical"))).append("</th><th>")
                .append(esc(l("agents.trend"))).append("</th>");
        for (Principle p : Principle.values()) {
            out.append("<th class=\"p\">").append(esc(principle(p))).append("</th>");
        }
        out.append("</tr></thead><tbody>\n");
        for (AuditReport.AgentScorecard a : report.agents()) {
            Scorecard s = a.total();
            String key = "a:" + a.agent().key();
            out.append("<tr data-agent=\"").append(esc(a.agent().key())).append("\"><th><a href=\"#").append(listId(key)).append("\">")
                    .append(esc(agentName(a.agent()))).append("</a></th><td>").append(s.replies()).append("</td><td>")
                    .append(s.conversations()).append("</td>");
            rateCell(s.score(), null, null);
            Scorecard.Counts c = s.recommendations();
            out.append("<td>").append(pct(c.rate())).append(" <small>(").append(c.honoured()).append('/').append(c.checked())
                    .append(")</small></td><td>").append(s.criticalReplies()).append("</td><td>");
            sparkline(a.weeks());
            out.append("</td>");
            for (Principle p : Principle.values()) {
                Tally t = s.tally(p);
                rateCell(t.rate(), t.applicable() == 0 ? null : "#" + listId(key + ":" + p), t.met() + "/" + t.applicable());
            }
            out.append("</tr>\n");
        }
        out.append("</tbody></table></div></section>\n");
    }

    /** The score of the last weeks as a small line, each point titled with its week. */
    private void sparkline(Map<String, Scorecard> weeks) {
        List<Map.Entry<String, Scorecard>> points = new ArrayList<>();
        for (Map.Entry<String, Scorecard> e : weeks.entrySet()) {
            if (e.getValue().score().isPresent()) {
                points.add(e);
            }
        }
        points = points.subList(Math.max(0, points.size() - SPARK_WEEKS), points.size());
        if (points.isEmpty()) {
            out.append("—");
            return;
        }
        int w = 96;
        int h = 24;
        out.append("<svg class=\"spark\" width=\"").append(w).append("\" height=\"").append(h).append("\" viewBox=\"0 0 ")
                .append(w).append(' ').append(h).append("\" data-weeks=\"").append(points.size()).append("\"><polyline points=\"");
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < points.size(); i++) {
            double x = points.size() == 1 ? w / 2.0 : 3 + (w - 6.0) * i / (points.size() - 1);
            double score = points.get(i).getValue().score().getAsDouble();
            double y = h - 3 - (h - 6.0) * score / 100;
            out.append(fmt(x)).append(',').append(fmt(y)).append(' ');
            dots.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"2\"><title>")
                    .append(points.get(i).getKey()).append(": ").append(pct(points.get(i).getValue().score())).append("</title></circle>");
        }
        out.append("\"/>").append(dots).append("</svg>");
    }

    private void rateCell(OptionalDouble rate, String href, String counts) {
        out.append("<td class=\"rate\"");
        if (rate.isPresent()) {
            out.append(" style=\"background:").append(color(rate.getAsDouble(), 88)).append("\"");
        }
        out.append('>');
        if (href != null) {
            out.append("<a href=\"").append(href).append("\">");
        }
        out.append(pct(rate));
        if (counts != null && rate.isPresent()) {
            out.append(" <small>").append(counts).append("</small>");
        }
        if (href != null) {
            out.append("</a>");
        }
        out.append("</td>");
    }

    // ---------------------------------------------------------------------------- conversations

    private void worst() {
        List<AuditReport.WorstConversation> worst = report.worstConversations();
        if (worst.isEmpty()) {
            return;
        }
        out.append("<section id=\"worst\"><h2>").append(esc(l("worst.title"))).append("</h2>\n<div class=\"scroll\"><table><thead><tr><th>")
                .append(esc(l("worst.ticket"))).append("</th><th>").append(esc(l("worst.score"))).append("</th><th>")
                .append(esc(l("worst.failed"))).append("</th><th>").append(esc(l("worst.moments"))).append("</th></tr></thead><tbody>\n");
        for (AuditReport.WorstConversation w : worst) {
            ConversationAudit a = w.audit();
            out.append("<tr><th>").append(esc(a.ticketId())).append("<br><small>").append(esc(w.source())).append("</small></th>");
            out.append("<td class=\"rate\" style=\"background:").append(color(a.score().getAsDouble(), 88)).append("\">")
                    .append(pct(a.score()));
            if (a.critical()) {
                out.append(" <span class=\"badge BROKEN\">").append(esc(l("critical"))).append("</span>");
            }
            out.append("</td><td>");
            a.principles().forEach((p, t) -> {
                if (t.failed() > 0) {
                    out.append("<span class=\"chip failed\">").append(esc(principle(p))).append(" ").append(t.met()).append('/')
                            .append(t.applicable()).append("</span> ");
                }
            });
            out.append("</td><td>");
            for (Card c : w.moments()) {
                out.append("<a href=\"#").append(c.id()).append("\">").append(esc(l("worst.message", "message", String.valueOf(c.reply().message()))))
                        .append("</a> ");
            }
            out.append("</td></tr>\n");
        }
        out.append("</tbody></table></div></section>\n");
    }

    private void errors() {
        if (report.errors() == 0) {
            return;
        }
        out.append("<section id=\"errors\"><h2>").append(esc(l("errors.title"))).append(" (").append(report.errors())
                .append(")</h2>\n<table><thead><tr><th>").append(esc(l("errors.source"))).append("</th><th>")
                .append(esc(l("worst.ticket"))).append("</th><th>").append(esc(l("errors.error"))).append("</th></tr></thead><tbody>\n");
        for (AuditReport.ErrorEntry e : report.errorSample()) {
            out.append("<tr><td>").append(esc(e.source())).append("</td><td>").append(esc(e.ticketId() == null ? "" : e.ticketId()))
                    .append("</td><td>").append(esc(e.message())).append("</td></tr>\n");
        }
        out.append("</tbody></table></section>\n");
    }

    private void method() {
        AuditMethod m = report.method();
        out.append("<section id=\"method\"><h2>").append(esc(l("method.title"))).append("</h2><p>")
                .append(esc(l("method.text", "source", m.source()))).append("</p>\n<table class=\"method\"><tbody>");
        for (Principle p : Principle.values()) {
            out.append("<tr><th>").append(esc(principle(p))).append("</th><td>").append(esc(l("method.weight"))).append(' ')
                    .append(fmt(m.weight(p))).append("</td></tr>");
        }
        out.append("<tr><th>").append(esc(l("method.criticalRules"))).append("</th><td>")
                .append(esc(m.critical().isEmpty() ? l("method.none") : String.join(", ", m.critical()))).append("</td></tr>");
        out.append("<tr><th>").append(esc(l("method.signals"))).append("</th><td>");
        if (m.signals().isEmpty()) {
            out.append(esc(l("method.none")));
        }
        m.signals().forEach((id, lists) -> out.append("<code>").append(esc(id)).append("</code>: ").append(esc(String.join(", ", lists))).append("<br>"));
        out.append("</td></tr></tbody></table></section>\n");
    }

    // ---------------------------------------------------------------------------- drill-down

    private void lists() {
        for (Principle p : Principle.values()) {
            list("p:" + p + ":failed", l("list.failed", "principle", principle(p)), p, true);
            list("p:" + p + ":met", l("list.met", "principle", principle(p)), p, false);
        }
        for (String week : report.teamWeeks().keySet()) {
            list("w:" + week, l("list.week", "week", week), null, true);
        }
        for (AuditReport.AgentScorecard a : report.agents()) {
            String key = "a:" + a.agent().key();
            list(key, l("list.agent", "agent", agentName(a.agent())), null, true);
            for (Principle p : Principle.values()) {
                list(key + ":" + p, l("list.agentPrinciple", "agent", agentName(a.agent()), "principle", principle(p)), p, null);
            }
        }
        list("critical", l("list.critical"), null, true);
        list("notHonoured", l("list.notHonoured"), null, true);
    }

    /**
     * One figure's replies: a link to each, with why it is listed.
     *
     * @param principle the figure's principle, or {@code null} for all failed principles
     * @param failed {@code true} to show what failed, {@code false} what was met, {@code null} per reply
     */
    private void list(String key, String title, Principle principle, Boolean failed) {
        AuditReport.Figure f = report.figure(key);
        if (f.total == 0) {
            return;
        }
        out.append("<section class=\"list\" id=\"").append(listId(key)).append("\" data-total=\"").append(f.total)
                .append("\"><h2>").append(esc(title)).append("</h2><p class=\"note\">")
                .append(esc(f.cards.size() < f.total ? l("list.shown", "total", num(f.total), "shown", num(f.cards.size()))
                        : l("list.all", "total", num(f.total))))
                .append("</p>\n<ul class=\"entries\">\n");
        for (Card c : f.cards) {
            ReplyAudit r = c.reply();
            boolean showFailed = failed != null ? failed : principle != null && r.failed().contains(principle);
            out.append("<li class=\"").append(showFailed ? "failed" : "met").append("\"><a href=\"#").append(c.id()).append("\">")
                    .append(esc(l("reply.title", "ticket", c.ticketId(), "message", String.valueOf(r.message())))).append("</a> ")
                    .append("<span class=\"meta\">").append(esc(agentName(r.agent())));
            if (r.at() != null) {
                out.append(" · ").append(TIME.format(r.at()));
            }
            out.append("</span><div class=\"why\">");
            for (DraftFinding d : r.findings()) {
                if (showFailed && (principle == null || d.principle() == principle)) {
                    out.append("<span class=\"rule\">").append(esc(d.id())).append("</span> <mark class=\"finding\">")
                            .append(esc(d.text())).append("</mark> ");
                }
            }
            for (CheckedRecommendation cr : r.recommendations()) {
                boolean ok = cr.outcome() == Outcome.HONOURED;
                if ((principle == null || cr.recommendation().principle() == principle) && ok != showFailed) {
                    out.append("<span class=\"rule\">").append(esc(cr.recommendation().id())).append("</span> ");
                    badge(cr.outcome());
                    out.append(' ');
                }
            }
            out.append("</div></li>\n");
        }
        out.append("</ul><p><a href=\"#top\">").append(esc(l("back"))).append("</a></p></section>\n");
    }

    private void cards() {
        Map<String, Card> all = new TreeMap<>();
        List<Card> every = new ArrayList<>();
        for (Principle p : Principle.values()) {
            every.addAll(report.figure("p:" + p + ":failed").cards);
            every.addAll(report.figure("p:" + p + ":met").cards);
        }
        report.teamWeeks().keySet().forEach(w -> every.addAll(report.figure("w:" + w).cards));
        for (AuditReport.AgentScorecard a : report.agents()) {
            every.addAll(report.figure("a:" + a.agent().key()).cards);
            for (Principle p : Principle.values()) {
                every.addAll(report.figure("a:" + a.agent().key() + ":" + p).cards);
            }
        }
        every.addAll(report.figure("critical").cards);
        every.addAll(report.figure("notHonoured").cards);
        report.worstConversations().forEach(w -> every.addAll(w.moments()));
        every.sort(Comparator.comparingInt(Card::seq).thenComparingInt(c -> c.reply().message()));
        for (Card c : every) {
            all.putIfAbsent(c.id(), c);
        }
        every.stream().map(Card::id).distinct().forEach(id -> card(all.get(id)));
    }

    private void card(Card c) {
        ReplyAudit r = c.reply();
        out.append("<article class=\"reply\" id=\"").append(c.id()).append("\"><h2>")
                .append(esc(l("reply.title", "ticket", c.ticketId(), "message", String.valueOf(r.message())))).append("</h2><p class=\"meta\">")
                .append(esc(l("reply.by", "agent", agentName(r.agent()))));
        if (r.at() != null) {
            out.append(" · ").append(esc(l("reply.at", "at", TIME.format(r.at()))));
        }
        out.append(" · ").append(esc(l("reply.source", "source", c.source()))).append("</p>\n<p>");
        r.failed().forEach(p -> out.append("<span class=\"chip failed\">").append(esc(principle(p))).append("</span> "));
        r.met().forEach(p -> out.append("<span class=\"chip met\">").append(esc(principle(p))).append("</span> "));
        if (r.critical()) {
            out.append("<span class=\"badge BROKEN\">").append(esc(l("critical"))).append("</span>");
        }
        out.append("</p>\n<blockquote class=\"text\">");
        highlighted(r.text(), r.findings());
        out.append("</blockquote>\n<h3>").append(esc(l("reply.findings"))).append("</h3>");
        if (r.findings().isEmpty()) {
            out.append("<p>").append(esc(l("reply.noFindings"))).append("</p>");
        } else {
            out.append("<ul class=\"findings\">");
            for (DraftFinding f : r.findings()) {
                out.append("<li><span class=\"rule\">").append(esc(f.id())).append("</span> <span class=\"chip failed\">")
                        .append(esc(principle(f.principle()))).append("</span> «").append(esc(f.text())).append("»: ")
                        .append(esc(f.problem()));
                if (!f.suggestion().isBlank()) {
                    out.append(" <span class=\"better\">→ ").append(esc(f.suggestion())).append("</span>");
                }
                out.append("</li>");
            }
            out.append("</ul>");
        }
        out.append("\n<h3>").append(esc(l("reply.recommendations"))).append("</h3>");
        if (r.recommendations().isEmpty()) {
            out.append("<p>").append(esc(l("reply.noRecommendations"))).append("</p>");
        } else {
            out.append("<ul class=\"recs\">");
            for (CheckedRecommendation cr : r.recommendations()) {
                out.append("<li>");
                badge(cr.outcome());
                out.append(" <span class=\"rule\">").append(esc(cr.recommendation().id())).append("</span> <span class=\"chip\">")
                        .append(esc(principle(cr.recommendation().principle()))).append("</span> ")
                        .append(esc(cr.recommendation().action()));
                for (Evidence e : cr.recommendation().evidence()) {
                    out.append(" <q><mark class=\"evidence\">").append(esc(e.text())).append("</mark></q> <small>(")
                            .append(esc(l("reply.evidence", "message", String.valueOf(e.message())))).append(")</small>");
                }
                out.append("</li>");
            }
            out.append("</ul>");
        }
        out.append("\n<p><a href=\"#top\">").append(esc(l("back"))).append("</a></p></article>\n");
    }

    /** The text with every finding's span marked; overlapping spans are split at each boundary. */
    private void highlighted(String text, List<DraftFinding> findings) {
        java.util.TreeSet<Integer> cuts = new java.util.TreeSet<>(List.of(0, text.length()));
        for (DraftFinding f : findings) {
            if (f.start() >= 0 && f.end() <= text.length() && f.start() < f.end()) {
                cuts.add(f.start());
                cuts.add(f.end());
            }
        }
        Integer from = cuts.pollFirst();
        for (Integer to : cuts) {
            List<DraftFinding> covering = new ArrayList<>();
            for (DraftFinding f : findings) {
                if (f.start() <= from && f.end() >= to && f.start() < f.end()) {
                    covering.add(f);
                }
            }
            String part = esc(text.substring(from, to));
            if (covering.isEmpty()) {
                out.append(part);
            } else {
                StringBuilder rules = new StringBuilder();
                StringBuilder title = new StringBuilder();
                for (DraftFinding f : covering) {
                    rules.append(rules.length() == 0 ? "" : " ").append(f.id());
                    title.append(title.length() == 0 ? "" : "\n").append(f.id()).append(": ").append(f.problem());
                }
                out.append("<mark class=\"finding\" data-rules=\"").append(esc(rules.toString())).append("\" title=\"")
                        .append(esc(title.toString())).append("\">").append(part).append("</mark>");
            }
            from = to;
        }
    }

    private void badge(Outcome o) {
        out.append("<span class=\"badge ").append(o).append("\">").append(esc(l("outcome." + o))).append("</span>");
    }

    // ---------------------------------------------------------------------------- helpers

    /** The element id of a figure's list; agent keys become their index. */
    private String listId(String key) {
        if (key.startsWith("a:")) {
            String rest = key.substring(2);
            for (Principle p : Principle.values()) {
                String suffix = ":" + p.name();
                if (rest.endsWith(suffix) && agentIndex.containsKey(rest.substring(0, rest.length() - suffix.length()))) {
                    return "list-a" + agentIndex.get(rest.substring(0, rest.length() - suffix.length())) + "-" + p;
                }
            }
            return "list-a" + agentIndex.get(rest);
        }
        return "list-" + key.replace(':', '-');
    }

    private String agentName(Agent a) {
        return a.label() != null ? a.label() : l("unnamed");
    }

    private String principle(Principle p) {
        return l("principle." + p.name());
    }

    private String l(String key, String... args) {
        String s = labels.getProperty(key, key);
        for (int i = 0; i + 1 < args.length; i += 2) {
            s = s.replace("{" + args[i] + "}", args[i + 1]);
        }
        return s;
    }

    private static String pct(OptionalDouble v) {
        return v.isPresent() ? fmt(v.getAsDouble()) + "%" : "—";
    }

    private static String num(int n) {
        return String.format(Locale.ROOT, "%,d", n).replace(',', '\u202F');
    }

    private static String fmt(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.format(Locale.ROOT, "%.1f", d);
    }

    /** From red (0) through amber to green (100), at the given lightness. */
    private static String color(double rate, int lightness) {
        return "hsl(" + Math.round(rate * 1.2) + ",65%," + lightness + "%)";
    }

    static String esc(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                case '\'' -> b.append("&#39;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }

    private static final String CSS = """
            :root{--ink:#1d2330;--muted:#5b6474;--line:#dde2ea;--met:#2f9e6a;--failed:#d64545;--bg:#f6f7f9}
            *{box-sizing:border-box}
            body{margin:0;background:var(--bg);color:var(--ink);font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif}
            main,#drill{max-width:1180px;margin:0 auto;padding:0 20px}
            header{padding:28px 0 8px}h1{margin:0;font-size:26px}h2{font-size:19px;margin:0 0 6px}h3{font-size:15px;margin:16px 0 6px}
            .sub,.note,.meta{color:var(--muted)}.note{margin:0 0 10px;font-size:13px}
            section,article{background:#fff;border:1px solid var(--line);border-radius:10px;padding:18px 20px;margin:16px 0}
            .kpis{display:flex;flex-wrap:wrap;gap:12px;background:none;border:0;padding:0}
            .kpi{flex:1 1 150px;background:#fff;border:1px solid var(--line);border-top:4px solid var(--line);border-radius:10px;padding:12px 16px}
            .kpi .v{font-size:28px;font-weight:650}.kpi .k{color:var(--muted);font-size:13px}.kpi small{font-size:13px;color:var(--muted)}
            svg.chart{max-width:100%;height:auto;font-size:13px}
            svg .label{fill:var(--ink)}svg .count,svg .tick{fill:var(--muted);font-size:12px}
            rect.met{fill:var(--met)}rect.failed{fill:var(--failed)}svg a:hover rect{opacity:.8}svg .axis{stroke:var(--line)}
            .scroll{overflow-x:auto}table{border-collapse:collapse;width:100%;font-size:14px}
            th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
            thead th{font-size:12px;color:var(--muted);font-weight:600}td.rate{white-space:nowrap;text-align:right}
            td small{color:var(--muted)}a{color:#2456b3;text-decoration:none}a:hover{text-decoration:underline}
            .chip{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;background:#eef1f5;margin:1px 0}
            .chip.failed{background:#fde8e8;color:#8f1f1f}.chip.met{background:#e3f5ec;color:#1d6b45}
            .badge{display:inline-block;border-radius:4px;padding:0 6px;font-size:12px;font-weight:600}
            .badge.HONOURED{background:#e3f5ec;color:#1d6b45}.badge.MISSED{background:#fff1d6;color:#7a5200}.badge.BROKEN{background:#fde8e8;color:#8f1f1f}
            .rule{font:12px ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;color:var(--muted)}
            mark.finding{background:#ffd7d7;border-bottom:2px solid var(--failed);padding:0 1px}mark.evidence{background:#fff0b3}
            blockquote.text{white-space:pre-wrap;margin:8px 0;padding:10px 14px;border-left:4px solid var(--line);background:#fafbfc}
            .better{color:#1d6b45}ul.entries{list-style:none;padding:0}ul.entries li{border-bottom:1px solid var(--line);padding:6px 0}
            ul.entries li.failed{border-left:3px solid var(--failed);padding-left:8px}ul.entries li.met{border-left:3px solid var(--met);padding-left:8px}
            .why{margin-top:2px}
            #drill .list,#drill .reply{display:none}#drill .list:target,#drill .reply:target{display:block;box-shadow:0 0 0 3px #c9dafc}
            svg.spark polyline{fill:none;stroke:#2456b3;stroke-width:1.5}svg.spark circle{fill:#2456b3}
            @media print{#drill .list,#drill .reply{display:block}}
            """;
}
