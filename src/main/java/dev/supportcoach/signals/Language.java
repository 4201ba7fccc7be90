package dev.supportcoach.signals;

import dev.supportcoach.Author;
import dev.supportcoach.Message;
import dev.supportcoach.SupportCase;
import java.lang.Character.UnicodeScript;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides the case's language among the languages a rules directory provides: the ticket's, or
 * the one written in the script of the customer's words. Each language's script comes from its
 * rules (the letters of its phrasing catalog), so a new language needs no Java: Cyrillic text
 * goes to the Cyrillic language, Latin text to the Latin one. When several languages share the
 * script the text is in, the default language wins if it is one of them, else the first by code;
 * the ticket's {@code language} field tells them apart.
 */
public final class Language {
    /** Each language the rules provide, by code (sorted), with the script it is written in. */
    private final Map<String, UnicodeScript> scripts;

    /**
     * @param scripts the languages the rules provide, each with its script (e.g. {@code en} →
     *                LATIN, {@code ru} → CYRILLIC), in the order ties between languages are broken
     */
    public Language(Map<String, UnicodeScript> scripts) {
        this.scripts = new LinkedHashMap<>(scripts);
    }

    /** The language codes, in order. */
    public Set<String> codes() {
        return scripts.keySet();
    }

    String decide(SupportCase c, String defaultLanguage, List<String> warnings) {
        String given = c.ticket().language();
        if (given != null && !given.isBlank()) {
            String g = given.strip().toLowerCase(Locale.ROOT);
            int dash = g.indexOf('-');
            if (dash > 0) {
                g = g.substring(0, dash);
            }
            if (scripts.containsKey(g)) {
                return g;
            }
            warnings.add("ticket.language '" + given + "' is not supported (" + String.join(", ", scripts.keySet())
                    + "); detected from the text instead");
        }
        Map<UnicodeScript, Long> letters = new EnumMap<>(UnicodeScript.class);
        for (Message m : c.conversation()) {
            if (m.author() == Author.CUSTOMER) {
                count(m.text(), letters);
            }
        }
        if (letters.isEmpty()) {
            for (Message m : c.conversation()) {
                count(m.text(), letters);
            }
            if (c.draft() != null) {
                count(c.draft(), letters);
            }
        }
        // the script with the most letters; on a tie, the default language's script
        UnicodeScript preferred = scripts.get(defaultLanguage);
        UnicodeScript best = null;
        long most = 0;
        for (var e : letters.entrySet()) {
            if (e.getValue() > most || e.getValue() == most && e.getKey() == preferred) {
                best = e.getKey();
                most = e.getValue();
            }
        }
        if (best == null || best == preferred) {
            return defaultLanguage;
        }
        for (var e : scripts.entrySet()) {
            if (e.getValue() == best) {
                return e.getKey();
            }
        }
        return defaultLanguage;
    }

    /** Counts the letters of {@code s} in the scripts of the provided languages. */
    private void count(String s, Map<UnicodeScript, Long> letters) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                UnicodeScript script = UnicodeScript.of(cp);
                if (scripts.containsValue(script)) {
                    letters.merge(script, 1L, Long::sum);
                }
            }
        }
    }

    /**
     * The script most of {@code text}'s letters are written in, or {@code null} when it has no
     * letters: how the rules loader tells a language's script from its phrasing catalog.
     */
    public static UnicodeScript dominantScript(CharSequence text) {
        Map<UnicodeScript, Integer> n = new EnumMap<>(UnicodeScript.class);
        for (int i = 0; i < text.length(); ) {
            int cp = Character.codePointAt(text, i);
            i += Character.charCount(cp);
            if (Character.isLetter(cp)) {
                n.merge(UnicodeScript.of(cp), 1, Integer::sum);
            }
        }
        return n.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(null);
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
