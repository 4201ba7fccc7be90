package dev.supportcoach.signals;

/**
 * Emoticons written with punctuation, read as tokens so that word lists can name them: a
 * smile ({@code :)}, {@code :-)}, {@code =)}, and the Russian {@code ))}), a frown ({@code :(},
 * {@code ((}), laughter ({@code :D}), a wink ({@code ;)}), a grimace ({@code :/})
 * and a tongue ({@code :P}). Each is given one canonical form, its stem: {@code :)}, {@code :(},
 * {@code :D}, {@code ;)}, {@code :/}, {@code :P}.
 */
final class Emoticons {
    private Emoticons() {
    }

    /**
     * The end of an emoticon that starts at {@code i} in {@code text[.., to)}, or {@code i} when
     * none does. Brackets alone count only doubled and after a word or a space ("спасибо))"),
     * never inside "(1)" or a link.
     */
    static int at(String text, int i, int to) {
        char c = text.charAt(i);
        if (c == ':' || c == ';' || c == '=') {
            int j = i + 1;
            if (j < to && (text.charAt(j) == '-' || text.charAt(j) == '\'')) {
                j++;
            }
            if (j >= to) {
                return i;
            }
            char m = text.charAt(j);
            boolean ok = switch (m) {
                case ')', '(', ']', '[', 'D', 'P', 'p' -> true;
                case '/' -> j + 1 >= to || text.charAt(j + 1) != '/'; // "http://" is not a grimace
                default -> false;
            };
            if (!ok || (i > 0 && Character.isLetterOrDigit(text.charAt(i - 1)) && c != ':')) {
                return i;
            }
            int end = j + 1;
            // the emoticon must stand alone: "a:b" or ":Data" are not faces
            if (end < to && Character.isLetterOrDigit(text.charAt(end))) {
                return i;
            }
            while (end < to && text.charAt(end) == m && (m == ')' || m == '(')) {
                end++;
            }
            return end;
        }
        if ((c == ')' || c == '(') && i + 1 < to && text.charAt(i + 1) == c) {
            // "))" and "((" after a word: a Russian smile or frown; not closing brackets of a list
            if (i > 0 && (Character.isLetterOrDigit(text.charAt(i - 1)) || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '!')
                    && !(i > 0 && Character.isDigit(text.charAt(i - 1)))) {
                int end = i;
                while (end < to && text.charAt(end) == c) {
                    end++;
                }
                return end;
            }
            return i;
        }
        return i;
    }

    /** The canonical form of the emoticon {@code text[from, to)}. */
    static String canonical(String text, int from, int to) {
        String s = text.substring(from, to);
        if (s.startsWith(";")) {
            return ";)";
        }
        char last = s.charAt(s.length() - 1);
        return switch (last) {
            case ')', ']' -> ":)";
            case '(', '[' -> ":(";
            case 'D' -> ":D";
            case '/' -> ":/";
            default -> ":P";
        };
    }
}
