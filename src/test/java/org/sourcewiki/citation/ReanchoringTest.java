package org.sourcewiki.citation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sourcewiki.citation.Reanchoring.Anchor;
import org.sourcewiki.citation.Reanchoring.Cited;
import org.sourcewiki.citation.Reanchoring.Method;
import org.sourcewiki.citation.Reanchoring.Passage;

class ReanchoringTest {
    private static final String P1 = "Les ministres des Affaires étrangères de l’AES se sont réunis à Moscou.";
    private static final String P2 = "Au centre des discussions, la lutte contre le terrorisme demeure la priorité absolue de l’AES.";
    private static final String P3 = "Les deux parties ont exprimé leur souhait de renforcer leur coopération dans plusieurs secteurs.";
    private static final String P4 = "Un communiqué conjoint a été signé, posant les bases d’un partenariat durable.";
    private static final String OLD = String.join("\n", P1, P2, P3, P4);

    /** Passages of a text: one per line, spans in code points. */
    static List<Passage> passages(String text) {
        List<Passage> passages = new ArrayList<>();
        int offset = 0;
        int number = 1;
        for (String line : text.split("\n", -1)) {
            int length = line.codePointCount(0, line.length());
            passages.add(new Passage(number++, offset, offset + length, line));
            offset += length + 1;
        }
        return passages;
    }

    /** The citation of words (or of the whole passage when quote is null) in passage n of text, as saving stores it. */
    static Cited cite(String text, int n, String quote) {
        Passage passage = passages(text).get(n - 1);
        int start = passage.start();
        int end = passage.end();
        if (quote != null) {
            int at = passage.text().indexOf(quote);
            start = passage.start() + passage.text().codePointCount(0, at);
            end = start + quote.codePointCount(0, quote.length());
        }
        int[] cps = text.codePoints().toArray();
        String exact = new String(cps, start, end - start);
        String prefix = new String(cps, Math.max(0, start - 32), start - Math.max(0, start - 32));
        String suffix = new String(cps, end, Math.min(cps.length, end + 32) - end);
        return new Cited(exact, prefix, suffix, start, end, quote);
    }

    static Anchor reanchor(Cited cited, String newText) {
        return Reanchoring.reanchor(cited, OLD, newText, passages(newText));
    }

    @Test
    void an_unchanged_passage_reanchors_exactly_at_its_position() {
        String newText = OLD + "\nUn paragraphe ajouté à la fin.";
        Anchor anchor = reanchor(cite(OLD, 2, "la lutte contre le terrorisme"), newText);

        assertThat(anchor.method()).isEqualTo(Method.POSITION);
        assertThat(anchor.automatic()).isTrue();
        assertThat(anchor.confidence()).isEqualTo(1.0);
        assertThat(anchor.passage()).isEqualTo(2);
        assertThat(anchor.quote()).isEqualTo("la lutte contre le terrorisme");
    }

    @Test
    void a_quote_in_a_moved_passage_is_found_by_its_words_and_context() {
        String newText = String.join("\n", "Un chapeau ajouté en tête de l’article.", P3, P1, P2, P4);
        Anchor anchor = reanchor(cite(OLD, 2, "la lutte contre le terrorisme"), newText);

        assertThat(anchor.method()).isEqualTo(Method.QUOTE);
        assertThat(anchor.automatic()).isTrue();
        assertThat(anchor.passage()).isEqualTo(4);
        assertThat(newText.codePoints().skip(anchor.start()).limit(anchor.end() - anchor.start())
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString())
                .isEqualTo("la lutte contre le terrorisme");
    }

    @Test
    void a_whole_passage_citation_follows_its_passage_when_a_paragraph_is_inserted_before_it() {
        String newText = String.join("\n", P1, "Un paragraphe inséré par la rédaction.", P2, P3, P4);
        Anchor anchor = reanchor(cite(OLD, 2, null), newText);

        assertThat(anchor.automatic()).isTrue();
        assertThat(anchor.passage()).isEqualTo(3);
        assertThat(anchor.quote()).isNull();
    }

