package org.sourcewiki.source;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Arrays;

/**
 * Turns a file's bytes into the stored text of a source: decoded as published, line endings unified, Unicode in
 * NFC, and nothing else changed. Refuses what is not text rather than guessing.
 *
 * <p>Order of decisions: a byte-order mark names the encoding; otherwise strict UTF-8; otherwise Windows-1252,
 * which reads every ISO-8859-1 letter the same way and also the curly quotes and dashes that legacy Windows files
 * put in 0x80–0x9F (where ISO-8859-1 has only invisible control characters).
 *
 * <p>A file that is UTF-8 except for a few broken byte sequences (a bad copy, a truncated download) is refused
 * with the byte offset of the first one, never read as Windows-1252: that would garble every accent of the valid
 * part. The test is the one browsers and chardet use in spirit: a legacy file hardly ever holds a valid UTF-8
 * multi-byte sequence by chance, so when valid multi-byte sequences outnumber the broken ones, the file is UTF-8.
 */
public final class TextDecoder {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final Charset UTF_32BE = Charset.forName("UTF-32BE");
    private static final Charset UTF_32LE = Charset.forName("UTF-32LE");

    private TextDecoder() {
    }

    public static DecodedText decode(byte[] bytes) throws ImportRefusedException {
        if (bytes.length == 0) {
            throw new ImportRefusedException("empty file");
        }
        DecodedText raw = decodeRaw(bytes);
        String text = normalise(raw.text());
        rejectControlCharacters(text);
        if (isBlank(text)) {
            throw new ImportRefusedException("empty file: it holds only white space");
        }
        return new DecodedText(text, raw.encoding());
    }

    private static DecodedText decodeRaw(byte[] bytes) throws ImportRefusedException {
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return new DecodedText(strict(bytes, 4, UTF_32BE), "UTF-32BE");
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return new DecodedText(strict(bytes, 4, UTF_32LE), "UTF-32LE");
        }
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            try {
                return new DecodedText(strictOrThrow(bytes, 3, StandardCharsets.UTF_8), "UTF-8 with BOM");
            } catch (CharacterCodingException broken) {
                throw brokenUtf8(Utf8Scan.of(bytes)); // the mark says UTF-8: name the first broken byte
            }
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new DecodedText(strict(bytes, 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        }
        String binaryKind = BinarySignatures.recognise(bytes);
        if (binaryKind != null) {
            throw new ImportRefusedException("binary file (" + binaryKind + "), not text");
        }
        int nul = indexOf(bytes, (byte) 0);
        if (nul >= 0) {
            throw new ImportRefusedException("binary file: NUL byte at offset " + nul + " (UTF-16 needs a byte-order mark)");
        }
        try {
            return new DecodedText(strictOrThrow(bytes, 0, StandardCharsets.UTF_8), "UTF-8");
        } catch (CharacterCodingException notUtf8) {
            Utf8Scan scan = Utf8Scan.of(bytes);
            if (scan.validMultiByte() > scan.invalid()) {
                throw brokenUtf8(scan);
            }
            String text = strict(bytes, 0, WINDOWS_1252);
            return new DecodedText(text, hasWindowsOnlyBytes(bytes) ? "windows-1252" : "ISO-8859-1");
        }
    }

    /**
     * The refusal of a file that is UTF-8 except for broken byte sequences, naming the byte offset (from 0) of the
     * first and how many there are: decoded as Windows-1252 every accent of the valid part would be garbled, and
     * decoded with U+FFFD the broken bytes would be lost without a word.
     */
    static ImportRefusedException brokenUtf8(Utf8Scan scan) {
        return new ImportRefusedException(String.format(
                "invalid UTF-8 at byte %d (%d broken sequence%s in an otherwise UTF-8 file): "
                        + "repair the file or save it again as UTF-8", scan.firstInvalidOffset(),
                scan.invalid(), scan.invalid() == 1 ? "" : "s"));
    }

