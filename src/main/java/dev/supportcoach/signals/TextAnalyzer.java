package dev.supportcoach.signals;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into {@link Token}s: words are runs of letters or of digits ("2pm" is two words;
 * an apostrophe between letters stays inside a word), lower-cased, with ё read as е and typographic apostrophes as
 * straight ones; English "n't" is read as a separate "not"; irregular forms are mapped through
 * {@link WordForms}; every word is then stemmed. Offsets always point into the original text.
 */
public final class TextAnalyzer {
    /** Distinct words remembered with their stems; past this, words are analysed every time. */
    private static final int CACHE_LIMIT = 100_000;

    private final WordForms forms;
    /** Normalised word → its stems (one, or more for "doesn't" and multi-word forms). */
    private final java.util.concurrent.ConcurrentHashMap<String, String[]> cache = new java.util.concurrent.ConcurrentHashMap<>();
    private final java.util.concurrent.atomic.AtomicInteger cached = new java.util.concurrent.atomic.AtomicInteger();

    public TextAnalyzer(WordForms forms) {
        this.forms = forms;
    }

    /** Tokens of the whole text. */
    public List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        tokens(text, 0, text.length(), 0, out);
        return out;
    }

    /**
     * Appends the tokens of {@code text[from, to)} to {@code out}, numbering sentences from
     * {@code sentence}; returns the next free sentence number.
     */
    public int tokens(String text, int from, int to, int sentence, List<Token> out) {
        int i = from;
        boolean wordsInSentence = false;
        int clause = 0;
        boolean clauseMark = false;
        StringBuilder word = new StringBuilder();
        while (i < to) {
            int cp = text.codePointAt(i);
            if (isWordStart(cp)) {
                int start = i;
                word.setLength(0);
                int end = i;
                while (i < to) {
                    cp = text.codePointAt(i);
                    int n = Character.charCount(cp);
                    if (Character.isLetterOrDigit(cp)) {
                        if (end > start && Character.isDigit(cp) != Character.isDigit(text.codePointBefore(end))
                                && isWordStart(text.codePointBefore(end)) && !isMark(text.codePointBefore(end))) {
                            break; // "2pm", "3rd", "v2": digits and letters are two words
                        }
                        appendNormalised(word, cp);
                        i += n;
                        end = i;
                    } else if (isMark(cp)) {
                        i += n; // variation selectors and combining marks belong to the word but not its form
                        end = i;
                    } else if (isApostrophe(cp) && i + n < to && Character.isLetter(text.codePointAt(i + n))) {
                        word.append('\'');
                        i += n;
                    } else {
                        break;
                    }
                }
                if (clauseMark && wordsInSentence) {
                    clause++;
                }
                clauseMark = false;
                emit(word.toString(), start, end, sentence, clause, out);
                wordsInSentence = true;
            } else if (isEmoji(cp)) {
                // an emoji is a token of its own, so word lists can name it (frustration.txt lists the angry faces)
                int start = i;
                i += Character.charCount(cp);
                while (i < to) {
                    int next = text.codePointAt(i);
                    if (next == 0x200D && i + 1 < to && isEmoji(text.codePointAt(i + 1))) {
                        i += 1 + Character.charCount(text.codePointAt(i + 1)); // a joined sequence is one emoji
                    } else if (isMark(next) || isSkinTone(next)) {
                        i += Character.charCount(next);
                    } else {
                        break;
                    }
                }
                String emoji = new String(Character.toChars(cp));
                out.add(new Token(start, i, emoji, sentence, clause, emoji));
                wordsInSentence = true;
                clauseMark = true; // "that happens 😂 Send us the log": a face closes a clause like a comma
            } else {
                int emoticon = Emoticons.at(text, i, to);
                if (emoticon > i) {
                    String face = Emoticons.canonical(text, i, emoticon);
                    out.add(new Token(i, emoticon, face, sentence, clause, face));
                    wordsInSentence = true;
                    clauseMark = true;
                    i = emoticon;
                    continue;
                }
                int n = Character.charCount(cp);
                if (wordsInSentence && isSentenceEnd(text, i, cp, to)) {
                    sentence++;
                    wordsInSentence = false;
                    clause = 0;
                    clauseMark = false;
                } else if (isClauseMark(cp)) {
                    clauseMark = true;
                }
                i += n;
            }
        }
        return wordsInSentence ? sentence + 1 : sentence;
    }

    private static boolean isClauseMark(int cp) {
        return cp == ',' || cp == ':' || cp == '(' || cp == ')' || cp == '\u2014' || cp == '\u2013' || cp == '"'
                || cp == '\u00AB' || cp == '\u00BB' || cp == '\u201C' || cp == '\u201D';
    }

    /** Pictographs: emoji and other symbols that carry a feeling (So), but not letters or digits. */
    static boolean isEmoji(int cp) {
        return Character.getType(cp) == Character.OTHER_SYMBOL && !isSkinTone(cp);
    }

    private static boolean isSkinTone(int cp) {
        return cp >= 0x1F3FB && cp <= 0x1F3FF || cp == 0x200D;
    }

    private void emit(String w, int start, int end, int sentence, int clause, List<Token> out) {
        String[] stems = cache.get(w);
        if (stems == null) {
            stems = analyse(w);
            if (cached.get() < CACHE_LIMIT) {
                cache.put(w, stems);
                cached.incrementAndGet();
            }
        }
        for (String s : stems) {
            out.add(new Token(start, end, s, sentence, clause, w));
        }
    }

    private String[] analyse(String w) {
        List<String> canonical = forms.lookup(w);
        if (canonical == null && w.length() > 3 && w.endsWith("n't")) {
            canonical = List.of(w.substring(0, w.length() - 3), "not");
        }
        if (canonical == null) {
            return new String[] {Stemmers.stem(w)};
        }
        String[] out = new String[canonical.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Stemmers.stem(canonical.get(i));
        }
        return out;
    }

    private static void appendNormalised(StringBuilder sb, int cp) {
        int lower = Character.toLowerCase(cp);
        if (lower == 'ё') {
            lower = 'е';
        }
        sb.appendCodePoint(lower);
    }

    private static boolean isWordStart(int cp) {
        return Character.isLetterOrDigit(cp);
    }

    private static boolean isMark(int cp) {
        int t = Character.getType(cp);
        return t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.COMBINING_SPACING_MARK
                || t == Character.FORMAT;
    }

    static boolean isApostrophe(int cp) {
        return cp == '\'' || cp == '\u2019' || cp == '\u02BC' || cp == '\u2018' || cp == '`';
    }

    private static boolean isSentenceEnd(String text, int i, int cp, int to) {
        switch (cp) {
            case '!', '?', ';', '\n', '\u2026', '\u3002' -> {
                return true;
            }
            case '.' -> {
                // "11.1", "example.com": a dot followed by a letter or digit does not end a sentence
                return i + 1 >= to || !Character.isLetterOrDigit(text.charAt(i + 1));
            }
            default -> {
                return false;
            }
        }
    }

    /** Normalises one phrase of a word list the same way as text, for building matchers. */
    public List<String> stems(String phrase) {
        List<String> out = new ArrayList<>();
        for (Token t : tokens(phrase)) {
            out.add(t.stem());
        }
        return out;
    }
}
