package dev.supportcoach;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.supportcoach.engine.SupportCoach;
import dev.supportcoach.json.CaseJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Scores the engine on the shared corpus of real conversations against each case's
 * {@code expect} block, prints precision and recall per principle, and enforces the quality
 * bar. Skipped, with a message, when ../shared/corpus is absent.
 */
class CorpusTest {
    static final Path CORPUS = Path.of("..", "shared", "corpus");
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static SupportCoach coach;
    private static List<Scored> scored;

    record Scored(String file, JsonNode expect, Advice advice, boolean hasDraft) {
    }

    @BeforeAll
    static void run() throws IOException {
        if (!Files.isDirectory(CORPUS)) {
            System.out.println("CorpusTest skipped: no corpus at " + CORPUS.toAbsolutePath());
            return;
        }
        coach = SupportCoach.builder().build();
        scored = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                String json = Files.readString(f);
                JsonNode expect = MAPPER.readTree(json).path("expect");
                CaseJson.Parsed parsed = CaseJson.read(json);
                Advice a = coach.advise(parsed.supportCase());
                String draft = parsed.supportCase().draft();
                scored.add(new Scored(f.getFileName().toString(), expect, a, draft != null && !draft.isBlank()));
            }
        }
        report();
    }

    private static Set<Principle> set(JsonNode n) {
        Set<Principle> s = EnumSet.noneOf(Principle.class);
        n.forEach(x -> s.add(Principle.valueOf(x.asText())));
        return s;
    }

    private static Set<Principle> raised(Advice a) {
        Set<Principle> s = EnumSet.noneOf(Principle.class);
        a.recommendations().forEach(r -> s.add(r.principle()));
        return s;
    }

    private static Set<Principle> flagged(Advice a) {
        Set<Principle> s = EnumSet.noneOf(Principle.class);
        a.draftFindings().forEach(f -> s.add(f.principle()));
        return s;
    }

    /** {tp, fp, fn} for recommendations, per principle. */
    static Map<Principle, int[]> recCounts() {
        Map<Principle, int[]> m = new EnumMap<>(Principle.class);
        for (Principle p : Principle.values()) {
            m.put(p, new int[3]);
        }
        for (Scored s : scored) {
            Set<Principle> got = raised(s.advice());
            Set<Principle> want = set(s.expect().path("principles"));
            Set<Principle> forbidden = set(s.expect().path("notPrinciples"));
            for (Principle p : Principle.values()) {
                if (want.contains(p) && got.contains(p)) {
                    m.get(p)[0]++;
                } else if (want.contains(p)) {
                    m.get(p)[2]++;
                } else if (forbidden.contains(p) && got.contains(p)) {
                    m.get(p)[1]++;
                }
            }
        }
        return m;
    }

    /** {tp, fp, fn} for draft findings, per principle. */
    static Map<Principle, int[]> findingCounts() {
        Map<Principle, int[]> m = new EnumMap<>(Principle.class);
        for (Principle p : Principle.values()) {
            m.put(p, new int[3]);
        }
        for (Scored s : scored) {
            if (!s.hasDraft()) {
                continue;
            }
            Set<Principle> got = flagged(s.advice());
            Set<Principle> want = set(s.expect().path("draftFindings"));
            Set<Principle> maybe = set(s.expect().path("maybeDraftFindings"));
            for (Principle p : Principle.values()) {
                if (want.contains(p) && got.contains(p)) {
                    m.get(p)[0]++;
                } else if (want.contains(p)) {
                    m.get(p)[2]++;
                } else if (!maybe.contains(p) && got.contains(p)) {
                    m.get(p)[1]++;
                }
            }
        }
        return m;
    }

    static double f1(int[] c) {
        double p = c[0] + c[1] == 0 ? 1 : (double) c[0] / (c[0] + c[1]);
        double r = c[0] + c[2] == 0 ? 1 : (double) c[0] / (c[0] + c[2]);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    static int[] total(Map<Principle, int[]> m) {
        int[] t = new int[3];
        m.values().forEach(c -> {
            t[0] += c[0];
            t[1] += c[1];
            t[2] += c[2];
        });
        return t;
    }

    private static void report() {
        StringBuilder sb = new StringBuilder("\nCorpus: " + scored.size() + " cases\n");
        sb.append(String.format("%-16s %14s %14s%n", "principle", "recs P / R", "findings P / R"));
        Map<Principle, int[]> recs = recCounts();
        Map<Principle, int[]> finds = findingCounts();
        for (Principle p : Principle.values()) {
            sb.append(String.format("%-16s %14s %14s%n", p, pr(recs.get(p)), pr(finds.get(p))));
        }
        sb.append(String.format("%-16s %14s %14s%n", "all (micro)", pr(total(recs)), pr(total(finds))));
        sb.append(String.format("F1: recommendations %.2f, draft findings %.2f%n", f1(total(recs)), f1(total(finds))));
        int noise = 0;
        for (Scored s : scored) {
            Set<Principle> listed = set(s.expect().path("principles"));
            listed.addAll(set(s.expect().path("maybePrinciples")));
            listed.addAll(set(s.expect().path("notPrinciples")));
            Set<Principle> got = raised(s.advice());
            got.removeAll(listed);
            noise += got.size();
            sb.append(String.format("  %-50s recs=%s findings=%s state=%s%n", s.file(), raised(s.advice()),
                    flagged(s.advice()), s.advice().customerState()));
            for (Recommendation r : s.advice().recommendations()) {
                if (!r.evidence().isEmpty()) {
                    Evidence e = r.evidence().get(0);
                    sb.append(String.format("      %-28s #%d [%d,%d) \"%s\"%n", r.id(), e.message(), e.start(), e.end(), e.text()));
                }
            }
        }
        sb.append(String.format("noise: %.2f unlisted principles per case%n", (double) noise / scored.size()));
        System.out.println(sb);
    }

    private static String pr(int[] c) {
        if (c[0] + c[1] + c[2] == 0) {
            return "-";
        }
        String p = c[0] + c[1] == 0 ? "-" : String.format("%.2f", (double) c[0] / (c[0] + c[1]));
        String r = c[0] + c[2] == 0 ? "-" : String.format("%.2f", (double) c[0] / (c[0] + c[2]));
        return p + " / " + r;
    }

    /*
     * The ratchet. These floors are the figures main reaches today on ../shared/corpus, as
     * ../shared/tools/score.py computes them. Raise a floor when a change lifts the figure;
     * never lower one: a change that drops below a floor is a regression, however good it
     * looks on the case it was written for. The targets of the judgement work are
     * recommendation F1 0.85 (0.80 in Russian), draft F1 0.80, state recall 0.80, at most one
     * good draft flagged.
     */
    static final double REC_F1_FLOOR = 0.93;
    static final double REC_F1_RU_FLOOR = 0.96;
    static final double DRAFT_F1_FLOOR = 0.88;
    static final double STATE_RECALL_FLOOR = 0.93;
    static final int CLEAN_DRAFT_ALARMS_MAX = 0;
    static final double EXTRA_PER_CASE_MAX = 1.0;

    private static List<Scored> inLanguage(String lang) {
        return scored.stream().filter(s -> lang.equals(s.advice().language())).toList();
    }

    @Test
    void recommendations_holdTheRatchet() {
        assumeTrue(scored != null, "no corpus");
        double f1 = f1(total(recCounts()));
        assertTrue(f1 >= REC_F1_FLOOR, "recommendation F1 " + f1 + " fell below the floor " + REC_F1_FLOOR);
    }

    @Test
    void russianRecommendations_holdTheRatchet() {
        assumeTrue(scored != null, "no corpus");
        List<Scored> all = scored;
        try {
            scored = inLanguage("ru");
            double f1 = f1(total(recCounts()));
            assertTrue(f1 >= REC_F1_RU_FLOOR, "Russian recommendation F1 " + f1 + " fell below the floor " + REC_F1_RU_FLOOR);
        } finally {
            scored = all;
        }
    }

    @Test
    void draftFindings_holdTheRatchet() {
        assumeTrue(scored != null, "no corpus");
        double f1 = f1(total(findingCounts()));
        assertTrue(f1 >= DRAFT_F1_FLOOR, "draft-finding F1 " + f1 + " fell below the floor " + DRAFT_F1_FLOOR);
    }

    @Test
    void customerStates_holdTheRatchet_andNoneIsForbidden() {
        assumeTrue(scored != null, "no corpus");
        int want = 0;
        int found = 0;
        List<String> forbidden = new ArrayList<>();
        for (Scored s : scored) {
            Set<String> got = new java.util.HashSet<>();
            s.advice().customerState().forEach(x -> got.add(x.toString()));
            for (JsonNode x : s.expect().path("customerState")) {
                want++;
                found += got.contains(x.asText()) ? 1 : 0;
            }
            for (JsonNode x : s.expect().path("notCustomerState")) {
                if (got.contains(x.asText())) {
                    forbidden.add(s.file() + ": " + x.asText());
                }
            }
        }
        double recall = want == 0 ? 1 : (double) found / want;
        assertTrue(recall >= STATE_RECALL_FLOOR, "customer-state recall " + recall + " fell below the floor " + STATE_RECALL_FLOOR);
        assertEquals(List.of(), forbidden, "states the corpus forbids");
    }

    @Test
    void cleanDrafts_getFewFindings() {
        assumeTrue(scored != null, "no corpus");
        List<String> alarms = new ArrayList<>();
        for (Scored s : scored) {
            if (s.hasDraft() && s.expect().path("draftFindings").isEmpty() && s.expect().path("maybeDraftFindings").isEmpty()
                    && !s.advice().draftFindings().isEmpty()) {
                alarms.add(s.file() + " " + s.advice().draftFindings().stream().map(DraftFinding::id).toList());
            }
        }
        assertTrue(alarms.size() <= CLEAN_DRAFT_ALARMS_MAX, "good drafts flagged: " + alarms);
    }

    @Test
    void unlabeledPrinciples_stayRare() {
        assumeTrue(scored != null, "no corpus");
        int noise = 0;
        for (Scored s : scored) {
            Set<Principle> got = raised(s.advice());
            got.removeAll(set(s.expect().path("principles")));
            got.removeAll(set(s.expect().path("maybePrinciples")));
            got.removeAll(set(s.expect().path("notPrinciples")));
            noise += got.size();
        }
        double perCase = (double) noise / scored.size();
        assertTrue(perCase <= EXTRA_PER_CASE_MAX, "unlabeled principles per case " + perCase);
    }

    @Test
    void replacements_applyExactlyOnTheirSpans_andGiveTheRevisedDraft() throws IOException {
        assumeTrue(scored != null, "no corpus");
        int revised = 0;
        for (Scored s : scored) {
            String draft = CaseJson.read(Files.readString(CORPUS.resolve(s.file()))).supportCase().draft();
            List<DraftFinding> withText = s.advice().draftFindings().stream().filter(DraftFinding::hasReplacement)
                    .sorted(java.util.Comparator.comparingInt(DraftFinding::start)).toList();
            if (withText.isEmpty()) {
                assertEquals(null, s.advice().revisedDraft(), s.file() + ": a revised draft without any replacement");
                continue;
            }
            revised++;
            StringBuilder sb = new StringBuilder();
            int at = 0;
            for (DraftFinding f : withText) {
                assertTrue(f.start() >= at, s.file() + ": replacements overlap at " + f);
                assertEquals(draft.substring(f.start(), f.end()), f.text(), s.file() + " " + f.id());
                sb.append(draft, at, f.start()).append(f.replacement());
                at = f.end();
            }
            sb.append(draft.substring(at));
            assertEquals(sb.toString(), s.advice().revisedDraft(), s.file());
            // the revised draft stays in the draft's language: a replacement is written in the
            // script of the words it replaces, never in the other language's
            for (DraftFinding f : withText) {
                boolean cyrillicSpan = f.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
                boolean latinSpan = f.text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
                boolean latin = f.replacement().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
                boolean cyrillic = f.replacement().codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC);
                assertTrue(!(cyrillicSpan && !latinSpan && latin) && !(latinSpan && !cyrillicSpan && cyrillic),
                        s.file() + ": replacement in another language: " + f);
            }
        }
        assertTrue(revised > 0, "no corpus draft got a revised draft: the mechanics went untested");
    }

    @Test
    void evidence_quotesTheMessageText() throws IOException {
        assumeTrue(scored != null, "no corpus");
        for (Scored s : scored) {
            CaseJson.Parsed parsed = CaseJson.read(Files.readString(CORPUS.resolve(s.file())));
            for (Recommendation r : s.advice().recommendations()) {
                for (Evidence e : r.evidence()) {
                    String text = parsed.supportCase().conversation().get(e.message()).text();
                    assertEquals(text.substring(e.start(), e.end()), e.text(), s.file() + " " + r.id());
                }
            }
            String draft = parsed.supportCase().draft();
            for (DraftFinding f : s.advice().draftFindings()) {
                assertEquals(draft.substring(f.start(), f.end()), f.text(), s.file() + " " + f.id());
            }
        }
    }
}