    @Test
    void a_whole_passage_whose_neighbours_all_changed_is_proposed_for_review_not_moved() {
        String newText = String.join("\n", P4, P3, P2, P1);
        Anchor anchor = reanchor(cite(OLD, 2, null), newText);

        assertThat(anchor.automatic()).isFalse();
        assertThat(anchor.passage()).isEqualTo(3);
    }

    @Test
    void edited_words_give_a_fuzzy_proposal_for_review_never_an_automatic_anchor() {
        String edited = P2.replace("demeure la priorité absolue", "reste la priorité première");
        String newText = String.join("\n", P1, edited, P3, P4);
        Anchor anchor = reanchor(cite(OLD, 2, "la lutte contre le terrorisme demeure la priorité absolue de l’AES"), newText);

        assertThat(anchor.method()).isEqualTo(Method.FUZZY);
        assertThat(anchor.automatic()).isFalse();
        assertThat(anchor.passage()).isEqualTo(2);
        assertThat(anchor.exact()).contains("reste la priorité première");
        assertThat(anchor.confidence()).isBetween(0.5, 0.99);
    }

    @Test
    void a_deleted_passage_goes_to_review_with_nothing_proposed() {
        String newText = String.join("\n", P1, P3, P4);
        Anchor anchor = reanchor(cite(OLD, 2, "la lutte contre le terrorisme demeure la priorité absolue"), newText);

        assertThat(anchor.method()).isEqualTo(Method.NONE);
        assertThat(anchor.automatic()).isFalse();
        assertThat(anchor.passage()).isNull();
    }

    @Test
    void a_short_quote_found_once_elsewhere_without_its_context_is_not_taken_automatically() {
        // "l’AES" of passage 2 is gone with its passage; the same words stand in passage 1, in another context.
        String newText = String.join("\n", P1, P3, P4);
        Cited cited = cite(OLD, 2, "priorité absolue de l’AES");
        Anchor anchor = Reanchoring.reanchor(cited, OLD, newText.replace("de l’AES se sont", "priorité absolue de l’AES se sont"),
                passages(newText.replace("de l’AES se sont", "priorité absolue de l’AES se sont")));

        assertThat(anchor.method()).isEqualTo(Method.QUOTE);
        assertThat(anchor.automatic()).isFalse();
    }

    @Test
    void a_quote_repeated_in_the_new_version_without_telling_context_goes_to_review() {
        String newText = String.join("\n", P1, "Selon Moscou, la lutte contre le terrorisme avance.",
                "Pour Bamako, la lutte contre le terrorisme recule.", P3, P4);
        Anchor anchor = reanchor(cite(OLD, 2, "la lutte contre le terrorisme"), newText);

        assertThat(anchor.method()).isEqualTo(Method.QUOTE);
        assertThat(anchor.automatic()).isFalse();
        assertThat(anchor.reason()).contains("2 times");
    }

    @Test
    void a_repeated_quote_is_told_apart_when_one_occurrence_keeps_its_context() {
        String newText = String.join("\n", P1, "Pour Bamako, la lutte contre le terrorisme recule.", P2, P3, P4);
        Anchor anchor = reanchor(cite(OLD, 2, "la lutte contre le terrorisme"), newText);

        assertThat(anchor.automatic()).isTrue();
        assertThat(anchor.passage()).isEqualTo(3);
    }

    @Test
    void a_quote_that_would_be_read_at_an_earlier_place_in_its_passage_is_not_applied() {
        // In the new version the words stand twice in the passage: the citation syntax names the first.
        String newText = String.join("\n", P1,
                "Selon Moscou, l’AES. Au centre des discussions, la lutte contre le terrorisme demeure la priorité absolue de l’AES.",
                P3, P4);
        Anchor anchor = reanchor(cite(OLD, 2, "l’AES"), newText);

        assertThat(anchor.automatic()).isFalse();
    }

    @Test
    void approximate_search_finds_the_span_with_its_errors() {
        List<ApproximateMatch.Match> matches = ApproximateMatch.search(
                "le président de la Transition".codePoints().toArray(), "président da la".codePoints().toArray(), 2, 5);

        assertThat(matches).isNotEmpty();
        assertThat(matches.get(0).errors()).isEqualTo(1);
        assertThat("le président de la Transition".substring(matches.get(0).start(), matches.get(0).end()))
                .isEqualTo("président de la");
    }
}
