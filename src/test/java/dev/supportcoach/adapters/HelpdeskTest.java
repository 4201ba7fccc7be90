package dev.supportcoach.adapters;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.supportcoach.Author;
import dev.supportcoach.CaseFormatException;
import dev.supportcoach.Channel;
import dev.supportcoach.Message;
import dev.supportcoach.Priority;
import dev.supportcoach.Status;
import dev.supportcoach.SupportCase;
import dev.supportcoach.json.CaseJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adapters on the fixtures that follow each helpdesk's documented payload, and on payloads they do not expect. */
class HelpdeskTest {
    private static CaseJson.Parsed fixture(Helpdesk h, String file) throws IOException {
        return h.read(Files.readString(Path.of("examples/helpdesk", file)));
    }

    private static List<Author> authors(SupportCase c) {
        return c.conversation().stream().map(Message::author).toList();
    }

    private static List<Boolean> internal(SupportCase c) {
        return c.conversation().stream().map(Message::internal).toList();
    }

    @Test
    void zendesk_rolesFromSideLoadedUsers_privateCommentsInternal_htmlAsText() throws IOException {
        CaseJson.Parsed p = fixture(Helpdesk.ZENDESK, "zendesk-payroll-export-en.json");
        SupportCase c = p.supportCase();
        assertEquals("48213", c.ticket().id());
        assertEquals(Priority.HIGH, c.ticket().priority());
        assertEquals(Status.OPEN, c.ticket().status());
        assertEquals(Channel.EMAIL, c.ticket().channel());
        assertEquals("Dana Kowalski", c.ticket().customerName());
        assertEquals("en", c.ticket().language());
        assertEquals(List.of(Author.CUSTOMER, Author.AGENT, Author.AGENT, Author.CUSTOMER, Author.CUSTOMER), authors(c));
        assertEquals(List.of(false, false, true, false, false), internal(c));
        assertTrue(c.conversation().get(0).text().startsWith("Hello,\n\nOur payroll export"), c.conversation().get(0).text());
        assertTrue(c.conversation().get(3).text().contains("\n\n> please clear your browser cache"), "quoted mail as > lines: "
                + c.conversation().get(3).text());
        assertEquals(Instant.parse("2026-03-02T09:10:00Z"), c.conversation().get(1).at());
        assertTrue(c.draft().startsWith("Please clear your browser cache once more"));
        assertEquals(Instant.parse("2026-03-02T12:00:00Z"), c.now());
        assertEquals(List.of(), p.warnings());
    }

    @Test
    void freshdesk_descriptionFirst_incomingIsTheCustomer_customStatusWarned() throws IOException {
        CaseJson.Parsed p = fixture(Helpdesk.FRESHDESK, "freshdesk-invoice-access-ru.json");
        SupportCase c = p.supportCase();
        assertEquals(Priority.HIGH, c.ticket().priority());
        assertNull(c.ticket().status());
        assertEquals(List.of("$.status: unknown value '6', read as unknown"), p.warnings());
        assertEquals(Channel.EMAIL, c.ticket().channel());
        assertEquals("Ольга Смирнова", c.ticket().customerName());
        assertEquals(List.of(Author.CUSTOMER, Author.AGENT, Author.AGENT, Author.CUSTOMER, Author.CUSTOMER), authors(c));
        assertEquals(List.of(false, false, true, false, false), internal(c));
        assertTrue(c.conversation().get(0).text().startsWith("Здравствуйте!\n\nСо вчерашнего дня"), c.conversation().get(0).text());
    }

    @Test
    void zammad_senderNames_internalNotes_plainAndHtmlBodies() throws IOException {
        CaseJson.Parsed p = fixture(Helpdesk.ZAMMAD, "zammad-vpn-certificate-en.json");
        SupportCase c = p.supportCase();
        assertEquals("31412", c.ticket().id());
        assertEquals(Priority.HIGH, c.ticket().priority());
        assertEquals(Status.OPEN, c.ticket().status());
        assertEquals(Channel.EMAIL, c.ticket().channel());
        assertEquals("Maja Lindqvist", c.ticket().customerName());
        assertEquals(List.of(Author.CUSTOMER, Author.AGENT, Author.AGENT, Author.CUSTOMER), authors(c));
        assertEquals(List.of(false, false, true, false), internal(c));
        assertTrue(c.conversation().get(2).text().startsWith("The new certificate was signed"));
        assertTrue(c.conversation().get(0).text().contains("certificate unknown"), "entities decoded: " + c.conversation().get(0).text());
        assertEquals(List.of(), p.warnings());
    }

    @Test
    void intercom_sourceFirst_partsWithoutBodySkipped_notesInternal_unixTimes() throws IOException {
        CaseJson.Parsed p = fixture(Helpdesk.INTERCOM, "intercom-sync-lost-ru.json");
        SupportCase c = p.supportCase();
        assertEquals("215471", c.ticket().id());
        assertEquals(Priority.HIGH, c.ticket().priority());
        assertEquals(Channel.CHAT, c.ticket().channel());
        assertEquals("Игорь Белов", c.ticket().customerName());
        assertEquals(List.of(Author.CUSTOMER, Author.AGENT, Author.AGENT, Author.CUSTOMER), authors(c));
        assertEquals(List.of(false, false, true, false), internal(c));
        assertEquals(Instant.ofEpochSecond(1781596800), c.conversation().get(0).at());
        assertEquals(List.of(), p.warnings());
    }

