package org.sourcewiki.source;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits stored text into passages: paragraphs, headings and list items, in reading order.
 *
 * <p>Pages saved as text separate paragraphs either by blank lines or by single line breaks, so each non-blank
 * line starts a passage. The exception is a line that starts with a lower-case letter: in French and English prose
 * that continues the sentence of the line above (a line wrapped inside a paragraph), so it joins the passage.
 * Bullets (•, -, * …) start list items; the bullet itself is left out of the item's span. A numeric date label
 * glued to the start of a paragraph (a page's date widget) is a passage of its own.
 */
public final class PassageSplitter {
    private static final Pattern BULLET = Pattern.compile("^([•◦▪‣·*]|[-–](?=\\s))\\s*");
    private static final Pattern TIME_OR_DATE = Pattern.compile("\\d{1,2}[:h]\\d{2}|\\d{4}");
    private static final int HEADING_MAX_CHARS = 120;
    /** A line of a hard-wrapped paragraph is at least this long (UTF-16 units); shorter lines stand alone. */
    private static final int WRAPPED_LINE_MIN_CHARS = 40;
    /** A blog post's category under its date (a line stating a year): "dans Société", "in Local News". */
    private static final Pattern CATEGORY_LINE = Pattern.compile("(dans|in|sous) \\p{Lu}[\\p{L}'’-]+( \\p{L}[\\p{L}'’-]+){0,2}");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d{2}\\b");
    /** A numeric date then its time: "21/10/2025 à 07:12", "04-02-26, 10:12". */
    private static final Pattern STAMP = Pattern.compile("\\d{1,2}[/.-]\\d{1,2}[/.-]\\d{2,4}\\D{0,6}\\d{1,2}[:h]\\d{2}");
    /**
     * A whole line that is "by" or "par" and a name of two to four capitalised words (or two such names joined by
     * "and", "et", "&"), or a desk's name with its kind in lower case ("by The Kyiv Dispatch news desk", "by Reuters
     * staff") or a desk alone ("par Rédaction"), with no closing stop.
     */
    private static final Pattern BYLINE_LINE = Pattern.compile(
            "(by|par) \\p{Lu}[\\p{L}'’.-]+( (de |da |van |von |le |la |ben |ould )?\\p{Lu}[\\p{L}'’.-]+){1,3}"
                    + "( (and|et|&) \\p{Lu}[\\p{L}'’.-]+( \\p{Lu}[\\p{L}'’.-]+){1,3})?"
                    + "|(by|par) \\p{Lu}[\\p{L}'’.-]+( \\p{Lu}[\\p{L}'’.-]+){0,3} (news desk|desk|staff|newsroom|team"
                    + "|reporters?|correspondents?|rédaction|service)"
                    // a desk alone: "par Rédaction", "by admin", "by Staff"
                    + "|(by|par) (la |the )?([Rr][ée]daction|[Ss]taff|[Nn]ewsroom|[Aa]dmin|[Ee]ditors?|[Ww]ebmaster)");
    /** The end of a sentence: "!", "?", "…", or a full stop after a word of four letters or more (no abbreviation). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<![\\p{L}.])\\p{L}{4,}\\.$|[!?…]$");
    /** Initials or an agency in lower case alone on a line, as a signature under a headline: "dbo", "afp". */
    private static final Pattern SIGN_TOKEN = Pattern.compile("\\p{Ll}{2,5}");
    /** The agency a story was written with, alone on a line: "avec AFP", "with Reuters", "avec l'agence Belga". */
    private static final Pattern WITH_AGENCY = Pattern.compile(
            "(avec|with) (l'|l’|the )?(agence |agency )?\\p{Lu}[\\p{L}.&-]*( \\p{Lu}[\\p{L}.&-]*){0,2}");
    /**
     * A line in lower case that no wrapped sentence ends with: a share button's name ("facebook", "mail"), an e-mail
     * address alone (the reporter's, under the byline) or a player's running time ("durée de la vidéo : 02min 14s").
     */
    private static final Pattern WIDGET_OR_ADDRESS = Pattern.compile("(facebook|twitter|x|whatsapp|telegram|linkedin"
            + "|instagram|messenger|mail|e-?mail|print|imprimer|copy link|copier le lien)|[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+"
            // a player's running time under its title: "durée de la vidéo : 02min 14s"
            + "|(durée|duree|duration)( de la vidéo| de la video| of the video)?\\s?:.{1,20}");
    /** A site's address opening a line ("cath-info.ch est financé …"): a sentence of its own, never a wrapped one's end. */
    private static final Pattern SITE_NAME_OPENING = Pattern.compile(
            "[a-z0-9][a-z0-9-]*\\.(ch|com|fr|net|org|info|be|ca|lu|ml|sn|ci|cd|cg|cm|bf|bj|tg|ne|gn|ma|dz|tn|ht|africa|news"
                    + "|uk|ie|za|ng|ke|gh|ug|tz)\\b(?!\\.\\p{L})(?=\\s+\\p{L})");
    /** A byline's label on a line of its own, the name on the next: "par", "by:". */
    private static final Pattern BYLINE_LABEL = Pattern.compile("(by|par)\\s*:?");
    /** A date that opens on its weekday in lower case, as French sites print it: "lundi 8 juin 2026". */
    private static final Pattern WEEKDAY_DATE = Pattern.compile(
            "(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday"
                    + "|sunday),? \\d{1,2}(er)? \\p{L}+");
    /** A weekday cut short, then a numeric date: "mar, 23/09/2025", "wed. 04.03.2026". */
    private static final Pattern SHORT_WEEKDAY_DATE = Pattern.compile(
            "(lun|mar|mer|jeu|ven|sam|dim|mon|tue|wed|thu|fri|sat|sun)[.,]+ \\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}");
    /** A time of day: "11:20", "11h20", "17 h 40". */
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2} ?[:h] ?\\d{2}\\b");
    /** How a byline or a date line opens when a site prints it in lower case. */
    private static final Pattern BYLINE_OR_DATE_OPENING = Pattern.compile(
            "(by|par|le \\d{1,2}|on \\d{1,2}|updated|last updated|mis à jour|(dernière )?mise à jour|modifié|actualisé"
                    + "|publié|publiée|posted|published)\\b");
    /**
     * A date label at the start of a line, then at once a capitalised sentence on the same line: an optional label
     * word (date, publié le, mis à jour le, published, updated, posted) and a numeric date (2025-06, 2025-06-23,
     * 23/06/2025), as page widgets print them.
     */
    private static final Pattern DATE_LABEL = Pattern.compile("(?:(?iu:date|publi[ée]e? le|mis à jour le|published"
            + "|updated|posted)\\s*:?\\s*)?(?:\\d{4}-\\d{2}(?:-\\d{2})?|\\d{1,2}/\\d{1,2}/\\d{4})\\s+(?=\\p{Lu}\\p{Ll})");

    private PassageSplitter() {
    }

    public static List<TextSpan> split(String text) {
        List<Block> blocks = blocks(text);
        List<TextSpan> spans = new ArrayList<>(blocks.size());
        CodePointCounter counter = new CodePointCounter(text);
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            PassageForm form = block.item ? PassageForm.ITEM
                    : looksLikeHeading(block, i + 1 < blocks.size() ? blocks.get(i + 1) : null, text)
                    ? PassageForm.HEADING : PassageForm.PARAGRAPH;
            int start = counter.codePointIndex(block.start);
            int end = counter.codePointIndex(block.end);
            spans.add(new TextSpan(form, start, end, text.substring(block.start, block.end)));
        }
        return spans;
    }

    /** A block is a char range [start, end) of the text, trimmed of white space at both ends. */
    private static final class Block {
        final int start;
        int end;
        final boolean item;
        boolean wrapped;

        Block(int start, int end, boolean item) {
            this.start = start;
            this.end = end;
            this.item = item;
        }
    }

    private static List<Block> blocks(String text) {
        List<Block> blocks = new ArrayList<>();
        Block previous = null;
        int previousLineStart = 0;
        int previousLineEnd = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int newline = text.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? text.length() : newline;
            int contentStart = skipSpace(text, lineStart, lineEnd);
            int contentEnd = trimEnd(text, contentStart, lineEnd);
            if (contentStart >= contentEnd) {
                previous = null; // a blank line ends the paragraph
            } else {
                var bullet = BULLET.matcher(text).region(contentStart, contentEnd);
                var label = DATE_LABEL.matcher(text).region(contentStart, contentEnd);
                if (bullet.lookingAt() && bullet.end() < contentEnd) {
                    previous = new Block(bullet.end(), contentEnd, true);
                    blocks.add(previous);
                } else if (label.lookingAt()) {
                    // A page's date widget glued to a sentence ("date 2025-06 La Confédération…"): the label is a
                    // passage of its own, so the boilerplate rules can tell it from the article's words.
                    blocks.add(new Block(contentStart, trimEnd(text, contentStart, label.end()), false));
                    previous = new Block(label.end(), contentEnd, false);
                    blocks.add(previous);
                } else if (previous != null && continuesSentence(text, contentStart, previousLineStart, previousLineEnd)
                        && !bylineOrDateLine(text, contentStart, contentEnd, previousLineStart, previousLineEnd)
                        && !signatureLine(text, contentStart, contentEnd, newline)) {
                    previous.end = contentEnd;
                    previous.wrapped = true;
                } else {
                    previous = new Block(contentStart, contentEnd, false);
                    blocks.add(previous);
                }
            }
            if (contentStart < contentEnd) {
                previousLineStart = contentStart;
                previousLineEnd = contentEnd;
            }
            if (newline < 0) {
                break;
            }
            lineStart = newline + 1;
        }
        return blocks;
    }

    /**
     * A line in lower case that is a byline or a date line of its own, not the end of a wrapped sentence: it opens
     * with "by", "par", "le 28/01/2026", "updated", "mis à jour", "publié" and states a date or time ("le 28/01/2026 à
     * 11:15 par Thomas Lecomte"), or is a name alone ("by Marcus Greene" under a long headline) or the byline's label
     * alone ("par", the name on the next line), or stands under a
     * short line that no sentence ends in ("Email" then "by Helen Morrow").
     */
    private static boolean bylineOrDateLine(String text, int start, int end, int previousStart, int previousEnd) {
        String line = text.substring(start, end);
        boolean shortLabelAbove = previousEnd - previousStart < WRAPPED_LINE_MIN_CHARS && text.charAt(previousEnd - 1) == ':';
        if (SHORT_WEEKDAY_DATE.matcher(line).lookingAt()) {
            return true; // "mar, 23/09/2025 - 09:40" under the headline: no sentence goes on like that
        }
        if (WEEKDAY_DATE.matcher(line).lookingAt() && CLOCK.matcher(line).find()) {
            return true; // "mercredi 4 février 2026 à 11:20 – Par …" under the headline: a date line with its time
        }
        if (shortLabelAbove && WEEKDAY_DATE.matcher(line).lookingAt()) {
            return true; // "Publié le :" then "lundi 8 juin 2026 à 17h40": the label's value, a line of its own
        }
        boolean shortLineAbove = previousEnd - previousStart < WRAPPED_LINE_MIN_CHARS
                && ",;-–—(".indexOf(text.charAt(previousEnd - 1)) < 0;
        if (shortLineAbove && line.length() < 2 * WRAPPED_LINE_MIN_CHARS
                && (WEEKDAY_DATE.matcher(line).lookingAt() || STAMP.matcher(line).find()
                || CATEGORY_LINE.matcher(line).matches() && YEAR.matcher(text.substring(previousStart, previousEnd)).find())) {
            // "jeudi 22 janvier 2026" under the site's motto, "zorey974 – 21/10/2025 à 07:12" under "5 commentaires",
            // "dans Société" under the date: a page's clock, a comment's stamp or a post's category, under a line too
            // short to be wrapped prose.
            return true;
        }
        if (!BYLINE_OR_DATE_OPENING.matcher(line).lookingAt()) {
            return false;
        }
        if (BYLINE_LINE.matcher(line).matches() || BYLINE_LABEL.matcher(line).matches()) {
            // "by Marcus Greene" under a long headline, or a byline's label alone ("par", then the name on the next
            // line): a sentence neither goes on nor ends like that.
            return true;
        }
        boolean shortAbove = previousEnd - previousStart < WRAPPED_LINE_MIN_CHARS
                && ",;-–—(".indexOf(text.charAt(previousEnd - 1)) < 0;
        return shortAbove || TIME_OR_DATE.matcher(line).find();
    }

    /**
     * A line in lower case that signs the text above rather than continuing it: the agency it was written with ("avec
     * AFP", "with Reuters"), a share button or an e-mail address alone, or initials alone ("dbo") over a line that opens on a number (its date: "04-02-26,
     * 10:12"). A wrapped sentence goes on past its line's end; these lines end nothing and start nothing.
     */
    private static boolean signatureLine(String text, int start, int end, int newline) {
        String line = text.substring(start, end);
        if (WITH_AGENCY.matcher(line).matches() || WIDGET_OR_ADDRESS.matcher(line).matches()
                || SITE_NAME_OPENING.matcher(line).lookingAt()) {
            return true;
        }
        if (!SIGN_TOKEN.matcher(line).matches() || newline < 0) {
            return false;
        }
        int next = skipSpace(text, newline + 1, text.length());
        return next < text.length() && Character.isDigit(text.codePointAt(next));
    }

    /**
     * A line in lower case continues the sentence of the line above, unless that line ended its sentence: a full stop
     * after a word of four letters or more (not "M.", "etc.", "U.S."), or "!", "?", "…". A widget's label in lower
     * case under a paragraph ("skip past newsletter promotion") is then a passage of its own.
     */
    private static boolean continuesSentence(String text, int contentStart, int previousStart, int previousEnd) {
        if (!Character.isLowerCase(text.codePointAt(contentStart))) {
            return false;
        }
        return !SENTENCE_END.matcher(text).region(previousStart, previousEnd).find();
    }

    /**
     * A heading is short, has no closing punctuation, starts with a capital, is not a date line, and is followed
     * by a longer paragraph that it introduces.
     */
    private static boolean looksLikeHeading(Block block, Block next, String text) {
        String content = text.substring(block.start, block.end);
        if (next == null || block.wrapped || content.length() > HEADING_MAX_CHARS) {
            return false;
        }
        int last = content.codePointBefore(content.length());
        if (".,;:!?…»\"”)".indexOf(last) >= 0 || !Character.isUpperCase(content.codePointAt(0))) {
            return false;
        }
        if (TIME_OR_DATE.matcher(content).find()) {
            return false;
        }
        return !next.item && next.end - next.start > content.length() * 2;
    }

    private static int skipSpace(String text, int from, int to) {
        int i = from;
        while (i < to) {
            int codePoint = text.codePointAt(i);
            if (!TextDecoder.isSpace(codePoint)) {
                break;
            }
            i += Character.charCount(codePoint);
        }
        return i;
    }

    private static int trimEnd(String text, int from, int to) {
        int i = to;
        while (i > from) {
            int codePoint = text.codePointBefore(i);
            if (!TextDecoder.isSpace(codePoint)) {
                break;
            }
            i -= Character.charCount(codePoint);
        }
        return i;
    }

    /** Converts char indices to code point indices in one forward pass, since spans come in order. */
    private static final class CodePointCounter {
        private final String text;
        private int charIndex;
        private int codePointIndex;

        CodePointCounter(String text) {
            this.text = text;
        }

        int codePointIndex(int target) {
            if (target < charIndex) {
                charIndex = 0;
                codePointIndex = 0;
            }
            codePointIndex += text.codePointCount(charIndex, target);
            charIndex = target;
            return codePointIndex;
        }
    }
}
