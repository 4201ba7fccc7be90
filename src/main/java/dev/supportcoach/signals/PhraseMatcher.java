package dev.supportcoach.signals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * All phrases of all word lists in one trie over stems, built once when the rules load. Matching
 * walks the trie from every token, so a text is read in one pass whatever the number of lists;
 * no regular expression is involved and nothing can backtrack beyond a phrase's length.
 */
public final class PhraseMatcher {
    /** The wildcard stem: any one word. */
    static final String ANY = "*";

    /** A phrase of a word list, as stored in the trie. */
    public record Phrase(int list, String entry, String key, String replacement, boolean exception) {
    }

    /** A phrase found in a token sequence: tokens {@code [first, last]}. */
    public record Found(Phrase phrase, int first, int last) {
    }

    private static final class Node {
        final Map<String, Node> next = new HashMap<>(4);
        Node any;
        List<Phrase> phrases;
    }

    private final Node root = new Node();

    /** Adds a phrase given as stems ({@link #ANY} for a wildcard). */
    void add(List<String> stems, Phrase phrase) {
        Node n = root;
        for (String s : stems) {
            if (ANY.equals(s)) {
                if (n.any == null) {
                    n.any = new Node();
                }
                n = n.any;
            } else {
                n = n.next.computeIfAbsent(s, k -> new Node());
            }
        }
        if (n.phrases == null) {
            n.phrases = new ArrayList<>(1);
        }
        n.phrases.add(phrase);
    }

    /** Every phrase occurrence in {@code tokens}, within one sentence. */
    public List<Found> find(List<Token> tokens) {
        List<Found> out = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            walk(root, tokens, i, i, out);
        }
        return out;
    }

    private static void walk(Node node, List<Token> tokens, int first, int j, List<Found> out) {
        if (node.phrases != null && j > first) {
            for (Phrase p : node.phrases) {
                out.add(new Found(p, first, j - 1));
            }
        }
        if (j >= tokens.size() || tokens.get(j).sentence() != tokens.get(first).sentence()) {
            return;
        }
        Node next = node.next.get(tokens.get(j).stem());
        if (next != null) {
            walk(next, tokens, first, j + 1, out);
        }
        if (node.any != null) {
            walk(node.any, tokens, first, j + 1, out);
        }
    }
}
