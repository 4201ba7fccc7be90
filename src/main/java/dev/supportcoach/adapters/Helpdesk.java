package dev.supportcoach.adapters;

import dev.supportcoach.CaseFormatException;
import dev.supportcoach.json.CaseJson;
import java.util.Arrays;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The helpdesks whose ticket JSON can be read as a case. Thread-safe.
 *
 * <pre>{@code
 * CaseJson.Parsed parsed = Helpdesk.ZENDESK.read(json);   // ticket + comments + side-loaded users
 * Advice advice = coach.advise(parsed.supportCase()).withWarnings(parsed.warnings());
 * }</pre>
 *
 * <p>No helpdesk API returns the agent's unsent reply; a host that has one adds it to the
 * payload as a top-level {@code "draft"} string (and may add {@code "now"}, an ISO-8601 time),
 * exactly as in the exchange format.
 */
public enum Helpdesk {
    /** Zendesk Support: {@code {"ticket": {...}, "comments": [...], "users": [...]}}. */
    ZENDESK(new ZendeskAdapter()),
    /** Freshdesk: the ticket from {@code GET /api/v2/tickets/{id}?include=conversations,requester}. */
    FRESHDESK(new FreshdeskAdapter()),
    /** Zammad: {@code {"ticket": {...}, "articles": [...]}}, both fetched with {@code expand=true}. */
    ZAMMAD(new ZammadAdapter()),
    /** Intercom: the conversation from {@code GET /conversations/{id}} with its conversation parts. */
    INTERCOM(new IntercomAdapter()),
    /** Help Scout: the conversation from {@code GET /v2/conversations/{id}?embed=threads}. */
    HELPSCOUT(new HelpScoutAdapter());

    private final Adapter adapter;

    Helpdesk(Adapter adapter) {
        this.adapter = adapter;
    }

    /** The name used on the command line and in {@code ?from=}: {@code zendesk}, {@code helpscout}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The helpdesk with the given {@link #id()}, case-insensitive.
     *
     * @throws IllegalArgumentException naming the known ids when there is no such helpdesk
     */
    public static Helpdesk of(String id) {
        Objects.requireNonNull(id, "id must not be null");
        for (Helpdesk h : values()) {
            if (h.id().equalsIgnoreCase(id.strip())) {
                return h;
            }
        }
        throw new IllegalArgumentException("unknown helpdesk '" + id + "'; known: "
                + Arrays.stream(values()).map(Helpdesk::id).collect(Collectors.joining(", ")));
    }

    /**
     * Reads one ticket payload of this helpdesk as a case, with warnings about values that were
     * read as unknown.
     *
     * @throws CaseFormatException on malformed JSON (with line and column) or a missing or
     *         mistyped field (with its JSON path)
     * @throws NullPointerException if {@code json} is {@code null}
     */
    public CaseJson.Parsed read(String json) {
        Objects.requireNonNull(json, "json must not be null");
        return adapter.read(Node.parse(json));
    }

    /** One helpdesk's mapping from its payload to a case. */
    interface Adapter {
        CaseJson.Parsed read(Node root);
    }
}
