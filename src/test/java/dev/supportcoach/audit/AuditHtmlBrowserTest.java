package dev.supportcoach.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supportcoach.Principle;
import dev.supportcoach.SupportCase;
import dev.supportcoach.engine.SupportCoach;
import dev.supportcoach.testing.HeadlessChrome;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * The HTML report in a real headless Chromium, checked as a person sees it: a bar per
 * principle with the right counts, drill-down hidden until asked for, a bar leading to its
 * replies and a reply to its highlighted evidence, the agent table leading to its replies,
 * Russian labels. Skipped without a browser unless SUPPORT_COACH_REQUIRE_BROWSER=1.
 */
class AuditHtmlBrowserTest {
    private static AuditReport report;

    @BeforeAll
    static void audit() throws IOException {
        Auditor auditor = Auditor.of(SupportCoach.builder().build());
        report = new AuditReport(auditor.method());
        int i = 0;
        for (SupportCase c : AuditorTest.cases()) {
            report.add("case-" + i++, auditor.audit(c));
        }
    }

    private static Path write(Path dir, String lang) throws IOException {
        Path page = dir.resolve("audit-" + lang + ".html");
        try (OutputStream out = Files.newOutputStream(page)) {
            AuditHtml.write(report, lang, out);
        }
        return page;
    }

