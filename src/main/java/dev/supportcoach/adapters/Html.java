package dev.supportcoach.adapters;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * HTML message bodies as the plain text the rules read: paragraphs stay apart (a blank line),
 * line breaks stay, quoted mail ({@code <blockquote>}) becomes {@code > } lines, so that it is
 * not read as new words, and scripts, styles and images are dropped.
 */
final class Html {
    private static final Set<String> PARAGRAPHS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "table", "pre");
    private static final Set<String> LINES = Set.of("div", "li", "tr", "dt", "dd", "section", "article", "header", "footer");
    private static final Set<String> DROPPED = Set.of("script", "style", "head", "title", "img", "template");

    private Html() {
    }

    static String toText(String html) {
        if (html == null || html.isEmpty()) {
            return "";
        }
        Element body = Jsoup.parseBodyFragment(html).body();
        body.select(String.join(",", DROPPED)).remove();
        Writer w = new Writer();
        NodeTraversor.traverse(w, body);
        return w.result();
    }

    private static final class Writer implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private int quoteDepth;
        private int preDepth;

        @Override
        public void head(org.jsoup.nodes.Node node, int depth) {
            if (node instanceof TextNode t) {
                String s = preDepth > 0 ? t.getWholeText() : t.text();
                if (preDepth == 0 && !s.isBlank() && atLineStart()) {
                    s = s.stripLeading();
                }
                append(s);
            } else if (node instanceof Element e) {
                String tag = e.normalName();
                if ("br".equals(tag)) {
                    lineBreak();
                } else if ("blockquote".equals(tag)) {
                    blankLine();
                    quoteDepth++;
                } else if (PARAGRAPHS.contains(tag)) {
                    if ("pre".equals(tag)) {
                        preDepth++;
                    }
                    blankLine();
                } else if (LINES.contains(tag)) {
                    newline();
                }
            }
        }

        @Override
        public void tail(org.jsoup.nodes.Node node, int depth) {
            if (node instanceof Element e) {
                String tag = e.normalName();
                if ("blockquote".equals(tag)) {
                    quoteDepth--;
                    blankLine();
                } else if (PARAGRAPHS.contains(tag)) {
                    if ("pre".equals(tag)) {
                        preDepth--;
                    }
                    blankLine();
                } else if (LINES.contains(tag)) {
                    newline();
                }
            }
        }

        private boolean atLineStart() {
            return out.length() == 0 || out.charAt(out.length() - 1) == '\n' || endsWithQuotePrefix();
        }

        private boolean endsWithQuotePrefix() {
            int n = out.length();
            return quoteDepth > 0 && n >= 2 && out.charAt(n - 1) == ' ' && out.charAt(n - 2) == '>';
        }

        private void append(String s) {
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i) == '\u00a0' ? ' ' : s.charAt(i);
                if (c == '\n') {
                    lineBreak();
                    continue;
                }
                if (quoteDepth > 0 && (out.length() == 0 || out.charAt(out.length() - 1) == '\n')) {
                    out.append("> ".repeat(quoteDepth));
                }
                out.append(c);
            }
        }

        /** Ends the line unless it is already ended (blocks). */
        private void newline() {
            trimTrailingSpaces();
            if (out.length() > 0 && out.charAt(out.length() - 1) != '\n' && !endsWithQuotePrefixOnly()) {
                out.append('\n');
            }
        }

        /** A line break ({@code <br>}): two in a row leave a blank line. */
        private void lineBreak() {
            trimTrailingSpaces();
            if (out.length() > 0 && !endsWithQuotePrefixOnly()) {
                out.append('\n');
            }
        }

        private void blankLine() {
            newline();
            int n = out.length();
            if (n >= 2 && out.charAt(n - 1) == '\n' && out.charAt(n - 2) != '\n') {
                out.append('\n');
            }
        }

        private boolean endsWithQuotePrefixOnly() {
            int lineStart = out.lastIndexOf("\n") + 1;
            String line = out.substring(lineStart);
            return !line.isEmpty() && line.replace(">", "").isBlank();
        }

        private void trimTrailingSpaces() {
            int n = out.length();
            while (n > 0 && out.charAt(n - 1) == ' ' && !endsWithQuotePrefixOnly()) {
                n--;
                out.setLength(n);
            }
        }

        String result() {
            String s = out.toString().replaceAll("[ \\t]+\\n", "\n").replaceAll("\\n{3,}", "\n\n");
            return s.strip();
        }
    }
}
