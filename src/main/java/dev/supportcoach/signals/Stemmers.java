package dev.supportcoach.signals;

import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.englishStemmer;
import org.tartarus.snowball.ext.russianStemmer;

/**
 * Snowball stemming (the Snowball project's Java stemmers) chosen by the word's script: Cyrillic words get
 * the Russian stemmer, Latin words the English one, anything else is left as it is. Stemmer
 * objects hold state, so each thread has its own. Callers cache the results
 * ({@link TextAnalyzer}).
 */
final class Stemmers {
    private static final ThreadLocal<SnowballStemmer> EN = ThreadLocal.withInitial(englishStemmer::new);
    private static final ThreadLocal<SnowballStemmer> RU = ThreadLocal.withInitial(russianStemmer::new);

    private Stemmers() {
    }

    /** The stem of a lower-case, normalised word. */
    static String stem(String word) {
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
