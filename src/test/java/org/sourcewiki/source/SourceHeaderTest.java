package org.sourcewiki.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SourceHeaderTest {
    @Test
    void a_header_gives_metadata_and_is_cut_from_the_stored_text() throws Exception {
        SourceHeader.Split split = SourceHeader.split("---\n# why\ntitle: [Titre attribué]\npublisher: Bamada.net\n"
                + "author:\ndate: 2025-06\nlanguage: FR\nurl:\n---\n\nLe texte.\n");
        assertThat(split.body()).isEqualTo("\nLe texte.\n");
        assertThat(split.header().title()).isEqualTo("[Titre attribué]");
        assertThat(split.header().titleSupplied()).isTrue();
        assertThat(split.header().publisher()).isEqualTo("Bamada.net");
        assertThat(split.header().author()).isNull();
        assertThat(split.header().date()).isEqualTo("2025-06");
        assertThat(split.header().language()).isEqualTo("fr");
        assertThat(split.header().url()).isNull();
    }

    @Test
    void text_without_a_header_is_all_body() throws Exception {
        assertThat(SourceHeader.split("Le texte.").body()).isEqualTo("Le texte.");
        assertThat(SourceHeader.split("Le texte.").header()).isEqualTo(SourceHeader.NONE);
    }

    @Test
    void a_bad_header_is_refused_with_the_reason() {
        assertThatThrownBy(() -> SourceHeader.split("---\ntitle: x\n")).hasMessageContaining("never closed");
        assertThatThrownBy(() -> SourceHeader.split("---\nsubject: x\n---\nt")).hasMessageContaining("unknown header field 'subject'");
        assertThatThrownBy(() -> SourceHeader.split("---\ndate: 2025-02-30\n---\nt")).hasMessageContaining("not a real date");
        assertThatThrownBy(() -> SourceHeader.split("---\ndate: avril 2025\n---\nt")).hasMessageContaining("YYYY");
        // Year 0 printed as "0 C.E." and "0AD" in citations (a hostile tester, session 16).
        assertThatThrownBy(() -> SourceHeader.split("---\ndate: 0000\n---\nt")).hasMessageContaining("not a real date");
        assertThatThrownBy(() -> SourceHeader.checkDate("0999-05")).hasMessageContaining("not a real date");
        assertThatThrownBy(() -> SourceHeader.split("---\nurl: javascript:alert(1)\n---\nt")).hasMessageContaining("http");
    }
}
