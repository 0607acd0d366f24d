package org.sourcewiki.citation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CitationSyntaxTest {
    @Test
    void a_whole_passage_a_quote_and_several_citations_are_read() throws Exception {
        assertThat(CitationSyntax.parse("@bamada-2025#p7")).containsExactly(new CitationRef("bamada-2025", 7, null));
        assertThat(CitationSyntax.parse("@a#p1 \"les mots exacts\"")).containsExactly(new CitationRef("a", 1, "les mots exacts"));
        assertThat(CitationSyntax.parse(" @a#p1 “typographiques” ; @b#p22 « français » ;@c#p3"))
                .containsExactly(new CitationRef("a", 1, "typographiques"), new CitationRef("b", 22, "français"),
                        new CitationRef("c", 3, null));
        assertThat(CitationSyntax.parse("@a#p1 \"point-virgule ; dans la citation\"").get(0).quote())
                .isEqualTo("point-virgule ; dans la citation");
    }

    @Test
    void malformed_citations_say_what_is_wrong() {
        assertThatThrownBy(() -> CitationSyntax.parse("@#p1")).hasMessageContaining("slug");
        assertThatThrownBy(() -> CitationSyntax.parse("@a#1")).hasMessageContaining("#p");
        assertThatThrownBy(() -> CitationSyntax.parse("@a#p")).hasMessageContaining("passage number");
        assertThatThrownBy(() -> CitationSyntax.parse("@a#p1 \"pas fermé")).hasMessageContaining("not closed");
        assertThatThrownBy(() -> CitationSyntax.parse("@a#p1 \"\"")).hasMessageContaining("empty");
        assertThatThrownBy(() -> CitationSyntax.parse("@a#p1 sans guillemets")).hasMessageContaining("quotation marks");
        assertThatThrownBy(() -> CitationSyntax.parse("@a#p1;")).hasMessageContaining("@source");
    }

    @Test
    void keys_identify_notes() {
        assertThat(new CitationRef("a", 3, null).key()).isEqualTo("@a#p3");
        assertThat(new CitationRef("a", 3, "x y").key()).isEqualTo("@a#p3 \"x y\"");
    }
}
