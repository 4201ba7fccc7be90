package dev.supportcoach.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supportcoach.TestFilesAccess;
import dev.supportcoach.engine.SupportCoach;
import dev.supportcoach.testing.HeadlessChrome;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
 * example and pressing Advise, in English and in Russian, with the names of states and
 * principles from the rules' catalogs (a rename shows after a reload).
 */
class PageTest {
    private static CoachService service;
    private static HeadlessChrome chrome;
    private static String base;

    private static final String TOKEN = "page-test-token";
    @TempDir
    static Path temp;
    private static Path rules;

    @BeforeAll
    static void start() throws IOException {
        chrome = HeadlessChrome.start();
        rules = TestFilesAccess.copyRules(temp);
        service = CoachService.start(ServiceConfig.defaults(0).withReloadToken(TOKEN), SupportCoach.builder().rulesDirectory(rules), rules);
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
        return openAt(base + query);
    }

    private static WebDriver openAt(String url) {
        WebDriver d = chrome.driver();
        d.get(url);
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

        // the names are the catalog's (rules/phrasing/en.txt), also for states the page never listed
        List<String> states = texts(d, "#state .state");
        assertTrue(states.containsAll(List.of("blocked", "a step did not help", "helpful")), "states shown: " + states);
        for (WebElement chip : d.findElements(By.cssSelector("#state .state"))) {
            assertNotEquals(chip.getAttribute("data-state"), chip.getText(), "a state shown by its code");
        }
        assertTrue(texts(d, "#recommendations .principle").stream().anyMatch(p -> p.startsWith("Empathy · ")),
                "principles by name: " + texts(d, "#recommendations .principle"));
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
        // the Russian catalog's names (rules/phrasing/ru.txt), fetched when the language changes
        wait(d).until(x -> texts(x, "#state .state").contains("шаг не помог"));
        assertEquals("Состояние клиента", d.findElement(By.cssSelector("#result h2")).getText());
        List<String> statesRu = texts(d, "#state .state");
        assertTrue(statesRu.containsAll(List.of("работа стоит", "шаг не помог")), "states in Russian: " + statesRu);
        assertTrue(texts(d, "#recommendations .principle").stream().anyMatch(p -> p.startsWith("Сопереживание · ")),
                "principles in Russian: " + texts(d, "#recommendations .principle"));
        assertEquals("Получить советы", d.findElement(By.id("advise")).getText());
        assertFalse(d.findElements(By.cssSelector("#conversation mark.evidence")).isEmpty(), "still highlighted after switching");
        Files.write(Path.of("target/page-ru.png"), ((TakesScreenshot) d).getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aStateRenamedInTheCatalog_showsOnThePage_afterAReload() throws IOException {
        Path en = rules.resolve("phrasing/en.txt");
        String original = Files.readString(en, StandardCharsets.UTF_8);
        assertTrue(original.contains("\nstate.STEP_FAILED = a step did not help\n"));
        Files.writeString(en, original.replace("\nstate.STEP_FAILED = a step did not help\n", "\nstate.STEP_FAILED = the fix did not work\n"),
                StandardCharsets.UTF_8);
        try {
            assertEquals(200, reload().statusCode());
            WebDriver d = open("?lang=en");
            adviseOn(d, "vpn-blocked-en.json");
            List<String> states = texts(d, "#state .state");
            assertTrue(states.contains("the fix did not work") && !states.contains("a step did not help"), "states shown: " + states);
        } finally {
            Files.writeString(en, original, StandardCharsets.UTF_8);
            assertEquals(200, reload().statusCode());
        }
    }

    @Test
    void aRussianCaseOnTheEnglishPage_namesInEnglish_adviceInRussian() {
        WebDriver d = open("?lang=en");
        adviseOn(d, "printer-ru.json");
        List<String> states = texts(d, "#state .state");
        assertTrue(states.containsAll(List.of("blocked", "scope creep")), "states shown: " + states);
        assertTrue(d.findElement(By.cssSelector("#recommendations .action")).getText().matches(".*\\p{IsCyrillic}.*"),
                "the advice itself is Russian");
    }

    @Test
    void aThirdLanguage_isNamedFromItsCatalog_andNamesTheAdviceWhenThePageLanguageIsMissing() throws IOException {
        // German beside English, and no Russian: src/test/resources/third-language without its ru files
        Path third = TestFilesAccess.thirdLanguageRules(temp.resolve("third"));
        Files.delete(third.resolve("phrasing/ru.txt"));
        try (Stream<Path> ru = Files.walk(third.resolve("lexicon/ru"))) {
            for (Path f : ru.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(f);
            }
        }
        try (CoachService german = CoachService.start(ServiceConfig.defaults(0), SupportCoach.builder().rulesDirectory(third), third)) {
            german.awaitEngine();
            String page = "http://127.0.0.1:" + german.port() + "/";
            String kase = "{\"ticket\": {\"id\": \"DE-7\", \"language\": \"de\"}, \"conversation\": [{\"author\": \"customer\","
                    + " \"text\": \"Ich kann nicht arbeiten, der Drucker druckt seit heute früh nichts.\"}]}";

            WebDriver d = openAt(page + "?lang=de");
            adviseOnText(d, kase);
            assertEquals("de", d.findElement(By.tagName("html")).getAttribute("lang"), "a language of the rules is a page language");
            assertEquals(List.of("kann nicht arbeiten"), texts(d, "#state .state"));
            assertTrue(texts(d, "#recommendations .principle").contains("Einfühlung · ACKNOWLEDGE_BLOCKED_WORK"),
                    "principles: " + texts(d, "#recommendations .principle"));
            assertEquals("Customer state", d.findElement(By.cssSelector("#result h2")).getText(), "the page's own labels stay English");

            // a Russian page over rules without Russian: its labels, the advice's names
            d = openAt(page + "?lang=ru");
            adviseOnText(d, kase);
            assertEquals("Состояние клиента", d.findElement(By.cssSelector("#result h2")).getText());
            assertEquals(List.of("kann nicht arbeiten"), texts(d, "#state .state"));
        }
    }

    private static void adviseOnText(WebDriver d, String json) {
        ((JavascriptExecutor) d).executeScript("document.getElementById('payload').value = arguments[0];", json);
        d.findElement(By.id("advise")).click();
        wait(d).until(x -> x.findElement(By.id("result")).isDisplayed() || x.findElement(By.id("error")).isDisplayed());
        assertFalse(d.findElement(By.id("error")).isDisplayed(), () -> d.findElement(By.id("error")).getText());
    }

    private static HttpResponse<String> reload() {
        Http http = new Http(service.port());
        return http.send(HttpRequest.newBuilder(URI.create(http.base() + "/v1/reload"))
                .header("Authorization", "Bearer " + TOKEN).POST(HttpRequest.BodyPublishers.noBody()));
    }

    /** The rendered text of every element {@code css} selects, read at once (the page may be re-rendering). */
    @SuppressWarnings("unchecked")
    private static List<String> texts(WebDriver d, String css) {
        return (List<String>) ((JavascriptExecutor) d).executeScript(
                "return Array.from(document.querySelectorAll(arguments[0])).map(function (e) { return e.innerText.trim(); });", css);
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
