package org.sourcewiki.source;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Stop words per language, for jusText's stop-word density (Pomikálek 2011): the share of a block's words that are
 * function words. Running prose has many; menus, link rows, names and labels have few. The lists are the Snowball
 * lists for French and English ({@code src/main/resources/stopwords/}, each file says where it comes from), folded
 * as {@link BoilerplateRules#fold} folds text. A language without a list ("und") uses both lists.
 */
public final class StopWords {
    private static final Map<String, Set<String>> LISTS = Map.of("fr", load("fr"), "en", load("en"));
    private static final Set<String> BOTH = union();

    private StopWords() {
    }

    /** The folded stop words of a BCP 47 language tag ("fr", "en-GB" …); both lists for any other language. */
    public static Set<String> of(String language) {
        if (language == null) {
            return BOTH;
        }
        String primary = language.toLowerCase().split("[-_]")[0];
        return LISTS.getOrDefault(primary, BOTH);
    }

    private static Set<String> union() {
        Set<String> all = new HashSet<>();
        LISTS.values().forEach(all::addAll);
        return Set.copyOf(all);
    }

    private static Set<String> load(String language) {
        return WordList.load("/stopwords/" + language + ".txt");
    }
}
