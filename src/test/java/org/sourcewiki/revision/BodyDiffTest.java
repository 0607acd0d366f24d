package org.sourcewiki.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class BodyDiffTest {
    private static final String MALI = "Le Mali a signé un accord de défense avec la Russie en 2024.";
    private static final String NIGER = "Le Niger a reçu des instructeurs russes au printemps.";
    private static final String BURKINA = "Le Burkina Faso a annoncé une coopération nucléaire civile.";

    @Test
    void a_moved_paragraph_is_shown_as_moved_and_never_as_word_swaps_between_paragraphs() {
        String before = MALI + "\n\n" + NIGER + "\n\n" + BURKINA;
        String after = NIGER + "\n\n" + BURKINA + "\n\n" + MALI;
        String html = BodyDiff.html(before, after);
        assertThat(html).contains("<del class=\"diff-moved\">" + MALI + "</del>")
                .contains("<ins class=\"diff-moved\">" + MALI + "</ins>")
                .doesNotContain("<del>Mali</del>").doesNotContain("<ins>Niger</ins>").doesNotContain("<del>Niger</del>");
        assertThat(html.lines().filter(line -> line.equals(NIGER) || line.equals(BURKINA))).hasSize(2);
    }

    @Test
    void words_are_compared_only_inside_the_paragraph_that_changed() {
        String before = MALI + "\n\n" + NIGER + "\n\n" + BURKINA;
        String after = MALI + "\n\n" + NIGER.replace("printemps", "mois de mai") + "\n\n" + BURKINA;
        String html = BodyDiff.html(before, after);
        assertThat(html).isEqualTo(MALI + "\n\n"
                + "Le Niger a reçu des instructeurs russes au <del>printemps</del><ins>mois de mai</ins>.\n\n" + BURKINA);
    }

    @Test
    void an_unrelated_paragraph_in_place_of_another_is_removed_and_added_whole() {
        String html = BodyDiff.html(MALI, NIGER);
        assertThat(html).isEqualTo("<del>" + MALI + "</del>\n<ins>" + NIGER + "</ins>");
    }

    @Test
    void text_is_escaped_in_every_part() {
        assertThat(BodyDiff.html("<b>a</b>\n\nsame", "same\n\n<i>b</i>")).doesNotContain("<b>").doesNotContain("<i>")
                .contains("&lt;b&gt;a&lt;/b&gt;").contains("&lt;i&gt;b&lt;/i&gt;");
    }

    @Test
    void two_large_revisions_with_a_change_in_every_tenth_paragraph_cost_a_bounded_number_of_token_comparisons() {
        List<String> paragraphs = paragraphs(1000, 25, new Random(1));
        List<String> changed = new ArrayList<>(paragraphs);
        for (int i = 0; i < changed.size(); i += 10) {
            changed.set(i, changed.get(i).replaceFirst("\\S+", "modifié"));
        }
        BodyDiff.Result result = BodyDiff.diff(String.join("\n\n", paragraphs), String.join("\n\n", changed));
        // 100 changed paragraphs of about 50 tokens: only they are compared word by word.
        assertThat(result.tokensCompared()).isPositive().isLessThanOrEqualTo(100 * 2 * 60);
        assertThat(result.html()).contains("<ins>modifié</ins>");
    }

    @Test
    void two_unrelated_revisions_of_25000_words_fall_back_without_comparing_words_beyond_the_bound() {
        Random random = new Random(2);
        String before = String.join(" ", paragraphs(1, 25_000, random));
        String after = String.join(" ", paragraphs(1, 25_000, random));
        BodyDiff.Result oneLine = BodyDiff.diff(before, after);
        assertThat(oneLine.fellBack()).isTrue();
        assertThat(oneLine.tokensCompared()).isLessThanOrEqualTo(BodyDiff.MAX_TOKENS);

        BodyDiff.Result manyLines = BodyDiff.diff(String.join("\n", paragraphs(5000, 5, random)),
                String.join("\n", paragraphs(5000, 5, random)));
        assertThat(manyLines.fellBack()).isTrue();
        assertThat(manyLines.tokensCompared()).isZero();

        BodyDiff.Result similar = BodyDiff.diff(String.join("\n", paragraphs(1000, 25, new Random(3))),
                String.join("\n", paragraphs(1000, 25, new Random(3))).replace("a", "b"));
        assertThat(similar.tokensCompared()).isLessThanOrEqualTo(BodyDiff.MAX_TOKENS);
    }

    private static List<String> paragraphs(int count, int words, Random random) {
        String[] vocabulary = {"le", "la", "Mali", "Niger", "accord", "russe", "coopération", "défense", "ministre",
                "délégation", "Moscou", "sécurité", "armée", "confédération", "sommet", "annonce", "projet"};
        List<String> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            StringBuilder paragraph = new StringBuilder();
            for (int w = 0; w < words; w++) {
                paragraph.append(w == 0 ? "" : " ").append(vocabulary[random.nextInt(vocabulary.length)]).append(random.nextInt(1000));
            }
            out.add(paragraph.toString());
        }
        return out;
    }
}
