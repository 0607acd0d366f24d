package org.sourcewiki.page;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.sourcewiki.markup.RenderedMarkup;
import org.sourcewiki.markup.WikiMarkup;

class UncitedMarksTest {
    @Test
    void only_the_uncited_claims_are_marked_with_the_flag_in_the_readers_language() {
        String body = "## Un titre\n\nUne phrase sans source qui affirme quelque chose d’important.\n\n"
                + "Une phrase courte.\n\n- une liste qui affirme quelque chose sans rien citer";
        RenderedMarkup markup = WikiMarkup.parse(body);
        String html = UncitedMarks.mark(markup.html(Set.of(), Map.of()), markup.uncitedClaims(), "aucune source citée");
        assertThat(html).contains("<p class=\"uncited\">Une phrase sans source qui affirme quelque chose d’important."
                + "<span class=\"uncited-flag\">aucune source citée</span></p>");
        assertThat(html).contains("<p>Une phrase courte.</p>").contains("<h2").doesNotContain("<li class=\"uncited\"");
        assertThat(html.split("uncited-flag", -1)).hasSize(2);
    }

    @Test
    void html_without_claims_is_left_as_it_was() {
        assertThat(UncitedMarks.mark("<p>x &amp; y</p>", List.of(), "flag")).isEqualTo("<p>x &amp; y</p>");
    }

    @Test
    void the_flag_is_text_not_markup() {
        String html = UncitedMarks.mark("<p>Une phrase sans source qui affirme quelque chose.</p>",
                List.of("Une phrase sans source qui affirme quelque chose."), "<b>x</b>");
        assertThat(html).contains("&lt;b&gt;x&lt;/b&gt;").doesNotContain("<b>");
    }
}