    @Test
    void aPersonSeesTheBars_andReachesTheHighlightedReplyBehindAFigure(@TempDir Path tmp) throws IOException {
        Path page = write(tmp, "en");
        try (HeadlessChrome chrome = HeadlessChrome.start()) {
            WebDriver d = chrome.driver();
            d.get(page.toUri().toString());
            assertEquals("Support quality audit", d.findElement(By.tagName("h1")).getText());

            List<WebElement> bars = d.findElements(By.cssSelector("#principles svg g.bar"));
            assertEquals(Principle.values().length, bars.size(), "one bar per principle");
            for (WebElement bar : bars) {
                Principle p = Principle.valueOf(bar.getAttribute("data-principle"));
                Tally t = report.team().tally(p);
                assertEquals(String.valueOf(t.met()), bar.getAttribute("data-met"), p + " met");
                assertEquals(String.valueOf(t.failed()), bar.getAttribute("data-failed"), p + " failed");
                String label = bar.findElement(By.cssSelector("text.count")).getText();
                if (t.applicable() == 0) {
                    assertEquals("did not apply", label);
                } else {
                    assertTrue(label.startsWith(t.met() + " met · " + t.failed() + " not met"), label);
                }
                assertEquals(t.met() > 0, !bar.findElements(By.cssSelector("rect.met")).isEmpty(), p + " green part");
                assertEquals(t.failed() > 0, !bar.findElements(By.cssSelector("rect.failed")).isEmpty(), p + " red part");
                for (WebElement rect : bar.findElements(By.tagName("rect"))) {
                    assertTrue(rect.isDisplayed() && rect.getSize().getWidth() > 0, p + " bar is drawn");
                }
            }
            assertTrue(d.findElements(By.cssSelector("#drill .list")).stream().noneMatch(WebElement::isDisplayed),
                    "the replies behind the figures stay hidden until a figure is clicked");

            boolean reached = false;
            for (WebElement bar : d.findElements(By.cssSelector("#principles svg g.bar"))) {
                List<WebElement> red = bar.findElements(By.cssSelector("rect.failed"));
                if (red.isEmpty()) {
                    continue;
                }
                Principle p = Principle.valueOf(bar.getAttribute("data-principle"));
                red.get(0).click();
                WebElement list = d.findElement(By.id("list-p-" + p + "-failed"));
                assertTrue(list.isDisplayed(), "clicking the red part of " + p + " shows its replies");
                assertTrue(d.getCurrentUrl().endsWith("#list-p-" + p + "-failed"));
                assertEquals(String.valueOf(report.team().tally(p).failed()), list.getAttribute("data-total"));
                List<WebElement> entries = list.findElements(By.cssSelector("li"));
                assertEquals(Math.min(report.team().tally(p).failed(), AuditReport.DEFAULT_REPLIES_PER_FIGURE), entries.size());
                for (WebElement entry : entries) {
                    List<WebElement> marks = entry.findElements(By.cssSelector("mark.finding"));
                    if (marks.isEmpty()) {
                        continue;
                    }
                    String evidence = marks.get(0).getText();
                    entry.findElement(By.tagName("a")).click();
                    WebElement reply = d.findElement(By.cssSelector("#drill article.reply:target"));
                    assertTrue(reply.isDisplayed(), "the reply is shown");
                    assertFalse(list.isDisplayed(), "the list gives way to the reply");
                    List<WebElement> highlighted = reply.findElements(By.cssSelector("blockquote.text mark.finding"));
                    assertTrue(highlighted.stream().anyMatch(m -> m.isDisplayed() && evidence.contains(m.getText().strip())),
                            "the span '" + evidence + "' is highlighted in the reply's text");
                    String background = highlighted.get(0).getCssValue("background-color");
                    assertFalse(background.equals("rgba(0, 0, 0, 0)"), "a highlight has a colour: " + background);
                    reached = true;
                    break;
                }
                if (reached) {
                    break;
                }
                d.navigate().to(page.toUri() + "#top");
            }
            assertTrue(reached, "some bar leads to a reply with a highlighted finding");

            // the agent table: one row per agent, a principle's figure leads to the replies behind it
            d.navigate().to(page.toUri() + "#top");
            List<WebElement> rows = d.findElements(By.cssSelector("table.agents tbody tr"));
            assertEquals(report.agents().size(), rows.size());
            WebElement link = rows.get(0).findElements(By.cssSelector("td.rate a")).get(0);
            String target = link.getAttribute("href").substring(link.getAttribute("href").indexOf('#') + 1);
            link.click();
            WebElement list = d.findElement(By.id(target));
            assertTrue(list.isDisplayed());
            assertFalse(list.findElements(By.cssSelector("li a")).isEmpty());

            // each agent's weekly trend is drawn, one point per week with a score
            for (AuditReport.AgentScorecard a : report.agents()) {
                long weeks = a.weeks().values().stream().filter(w -> w.score().isPresent()).count();
                List<WebElement> spark = d.findElements(By.cssSelector("table.agents tr[data-agent='" + a.agent().key() + "'] svg.spark"));
                assertEquals(weeks > 0, !spark.isEmpty(), "trend line of " + a.agent());
                if (weeks > 0) {
                    assertEquals(Math.min(weeks, 12), spark.get(0).findElements(By.tagName("circle")).size());
                }
            }

            // the recommendations figure leads to the replies that left one unhonoured
            Scorecard.Counts recs = report.team().recommendations();
            if (recs.honoured() < recs.checked()) {
                d.navigate().to(page.toUri() + "#top");
                d.findElement(By.cssSelector("#kpi-honoured a")).click();
                WebElement notHonoured = d.findElement(By.id("list-notHonoured"));
                assertTrue(notHonoured.isDisplayed());
                assertTrue(notHonoured.findElements(By.cssSelector(".badge.MISSED, .badge.BROKEN")).size() > 0);
            }
        }
    }

    @Test
    void theRussianReport_speaksRussian(@TempDir Path tmp) throws IOException {
        Path page = write(tmp, "ru");
        try (HeadlessChrome chrome = HeadlessChrome.start()) {
            WebDriver d = chrome.driver();
            d.get(page.toUri().toString());
            assertEquals("Аудит качества поддержки", d.findElement(By.tagName("h1")).getText());
            assertEquals("ru", d.findElement(By.tagName("html")).getAttribute("lang"));
            WebElement empathy = d.findElement(By.cssSelector("#principles g.bar[data-principle='EMPATHY'] text.label"));
            assertEquals("Эмпатия", empathy.getText());
            assertEquals("Агенты", d.findElement(By.cssSelector("#agents h2")).getText());
        }
    }
}
