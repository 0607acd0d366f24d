package org.sourcewiki.source;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class TextDecoderTest {
    private static final String FRENCH = "L’été « à Moscou » — coopération, Goïta… œuvre";

    private static byte[] concat(byte[] first, byte[] second) {
        byte[] all = new byte[first.length + second.length];
        System.arraycopy(first, 0, all, 0, first.length);
        System.arraycopy(second, 0, all, first.length, second.length);
        return all;
    }

    @Test
    void utf8_without_bom_is_read_as_is() throws Exception {
        DecodedText decoded = TextDecoder.decode(FRENCH.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo(FRENCH);
        assertThat(decoded.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void utf8_with_bom_loses_the_bom_only() throws Exception {
        byte[] bytes = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, FRENCH.getBytes(StandardCharsets.UTF_8));
        DecodedText decoded = TextDecoder.decode(bytes);
        assertThat(decoded.text()).isEqualTo(FRENCH);
        assertThat(decoded.encoding()).isEqualTo("UTF-8 with BOM");
    }

    @Test
    void utf16_with_either_byte_order_mark_is_decoded() throws Exception {
        byte[] little = concat(new byte[] {(byte) 0xFF, (byte) 0xFE}, FRENCH.getBytes(StandardCharsets.UTF_16LE));
        byte[] big = concat(new byte[] {(byte) 0xFE, (byte) 0xFF}, FRENCH.getBytes(StandardCharsets.UTF_16BE));
        assertThat(TextDecoder.decode(little).text()).isEqualTo(FRENCH);
        assertThat(TextDecoder.decode(big).text()).isEqualTo(FRENCH);
        assertThat(TextDecoder.decode(little).encoding()).isEqualTo("UTF-16LE");
    }

    @Test
    void windows_1252_keeps_accents_curly_quotes_dashes_and_ellipsis() throws Exception {
        byte[] bytes = FRENCH.getBytes(Charset.forName("windows-1252"));
        DecodedText decoded = TextDecoder.decode(bytes);
        assertThat(decoded.text()).isEqualTo(FRENCH).doesNotContain("Ã", "\uFFFD");
        assertThat(decoded.text().chars()).noneMatch(c -> c >= 0x80 && c <= 0x9F);
        assertThat(decoded.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void latin1_without_windows_characters_is_reported_as_iso_8859_1() throws Exception {
        String text = "Le président malien a annoncé à Bamako";
        DecodedText decoded = TextDecoder.decode(text.getBytes(StandardCharsets.ISO_8859_1));
        assertThat(decoded.text()).isEqualTo(text);
        assertThat(decoded.encoding()).isEqualTo("ISO-8859-1");
    }

    @Test
    void line_endings_are_unified_whatever_the_mixture() throws Exception {
        DecodedText decoded = TextDecoder.decode("un\r\ndeux\rtrois\nquatre\r\n\r\ncinq".getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo("un\ndeux\ntrois\nquatre\n\ncinq");
    }

    @Test
    void decomposed_accents_become_nfc_but_nothing_else_changes() throws Exception {
        String decomposed = "Goi\u0308ta\u00A0:\u202F« cafe\u0301 »  deux  espaces";
        DecodedText decoded = TextDecoder.decode(decomposed.getBytes(StandardCharsets.UTF_8));
        assertThat(decoded.text()).isEqualTo("Goïta\u00A0:\u202F« café »  deux  espaces");
    }

    @Test
    void empty_and_whitespace_only_files_are_refused() {
        assertThatThrownBy(() -> TextDecoder.decode(new byte[0])).hasMessageContaining("empty");
        assertThatThrownBy(() -> TextDecoder.decode(" \n\t\r\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> TextDecoder.decode("\u00A0\u2003\u202F\u200B\n".getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> TextDecoder.decode(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}))
                .hasMessageContaining("empty");
    }

    @Test
    void binary_files_are_refused_with_what_they_are() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        assertThatThrownBy(() -> TextDecoder.decode(png)).hasMessageContaining("PNG image");
        byte[] withNul = "text\0more".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TextDecoder.decode(withNul)).hasMessageContaining("NUL byte");
        byte[] withBell = "text\u0007more".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> TextDecoder.decode(withBell)).hasMessageContaining("control character U+0007");
    }

    @Test
    void bytes_undefined_in_windows_1252_are_refused_rather_than_turned_into_control_characters() {
        byte[] bytes = {'a', 'b', (byte) 0x81, 'c', (byte) 0xE9};
        assertThatThrownBy(() -> TextDecoder.decode(bytes)).isInstanceOf(ImportRefusedException.class);
    }

    @Test
    void utf8_with_a_few_broken_bytes_is_refused_at_the_first_one_not_read_as_windows_1252() {
        byte[] good = "Le président a déclaré à Bamako que la coopération continuerait. ".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[good.length * 2 + 1];
        System.arraycopy(good, 0, bytes, 0, good.length);
        bytes[good.length] = (byte) 0xE9; // a lone Latin-1 é in the middle of UTF-8 text
        System.arraycopy(good, 0, bytes, good.length + 1, good.length);

        assertThatThrownBy(() -> TextDecoder.decode(bytes))
                .isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("invalid UTF-8 at byte " + good.length)
                .hasMessageContaining("1 broken sequence");
    }

    @Test
    void truncated_multibyte_sequences_and_overlong_forms_count_as_broken() {
        byte[] truncated = {'a', (byte) 0xC3, (byte) 0xA9, 'b', (byte) 0xE2, (byte) 0x80, 'c', (byte) 0xC3, (byte) 0xA8};
        TextDecoder.Utf8Scan scan = TextDecoder.Utf8Scan.of(truncated);
        assertThat(scan.validMultiByte()).isEqualTo(2);
        assertThat(scan.invalid()).isEqualTo(2); // E2 and the following 80
        assertThat(scan.firstInvalidOffset()).isEqualTo(4);
        assertThat(TextDecoder.Utf8Scan.of(new byte[] {(byte) 0xC0, (byte) 0xAF}).validMultiByte()).isZero();
        assertThat(TextDecoder.Utf8Scan.of(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}).validMultiByte()).isZero();
    }

    @Test
    void a_legacy_file_with_one_accidental_utf8_looking_pair_is_still_windows_1252() throws Exception {
        // "Ã©" is C3 A9 in Windows-1252, a valid UTF-8 pair by chance; the many lone accents decide.
        String legacy = "Ã© café élève à côté déjà";
        DecodedText decoded = TextDecoder.decode(legacy.getBytes(Charset.forName("windows-1252")));
        assertThat(decoded.text()).isEqualTo(legacy);
    }

    /** Found by an acceptance walk: a byte-order mark over UTF-8 with a broken byte is refused naming that byte. */
    @Test
    void a_utf8_file_with_a_byte_order_mark_and_a_broken_byte_is_refused_naming_its_offset() {
        byte[] bytes = concat(concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Coopération".getBytes(StandardCharsets.UTF_8)), concat(new byte[] {(byte) 0xFF},
                " à Niamey, déclarée réussie.".getBytes(StandardCharsets.UTF_8)));
        assertThatThrownBy(() -> TextDecoder.decode(bytes)).isInstanceOf(ImportRefusedException.class)
                .hasMessageContaining("invalid UTF-8 at byte " + (3 + "Coopération".getBytes(StandardCharsets.UTF_8).length));
    }
}
