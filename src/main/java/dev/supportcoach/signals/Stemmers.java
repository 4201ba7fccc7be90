package dev.supportcoach.signals;

import java.util.concurrent.ConcurrentHashMap;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * Snowball stemming (from Lucene's analyzers) chosen by the word's script: Cyrillic words get
 * the Russian stemmer, Latin words the English one, anything else is left as it is. Stemmer
 * objects hold state, so each thread has its own; results are cached because support text
 * repeats its words a lot.
 */
final class Stemmers {
    private static final int CACHE_LIMIT = 200_000;
    private static final ThreadLocal<SnowballStemmer> EN = ThreadLocal.withInitial(EnglishStemmer::new);
    private static final ThreadLocal<SnowballStemmer> RU = ThreadLocal.withInitial(RussianStemmer::new);
    private static final ConcurrentHashMap<String, String> CACHE = new ConcurrentHashMap<>();

    private Stemmers() {
    }

    /** The stem of a lower-case, normalised word. */
    static String stem(String word) {
        String cached = CACHE.get(word);
        if (cached != null) {
            return cached;
        }
        String stem = compute(word);
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(word, stem);
        }
        return stem;
    }

    private static String compute(String word) {
        if (word.isEmpty()) {
            return word;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(word.codePointAt(0));
        SnowballStemmer stemmer;
        if (script == Character.UnicodeScript.CYRILLIC) {
            stemmer = RU.get();
        } else if (script == Character.UnicodeScript.LATIN) {
            stemmer = EN.get();
        } else {
            return word;
        }
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }
}