    /** Counts of well-formed multi-byte UTF-8 sequences and of broken ones (RFC 3629 section 4 syntax). */
    record Utf8Scan(int validMultiByte, int invalid, long firstInvalidOffset) {
        static Utf8Scan of(byte[] bytes) {
            int valid = 0;
            int invalid = 0;
            long first = -1;
            int i = 0;
            while (i < bytes.length) {
                int lead = bytes[i] & 0xFF;
                int length = lead < 0x80 ? 1 : lead >= 0xC2 && lead <= 0xDF ? 2 : lead >= 0xE0 && lead <= 0xEF ? 3
                        : lead >= 0xF0 && lead <= 0xF4 ? 4 : 0;
                if (length == 1) {
                    i++;
                    continue;
                }
                if (length > 1 && wellFormed(bytes, i, lead, length)) {
                    valid++;
                    i += length;
                } else {
                    invalid++;
                    if (first < 0) {
                        first = i;
                    }
                    i++;
                }
            }
            return new Utf8Scan(valid, invalid, first);
        }

        private static boolean wellFormed(byte[] bytes, int at, int lead, int length) {
            if (at + length > bytes.length) {
                return false;
            }
            for (int k = 1; k < length; k++) {
                if ((bytes[at + k] & 0xC0) != 0x80) {
                    return false;
                }
            }
            int second = bytes[at + 1] & 0xFF;
            // The narrower second-byte ranges exclude overlong forms, surrogates and code points past U+10FFFF.
            return !(lead == 0xE0 && second < 0xA0) && !(lead == 0xED && second > 0x9F)
                    && !(lead == 0xF0 && second < 0x90) && !(lead == 0xF4 && second > 0x8F);
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset) throws ImportRefusedException {
        try {
            return strictOrThrow(bytes, offset, charset);
        } catch (CharacterCodingException e) {
            throw new ImportRefusedException("undecodable bytes: not valid " + charset.name()
                    + " text, nor UTF-8 or Windows-1252");
        }
    }

    private static String strictOrThrow(byte[] bytes, int offset, Charset charset) throws CharacterCodingException {
        CharBuffer chars = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset));
        return chars.toString();
    }

    /** Line endings become \n (CRLF, lone CR and mixtures); Unicode becomes NFC. Nothing else changes. */
    static String normalise(String text) {
        String unified = text.replace("\r\n", "\n").replace('\r', '\n');
        return Normalizer.normalize(unified, Normalizer.Form.NFC);
    }

    private static void rejectControlCharacters(String text) throws ImportRefusedException {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean allowedWhitespace = c == '\n' || c == '\t' || c == '\f';
            if ((c < 0x20 && !allowedWhitespace) || c == 0x7F || (c >= 0x80 && c <= 0x9F)) {
                throw new ImportRefusedException(String.format(
                        "not a text file: control character U+%04X at character %d", (int) c, i + 1));
            }
        }
    }

    /** Blank also for Unicode spaces, a lone byte-order mark and zero-width characters. */
    public static boolean isBlank(String text) {
        return text.codePoints().allMatch(TextDecoder::isSpace);
    }

    public static boolean isSpace(int codePoint) {
        return Character.isWhitespace(codePoint) || Character.isSpaceChar(codePoint)
                || codePoint == 0xFEFF || codePoint == 0x200B || codePoint == 0x200C || codePoint == 0x200D
                || codePoint == 0x2060 || codePoint == 0x180E;
    }

    private static boolean hasWindowsOnlyBytes(byte[] bytes) {
        for (byte b : bytes) {
            int value = b & 0xFF;
            if (value >= 0x80 && value <= 0x9F) {
                return true;
            }
        }
        return false;
    }

    /** Whether the bytes begin with these byte values (a byte-order mark, a magic number). */
    static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** The offset of the first NUL byte, or -1. */
    static int indexOfNul(byte[] bytes) {
        return indexOf(bytes, (byte) 0);
    }

    private static int indexOf(byte[] bytes, byte wanted) {
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == wanted) {
                return i;
            }
        }
        return -1;
    }

    static byte[] prefix(byte[] bytes, int length) {
        return Arrays.copyOf(bytes, Math.min(length, bytes.length));
    }
}