    @Test
    void helpScout_newestFirstPutInOrder_lineItemsSkipped_draftThreadIsTheDraft() throws IOException {
        CaseJson.Parsed p = fixture(Helpdesk.HELPSCOUT, "helpscout-refund-double-charge-en.json");
        SupportCase c = p.supportCase();
        assertEquals("5120", c.ticket().id());
        assertEquals(Status.OPEN, c.ticket().status());
        assertNull(c.ticket().priority());
        assertEquals("Leo Hartmann", c.ticket().customerName());
        assertEquals(List.of(Author.CUSTOMER, Author.AGENT, Author.CUSTOMER), authors(c));
        assertEquals(List.of(false, true, false), internal(c));
        assertTrue(c.conversation().get(0).text().startsWith("Hello,\nI was charged twice"), c.conversation().get(0).text());
        assertTrue(c.draft().contains("there is nothing I can do"), c.draft());
    }

    @Test
    void unexpectedPayloads_failNamingTheField() {
        assertEquals("$.ticket: missing: the ticket object of GET /api/v2/tickets/{id}.json",
                assertThrows(CaseFormatException.class, () -> Helpdesk.ZENDESK.read("{\"comments\": []}")).getMessage());
        assertTrue(assertThrows(CaseFormatException.class, () -> Helpdesk.ZENDESK.read(
                "{\"ticket\": {\"id\": 1}, \"comments\": {\"id\": 2}}")).getMessage().startsWith("$.comments: expected an array"));
        assertTrue(assertThrows(CaseFormatException.class, () -> Helpdesk.ZENDESK.read(
                "{\"ticket\": {\"id\": 1}, \"comments\": [{\"body\": \"hi\"}]}")).getMessage().startsWith("$.comments[0].author_id: missing"));
        assertTrue(assertThrows(CaseFormatException.class, () -> Helpdesk.FRESHDESK.read(
                "{\"id\": 5, \"conversations\": [{\"private\": \"yes\"}]}")).getMessage().startsWith("$.conversations[0].private: expected true or false"));
        assertTrue(assertThrows(CaseFormatException.class, () -> Helpdesk.ZAMMAD.read(
                "{\"ticket\": {\"id\": 1}, \"articles\": [{\"sender_id\": 2}]}")).getMessage().contains("?expand=true"));
        assertTrue(assertThrows(CaseFormatException.class, () -> Helpdesk.INTERCOM.read(
                "{\"id\": \"1\", \"created_at\": \"yesterday\", \"source\": {\"author\": {\"type\": \"user\"}}}"))
                .getMessage().startsWith("$.created_at: expected a Unix time"));
        assertTrue(assertThrows(CaseFormatException.class, () -> Helpdesk.HELPSCOUT.read("{\"id\": 1}"))
                .getMessage().startsWith("$._embedded: missing"));
        CaseFormatException malformed = assertThrows(CaseFormatException.class, () -> Helpdesk.INTERCOM.read("{\n  \"id\": }"));
        assertEquals(2, malformed.line());
        assertThrows(IllegalArgumentException.class, () -> Helpdesk.of("jira"));
        assertEquals(Helpdesk.HELPSCOUT, Helpdesk.of("HelpScout"));
    }

    @Test
    void unknownValues_areWarnedWithTheirPath() {
        CaseJson.Parsed p = Helpdesk.ZENDESK.read("{\"ticket\": {\"id\": 1, \"priority\": \"critical\", \"via\": {\"channel\": \"carrier_pigeon\"}},"
                + " \"comments\": [{\"author_id\": 5, \"body\": \"hi\"}], \"users\": [{\"id\": 5, \"role\": \"robot\"}]}");
        assertEquals(List.of("$.ticket.priority: unknown value 'critical', read as unknown",
                "$.ticket.via.channel: unknown value 'carrier_pigeon', read as unknown",
                "$.users.role: unknown value 'robot', read as a system message").size(), p.warnings().size(), p.warnings().toString());
        assertTrue(p.warnings().get(0).startsWith("$.ticket.priority: unknown value 'critical'"));
        assertTrue(p.warnings().get(1).startsWith("$.ticket.via.channel: unknown value 'carrier_pigeon'"));
        assertTrue(p.warnings().get(2).contains("unknown value 'robot', read as a system message"));
        assertEquals(Author.SYSTEM, p.supportCase().conversation().get(0).author());
    }

    @Test
    void html_paragraphsLineBreaksQuotesEntities() {
        assertEquals("One\n\nTwo\nthree", Html.toText("<p>One</p><p>Two<br>three</p>"));
        assertEquals("Fish & chips costs 5 €", Html.toText("<div>Fish &amp; chips&nbsp;costs 5 &euro;</div>"));
        assertEquals("Answer\n\n> quoted line\n> second", Html.toText("<div>Answer</div><blockquote>quoted line<br>second</blockquote>"));
        assertEquals("visible", Html.toText("<style>p{}</style><script>alert(1)</script><p>visible</p><img src=x>"));
        assertEquals("", Html.toText(null));
        assertFalse(Html.toText("<ul><li>a</li><li>b</li></ul>").contains("<"));
    }
}
