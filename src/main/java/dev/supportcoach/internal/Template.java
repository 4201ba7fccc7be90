package dev.supportcoach.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A phrasing template, compiled once when the catalog loads. Syntax (a subset of ICU
 * MessageFormat, which is all the catalogs need):
 * <ul>
 *   <li>{@code {name}}: the value of placeholder {@code name};</li>
 *   <li>{@code {n, plural, one {# minute} other {# minutes}}}: CLDR plural categories of the
 *       template's language (Russian: {@code one}, {@code few}, {@code many}, {@code other});
 *       {@code #} is the number;</li>
 *   <li>{@code {name, select, none {...} other {...}}}: by value; {@code none} when the value is
 *       absent, {@code other} otherwise; {@code #} is the value.</li>
 * </ul>
 * Immutable and thread-safe. We do not pull in ICU4J (14 MB) for this: the plural rules we need
 * are a few lines ({@link #pluralCategory}), tested in {@code TemplateTest}.
 */
final class Template {
    private interface Part {
        void render(Map<String, Object> values, String lang, StringBuilder out, Object hash);
    }

    /** Languages with the East Slavic plural rule. */
    private static final Set<String> EAST_SLAVIC = Set.of("ru", "uk", "be");

    private final List<Part> parts;
    private final Set<String> placeholders;

    private Template(List<Part> parts, Set<String> placeholders) {
        this.parts = parts;
        this.placeholders = placeholders;
    }

    /** The placeholder names the template uses. */
    Set<String> placeholders() {
        return placeholders;
    }

    String render(Map<String, Object> values, String lang) {
        StringBuilder sb = new StringBuilder();
        for (Part p : parts) {
            p.render(values, lang, sb, null);
        }
        return sb.toString();
    }

    /** A syntax error, at a 0-based offset in the template. */
    static final class SyntaxError extends Exception {
        final int offset;

        SyntaxError(String message, int offset) {
            super(message);
            this.offset = offset;
        }
    }

    static Template compile(String text) throws SyntaxError {
        Set<String> names = new LinkedHashSet<>();
        int[] pos = {0};
        List<Part> parts = parse(text, pos, names, false);
        if (pos[0] < text.length()) {
            throw new SyntaxError("unexpected '}'", pos[0]);
        }
        return new Template(parts, names);
    }

    private static List<Part> parse(String s, int[] pos, Set<String> names, boolean nested) throws SyntaxError {
        List<Part> parts = new ArrayList<>();
        StringBuilder lit = new StringBuilder();
        while (pos[0] < s.length()) {
            char c = s.charAt(pos[0]);
            if (c == '}') {
                if (!nested) {
                    throw new SyntaxError("unexpected '}'", pos[0]);
                }
                break;
            }
            if (c == '{') {
                flush(lit, parts);
                parts.add(placeholder(s, pos, names));
            } else if (c == '#' && nested) {
                flush(lit, parts);
                parts.add((values, lang, out, hash) -> out.append(hash == null ? "#" : format(hash)));
                pos[0]++;
            } else {
                lit.append(c);
                pos[0]++;
            }
        }
        flush(lit, parts);
        return parts;
    }

    private static void flush(StringBuilder lit, List<Part> parts) {
        if (lit.length() > 0) {
            String t = lit.toString();
            parts.add((values, lang, out, hash) -> out.append(t));
            lit.setLength(0);
        }
    }

    private static Part placeholder(String s, int[] pos, Set<String> names) throws SyntaxError {
        int open = pos[0];
        pos[0]++;
        int close = indexOfAny(s, pos[0], ",}");
        if (close < 0) {
            throw new SyntaxError("'{' is never closed", open);
        }
        String name = s.substring(pos[0], close).strip();
        if (name.isEmpty() || !name.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')) {
            throw new SyntaxError("bad placeholder name '" + name + "'", pos[0]);
        }
        names.add(name);
        if (s.charAt(close) == '}') {
            pos[0] = close + 1;
            return (values, lang, out, hash) -> {
                Object v = values.get(name);
                out.append(v == null ? "" : format(v));
            };
        }
        int kindEnd = indexOfAny(s, close + 1, ",}");
        if (kindEnd < 0 || s.charAt(kindEnd) != ',') {
            throw new SyntaxError("expected '{" + name + ", plural|select, ...}'", close);
        }
        String kind = s.substring(close + 1, kindEnd).strip();
        if (!kind.equals("plural") && !kind.equals("select")) {
            throw new SyntaxError("unknown format '" + kind + "' (plural or select)", close + 1);
        }
        pos[0] = kindEnd + 1;
        Map<String, List<Part>> cases = new LinkedHashMap<>();
        while (true) {
            while (pos[0] < s.length() && Character.isWhitespace(s.charAt(pos[0]))) {
                pos[0]++;
            }
            if (pos[0] >= s.length()) {
                throw new SyntaxError("'{' is never closed", open);
            }
            if (s.charAt(pos[0]) == '}') {
                pos[0]++;
                break;
            }
            int brace = s.indexOf('{', pos[0]);
            if (brace < 0) {
                throw new SyntaxError("expected 'key {text}'", pos[0]);
            }
            String key = s.substring(pos[0], brace).strip();
            pos[0] = brace + 1;
            List<Part> body = parse(s, pos, names, true);
            if (pos[0] >= s.length()) {
                throw new SyntaxError("'{' is never closed", brace);
            }
            pos[0]++; // the '}' of the case
            cases.put(key, body);
        }
        if (!cases.containsKey("other")) {
            throw new SyntaxError("'" + name + "' needs an 'other {...}' case", open);
        }
        boolean plural = kind.equals("plural");
        return (values, lang, out, hash) -> {
            Object v = values.get(name);
            String key = plural ? pluralCategory(v, lang) : (v == null ? "none" : v.toString());
            List<Part> body = cases.getOrDefault(key, cases.get("other"));
            for (Part p : body) {
                p.render(values, lang, out, v);
            }
        };
    }

    private static int indexOfAny(String s, int from, String chars) {
        for (int i = from; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static String format(Object v) {
        if (v instanceof Double d && d == Math.rint(d)) {
            return Long.toString(d.longValue());
        }
        return v.toString();
    }

    /**
     * CLDR plural category of a whole number in {@code lang}: the East Slavic rule (one, few,
     * many) for Russian, Ukrainian and Belarusian; one and other for every other language, which
     * is right for English, German, Dutch, the Scandinavian languages, Spanish, Italian and more.
     * A language with other plural rules (French, Polish, Czech...) needs its rule here.
     */
    static String pluralCategory(Object v, String lang) {
        if (!(v instanceof Number num)) {
            return "other";
        }
        double d = num.doubleValue();
        if (d != Math.rint(d)) {
            return "other";
        }
        long n = Math.abs((long) d);
        if (EAST_SLAVIC.contains(lang)) {
            long mod10 = n % 10;
            long mod100 = n % 100;
            if (mod10 == 1 && mod100 != 11) {
                return "one";
            }
            if (mod10 >= 2 && mod10 <= 4 && (mod100 < 12 || mod100 > 14)) {
                return "few";
            }
            return "many";
        }
        return n == 1 ? "one" : "other";
    }
}
