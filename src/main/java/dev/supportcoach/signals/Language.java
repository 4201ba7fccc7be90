package dev.supportcoach.signals;

import dev.supportcoach.Author;
import dev.supportcoach.Message;
import dev.supportcoach.SupportCase;
import java.util.List;
import java.util.Locale;

/** Decides the case's language: the ticket's, or the script of the customer's words. */
public final class Language {
    /** The languages that have word lists and phrasing. */
    public static final List<String> SUPPORTED = List.of("en", "ru");

    private Language() {
    }

    static String decide(SupportCase c, String defaultLanguage, List<String> warnings) {
        String given = c.ticket().language();
        if (given != null && !given.isBlank()) {
            String g = given.strip().toLowerCase(Locale.ROOT);
            int dash = g.indexOf('-');
            if (dash > 0) {
                g = g.substring(0, dash);
            }
            if (SUPPORTED.contains(g)) {
                return g;
            }
            warnings.add("ticket.language '" + given + "' is not supported (en, ru); detected from the text instead");
        }
        long cyr = 0;
        long lat = 0;
        for (Message m : c.conversation()) {
            if (m.author() == Author.CUSTOMER) {
                long[] n = count(m.text());
                cyr += n[0];
                lat += n[1];
            }
        }
        if (cyr + lat == 0) {
            for (Message m : c.conversation()) {
                long[] n = count(m.text());
                cyr += n[0];
                lat += n[1];
            }
            if (c.draft() != null) {
                long[] n = count(c.draft());
                cyr += n[0];
                lat += n[1];
            }
        }
        if (cyr + lat == 0) {
            return defaultLanguage;
        }
        return cyr > lat ? "ru" : "en";
    }

    /**
     * The script most of {@code text}'s letters are in, "cyrillic" or "latin", or {@code null}
     * when it has fewer than 12 letters or no script has four in five of them.
     */
    static String script(String text) {
        long[] n = count(text);
        long all = n[0] + n[1];
        if (all < 12) {
            return null;
        }
        return n[0] * 5 >= all * 4 ? "cyrillic" : n[1] * 5 >= all * 4 ? "latin" : null;
    }

    private static long[] count(String s) {
        long cyr = 0;
        long lat = 0;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (Character.isLetter(ch)) {
                Character.UnicodeBlock b = Character.UnicodeBlock.of(ch);
                if (b == Character.UnicodeBlock.CYRILLIC) {
                    cyr++;
                } else if (ch < 0x250) {
                    lat++;
                }
            }
        }
        return new long[] {cyr, lat};
    }
}
