package dev.supportcoach.signals;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the quoted earlier text in an email-style message, so that only the author's new words
 * are read: lines starting with {@code >}, and everything below an attribution line such as
 * "On Mon, ... wrote:", "... пишет:" or "-----Original Message-----". Plain string checks, no
 * regular expressions.
 */
final class Quotes {
    private Quotes() {
    }

    /** Where the new text ends: the start of the first attribution line, or the text's length. */
    static int newTextEnd(String text) {
        int lineStart = 0;
        while (lineStart < text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            if (lineStart > 0 && mayBeAttribution(text, lineStart, lineEnd) && isAttribution(text.substring(lineStart, lineEnd))) {
                return lineStart;
            }
            lineStart = lineEnd + 1;
        }
        return text.length();
    }

    /** A cheap first look: attribution lines end with ':' or start with '-'. */
    private static boolean mayBeAttribution(String text, int from, int to) {
        int a = from;
        while (a < to && Character.isWhitespace(text.charAt(a))) {
            a++;
        }
        int b = to - 1;
        while (b > a && Character.isWhitespace(text.charAt(b))) {
            b--;
        }
        return a < to && (text.charAt(a) == '-' || text.charAt(b) == ':');
    }

    private static boolean isAttribution(String line) {
        String l = line.strip().toLowerCase(Locale.ROOT);
        if (l.isEmpty()) {
            return false;
        }
        if (l.startsWith("-----original message") || l.startsWith("-----исходное сообщение")) {
            return true;
        }
        if (l.startsWith("on ") && l.endsWith("wrote:")) {
            return true;
        }
        return l.endsWith("пишет:") || l.endsWith("написал:") || l.endsWith("написала:") || l.endsWith("написал(а):");
    }

    /** The ranges of {@code text[0, end)} that are not {@code >}-quoted lines. */
    static List<int[]> unquotedRanges(String text, int end) {
        List<int[]> out = new ArrayList<>();
        int lineStart = 0;
        int rangeStart = 0;
        while (lineStart < end) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 || nl > end ? end : nl;
            int p = lineStart;
            while (p < lineEnd && (text.charAt(p) == ' ' || text.charAt(p) == '\t')) {
                p++;
            }
            if (p < lineEnd && text.charAt(p) == '>') {
                if (lineStart > rangeStart) {
                    out.add(new int[] {rangeStart, lineStart});
                }
                rangeStart = Math.min(end, lineEnd + 1);
            }
            lineStart = lineEnd + 1;
        }
        if (rangeStart < end) {
            out.add(new int[] {rangeStart, end});
        }
        return out;
    }
}
