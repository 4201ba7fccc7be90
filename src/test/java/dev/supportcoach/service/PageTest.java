package dev.supportcoach.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supportcoach.engine.SupportCoach;
import dev.supportcoach.testing.HeadlessChrome;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page at {@code /} in a real headless Chromium: what a person sees after picking an
 * example and pressing Advise, in English and in Russian.
 */
class PageTest {
    private static CoachService service;
    private static HeadlessChrome chrome;
    private static String base;

    @BeforeAll
    static void start() {
        chrome = HeadlessChrome.start();
        service = CoachService.start(ServiceConfig.defaults(0), SupportCoach.builder(), null);
        service.awaitEngine();
        base = "http://127.0.0.1:" + service.port() + "/";
    }

    @AfterAll
    static void stop() {
        if (chrome != null) {
            chrome.close();
        }
        if (service != null) {
            service.close();
        }
    }

    private static WebDriver open(String query) {
        WebDriver d = chrome.driver();
        d.get(base + query);
        wait(d).until(x -> x.findElements(By.cssSelector("#example option")).size() > 1);
        return d;
    }

    private static WebDriverWait wait(WebDriver d) {
        return new WebDriverWait(d, Duration.ofSeconds(20));
    }

    private static void adviseOn(WebDriver d, String exampleFile) {
        new Select(d.findElement(By.id("example"))).selectByValue(exampleFile);
        d.findElement(By.id("advise")).click();
        wait(d).until(x -> x.findElement(By.id("result")).isDisplayed() || x.findElement(By.id("error")).isDisplayed());
        assertFalse(d.findElement(By.id("error")).isDisplayed(), () -> d.findElement(By.id("error")).getText());
    }

    @Test
    void anExample_showsStateActionsAndHighlightedEvidence_thenRussianLabels() throws Exception {
        WebDriver d = open("?lang=en");
        adviseOn(d, "vpn-blocked-en.json");

        List<String> states = d.findElements(By.cssSelector("#state .state")).stream().map(WebElement::getText).toList();
        assertTrue(states.contains("Blocked"), "states shown: " + states);
        List<WebElement> actions = d.findElements(By.cssSelector("#recommendations > li"));
        assertTrue(actions.size() >= 3, "ranked actions shown: " + actions.size());
        assertFalse(actions.get(0).findElement(By.className("action")).getText().isBlank());

        List<WebElement> evidence = d.findElements(By.cssSelector("#conversation mark.evidence"));
        assertFalse(evidence.isEmpty(), "evidence highlighted in the conversation");
        String conversation = d.findElement(By.id("conversation")).getText();
        for (WebElement m : evidence) {
            assertTrue(conversation.contains(m.getText()) && !m.getText().isBlank(), "a highlighted span: '" + m.getText() + "'");
        }
        // pointing at an action lights up its evidence
        String key = evidence.get(0).getAttribute("data-keys").split(" ")[0];
        new org.openqa.selenium.interactions.Actions(d)
                .moveToElement(d.findElement(By.cssSelector("#recommendations li[data-key='" + key + "']"))).perform();
        assertTrue(evidence.get(0).getAttribute("class").contains("active"), "hovering an action marks its evidence");

        List<WebElement> findings = d.findElements(By.cssSelector("#draft mark.finding"));
        assertFalse(findings.isEmpty(), "draft findings highlighted in the draft");
        assertTrue(d.findElement(By.id("draft")).getText().contains(findings.get(0).getText()));
        assertFalse(d.findElements(By.cssSelector("#findings .better")).isEmpty(), "a better wording is offered");

        ((JavascriptExecutor) d).executeScript("document.getElementById('conversation').scrollIntoView()");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target/page-en.png"), ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));

        d.findElement(By.id("lang-ru")).click();
        assertEquals("Состояние клиента", d.findElement(By.cssSelector("#result h2")).getText());
        List<String> statesRu = d.findElements(By.cssSelector("#state .state")).stream().map(WebElement::getText).toList();
        assertTrue(statesRu.contains("Не может работать"), "states in Russian: " + statesRu);
        assertEquals("Получить советы", d.findElement(By.id("advise")).getText());
        assertFalse(d.findElements(By.cssSelector("#conversation mark.evidence")).isEmpty(), "still highlighted after switching");
        Files.write(Path.of("target/page-ru.png"), ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aHelpdeskPayload_showsTheInternalNoteAndTheWarnings() {
        WebDriver d = open("?lang=en");
        adviseOn(d, "helpdesk/freshdesk-invoice-access-ru.json");
        assertEquals("freshdesk", new Select(d.findElement(By.id("from"))).getFirstSelectedOption().getAttribute("value"));
        List<WebElement> notes = d.findElements(By.cssSelector("#conversation .message.internal"));
        assertEquals(1, notes.size(), "the private note is shown as internal");
        assertTrue(notes.get(0).getText().contains("internal note"));
        assertTrue(d.findElement(By.id("warnings")).getText().contains("$.status: unknown value '6'"),
                "the unknown status is reported: " + d.findElement(By.id("warnings")).getText());
        assertFalse(d.findElements(By.cssSelector("#conversation mark.evidence")).isEmpty());
    }

    @Test
    void badInput_showsTheProblemWithItsPlace() {
        WebDriver d = open("?lang=en");
        WebElement payload = d.findElement(By.id("payload"));
        payload.clear();
        payload.sendKeys("{\"ticket\": {\"id\": \"T-1\"},\n \"conversation\": [ }");
        d.findElement(By.id("advise")).click();
        wait(d).until(x -> x.findElement(By.id("error")).isDisplayed());
        String error = d.findElement(By.id("error")).getText();
        assertTrue(error.contains("line 2"), error);
    }
}
