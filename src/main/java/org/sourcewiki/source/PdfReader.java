package org.sourcewiki.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Calendar;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.xml.DomXmpParser;

/**
 * A PDF, read with PDFBox: its text lines in content order with their positions, rebuilt into paragraphs.
 *
 * <p>Lines join into one paragraph unless the gap above a line is clearly larger than the document's usual line
 * spacing (over 1.4 times the lower quartile of the gaps between body lines, scaled to the line's font size), the
 * font size changes (a heading), the line starts with a bullet, the line above covers less than 60% of the text
 * width (a byline, a date line, a paragraph's last line; in the body's font size or smaller), or the line above ended a sentence short of the right
 * margin. A word hyphenated at a line end is joined back ("dévelop-" + "pement"), except when the same word appears
 * hyphenated elsewhere in the document ("porte-parole"), or the next line starts with a capital; a soft hyphen at a
 * line end is dropped. A paragraph cut by a page break continues when the next page's first line starts in lower
 * case, or when the page's last line runs to the right margin without ending a sentence.
 *
 * <p>Running headers and footers (the first or last two lines of a page whose text, digits aside, recurs on another
 * page, and any line whose text recurs at the same height on another page) and page numbers ("3", "Page 3",
 * "3 / 12", "- 3 -") are kept as passages of their own with the chrome
 * {@code pdf:running}, so the classifier folds them. Paragraphs in a larger font than the body, of at most three
 * lines, are headings.
 *
 * <p>Metadata from the document properties (origin {@code pdf}): Title (without a " | Site" part), Author, the XMP
 * {@code dc:publisher}, the catalog's language, and the CreationDate, except for a PDF a browser or a print driver
 * made by printing a page, whose creation date is the day it was printed, not the article's.
 */
public final class PdfReader implements DocumentReader {
    static final String RUNNING = "pdf:running";
    static final String ORIGIN = "pdf";
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "(?i)^[-–—(\\[]?\\s*(page|p\\.)?\\s*\\d{1,4}\\s*((/|sur|of|de)\\s*\\d{1,4})?\\s*[-–—)\\]]?$");
    private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]{2,}");
    private static final Pattern BULLET = Pattern.compile("^([•◦▪‣·*]|[-–](?=\\s))\\s*");
    private static final Pattern PRINTED_BY = Pattern.compile(
            "(?i)skia|chrom|mozilla|firefox|webkit|safari|quartz pdfcontext|print to pdf|wkhtmltopdf|microsoft: print");
    private static final Pattern NOT_A_TITLE = Pattern.compile(
            "(?i)^(untitled|sans titre|document\\d*|microsoft word - .*|.*\\.(docx?|odt|pdf|indd|txt|html?))$");

    /** One line of text on a page: its words, left and right edges, baseline from the top, and font size. */
    record Line(int page, String text, float left, float right, float baseline, float size) {
    }

    /** Of this many words or more, a text of single letters is no language's. */
    private static final int SPACED_MIN_WORDS = 40;
    /** The share of one-letter words above which a text is letters spaced out, not words. */
    private static final double SPACED_SHARE = 0.6;

    /**
     * Whether the extracted text is letters spaced one by one ("7 L W U H + 7 0 / & K U R P L X P"): what a PDF whose
     * fonts lost their character maps (a file cut short, a broken embedding) gives. Prose in any language written with
     * spaces has few one-letter words.
     */
    static boolean spacedOut(String text) {
        String[] words = text.strip().split("\\s+");
        if (words.length < SPACED_MIN_WORDS) {
            return false;
        }
        long single = Arrays.stream(words).filter(w -> w.codePointCount(0, w.length()) == 1).count();
        return single >= SPACED_SHARE * words.length;
    }

    @Override
    public ExtractedDocument read(byte[] bytes, String declaredCharset) throws ImportRefusedException {
        try (PDDocument pdf = Loader.loadPDF(bytes)) {
            LineStripper stripper = new LineStripper();
            stripper.getText(pdf);
            List<Line> lines = stripper.lines;
            if (lines.isEmpty()) {
                throw new ImportRefusedException("the PDF holds no text (a scanned image needs OCR first)");
            }
            StoredTextBuilder text = new StoredTextBuilder();
            new Paragraphs(lines).build(text);
            if (text.isEmpty()) {
                throw new ImportRefusedException("the PDF holds no text (a scanned image needs OCR first)");
            }
            if (spacedOut(text.text())) {
                throw new ImportRefusedException("the PDF's text cannot be read: its letters come out one by one "
                        + "(its fonts are damaged or missing, as in a file cut short); export it again");
            }
            return new ExtractedDocument(text.text(), text.spans(), metadata(pdf), DocumentFormat.PDF.mediaType(), "PDF");
        } catch (InvalidPasswordException e) {
            throw new ImportRefusedException("the PDF is protected by a password");
        } catch (IOException e) {
            throw new ImportRefusedException("the PDF cannot be read: " + e.getMessage());
        }
    }

    private static StatedMetadata metadata(PDDocument pdf) {
        StatedMetadata metadata = new StatedMetadata();
        PDDocumentInformation info = pdf.getDocumentInformation();
        String publisher = null;
        PDMetadata xmp = pdf.getDocumentCatalog().getMetadata();
        if (xmp != null) {
            try {
                XMPMetadata parsed = new DomXmpParser().parse(xmp.toByteArray());
                DublinCoreSchema dc = parsed.getDublinCoreSchema();
                if (dc != null && dc.getPublishers() != null && !dc.getPublishers().isEmpty()) {
                    publisher = String.join(", ", dc.getPublishers());
                }
            } catch (Exception e) {
                // broken XMP states nothing; the document information still counts
            }
        }
        metadata.offer(StatedMetadata.PUBLISHER, publisher, ORIGIN);
        metadata.offer(StatedMetadata.PUBLISHER, info.getCustomMetadataValue("Publisher"), ORIGIN);
        String title = info.getTitle();
        if (title != null && !NOT_A_TITLE.matcher(title.strip()).matches()) {
            List<String> sites = metadata.get(StatedMetadata.PUBLISHER) == null ? List.of()
                    : List.of(metadata.get(StatedMetadata.PUBLISHER));
            metadata.offer(StatedMetadata.TITLE, HtmlMetadata.titleWithoutSite(title, sites), ORIGIN);
        }
        metadata.offer(StatedMetadata.AUTHOR, info.getAuthor(), ORIGIN);
        String maker = (info.getProducer() == null ? "" : info.getProducer()) + " "
                + (info.getCreator() == null ? "" : info.getCreator());
        Calendar created = info.getCreationDate();
        if (created != null && !PRINTED_BY.matcher(maker).find()) {
            metadata.offerFallback(StatedMetadata.DATE, String.format(Locale.ROOT, "%04d-%02d-%02d", created.get(Calendar.YEAR),
                    created.get(Calendar.MONTH) + 1, created.get(Calendar.DAY_OF_MONTH)), ORIGIN);
        }
        metadata.offer(StatedMetadata.LANGUAGE, HtmlMetadata.primaryLanguage(pdf.getDocumentCatalog().getLanguage()),
                ORIGIN);
        return metadata;
    }

    /** Collects PDFBox's lines with their geometry instead of writing text. */
    private static final class LineStripper extends PDFTextStripper {
        final List<Line> lines = new ArrayList<>();
        private final StringBuilder current = new StringBuilder();
        private final List<TextPosition> positions = new ArrayList<>();
        private int page;

        LineStripper() throws IOException {
            setSortByPosition(false);
            setSuppressDuplicateOverlappingText(true);
        }

        @Override
        protected void startPage(PDPage pdPage) throws IOException {
            page++;
            super.startPage(pdPage);
        }

        @Override
        protected void writeString(String text, List<TextPosition> textPositions) {
            current.append(text);
            positions.addAll(textPositions);
        }

        @Override
        protected void writeWordSeparator() {
            current.append(' ');
        }

        @Override
        protected void writeLineSeparator() {
            flush();
        }

        @Override
        protected void endPage(PDPage pdPage) throws IOException {
            flush();
            super.endPage(pdPage);
        }

        private void flush() {
            // Spaces in a PDF are layout (two buttons side by side, justified gaps), not the writer's: one is enough.
            String text = SPACES.matcher(current).replaceAll(" ").strip();
            if (!text.isEmpty() && !positions.isEmpty()) {
                TextPosition first = positions.get(0);
                TextPosition last = positions.get(positions.size() - 1);
                float size = 0;
                float baseline = 0;
                for (TextPosition p : positions) {
                    size = Math.max(size, Math.abs(p.getFontSizeInPt()) > 0 ? p.getFontSizeInPt() : p.getHeightDir());
                    baseline = Math.max(baseline, p.getYDirAdj());
                }
                lines.add(new Line(page, text, first.getXDirAdj(), last.getXDirAdj() + last.getWidthDirAdj(),
                        baseline, Math.round(size * 2) / 2f));
            }
            current.setLength(0);
            positions.clear();
        }
    }

    /** Rebuilds paragraphs from lines; see the class comment. */
    static final class Paragraphs {
        private final List<Line> lines;
        private final Set<Integer> running = new HashSet<>();
        private final float bodySize;
        private final float lineGap;
        private final float rightEdge;
        private final float leftEdge;
        private final Set<String> hyphenatedWords = new HashSet<>();

        Paragraphs(List<Line> lines) {
            this.lines = lines;
            findRunningLines();
            bodySize = mostCommonSize();
            lineGap = lineSpacing();
            float right = 0;
            float left = Float.MAX_VALUE;
            for (Line line : lines) {
                if (line.size() == bodySize) {
                    right = Math.max(right, line.right());
                    left = Math.min(left, line.left());
                }
            }
            rightEdge = right;
            leftEdge = left == Float.MAX_VALUE ? 0 : left;
            Pattern compound = Pattern.compile("\\p{L}+-\\p{L}+");
            for (Line line : lines) {
                var m = compound.matcher(line.text());
                while (m.find()) {
                    hyphenatedWords.add(m.group().toLowerCase(Locale.ROOT));
                }
            }
        }

        private void findRunningLines() {
            Map<Integer, List<Integer>> byPage = new HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                byPage.computeIfAbsent(lines.get(i).page(), p -> new ArrayList<>()).add(i);
            }
            Map<String, Set<Integer>> pagesByShape = new HashMap<>();
            List<Integer> edges = new ArrayList<>();
            for (List<Integer> onPage : byPage.values()) {
                List<Integer> sorted = new ArrayList<>(onPage);
                sorted.sort((a, b) -> Float.compare(lines.get(a).baseline(), lines.get(b).baseline()));
                for (int k = 0; k < sorted.size(); k++) {
                    if (k < 2 || k >= sorted.size() - 2) {
                        int index = sorted.get(k);
                        edges.add(index);
                        pagesByShape.computeIfAbsent(shape(lines.get(index).text()), s -> new HashSet<>())
                                .add(lines.get(index).page());
                    }
                }
            }
            for (int index : edges) {
                String text = lines.get(index).text();
                if (PAGE_NUMBER.matcher(text.strip()).matches() || pagesByShape.get(shape(text)).size() >= 2) {
                    running.add(index);
                }
            }
            // The same text at the same height on several pages is fixed page furniture wherever it sits (a banner
            // a browser printed on every page), never the article's running text.
            Map<String, Set<Integer>> pagesByPlace = new HashMap<>();
            for (Line line : lines) {
                pagesByPlace.computeIfAbsent(place(line), k -> new HashSet<>()).add(line.page());
            }
            for (int i = 0; i < lines.size(); i++) {
                if (pagesByPlace.get(place(lines.get(i))).size() >= 2) {
                    running.add(i);
                }
            }
        }

        private static String place(Line line) {
            return Math.round(line.baseline() / 2) + " " + shape(line.text());
        }

        private static String shape(String text) {
            return StatedDates.fold(text).replaceAll("\\d+", "#").strip();
        }

        private float mostCommonSize() {
            Map<Float, Integer> chars = new HashMap<>();
            for (int i = 0; i < lines.size(); i++) {
                if (!running.contains(i)) {
                    chars.merge(lines.get(i).size(), lines.get(i).text().length(), Integer::sum);
                }
            }
            return chars.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(0f);
        }

        private float lineSpacing() {
            List<Float> gaps = new ArrayList<>();
            for (int i = 1; i < lines.size(); i++) {
                Line a = lines.get(i - 1);
                Line b = lines.get(i);
                float gap = b.baseline() - a.baseline();
                if (a.page() == b.page() && a.size() == bodySize && b.size() == bodySize && gap > 0) {
                    gaps.add(gap);
                }
            }
            if (gaps.isEmpty()) {
                return bodySize * 1.2f;
            }
            gaps.sort(Float::compare);
            // The lower quartile: pages of short paragraphs have more paragraph gaps than line gaps.
            return gaps.get(gaps.size() / 4);
        }

        void build(StoredTextBuilder out) {
            StringBuilder paragraph = null;
            Line previous = null;
            int paragraphLines = 0;
            float paragraphSize = 0;
            boolean item = false;
            List<Line> pendingRunning = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Line line = lines.get(i);
                if (running.contains(i)) {
                    pendingRunning.add(line);
                    continue;
                }
                boolean bullet = BULLET.matcher(line.text()).lookingAt();
                boolean starts = paragraph == null || startsParagraph(previous, line, bullet);
                if (starts) {
                    if (paragraph != null) {
                        emit(out, paragraph.toString(), paragraphSize, paragraphLines, item);
                    }
                    for (Line r : pendingRunning) {
                        out.add(PassageForm.PARAGRAPH, r.text(), new BlockContext("pdf", RUNNING, 0, 0));
                    }
                    pendingRunning.clear();
                    item = bullet;
                    String text = bullet ? BULLET.matcher(line.text()).replaceFirst("") : line.text();
                    paragraph = new StringBuilder(text);
                    paragraphLines = 1;
                    paragraphSize = line.size();
                } else {
                    join(paragraph, line.text());
                    paragraphLines++;
                }
                previous = line;
            }
            if (paragraph != null) {
                emit(out, paragraph.toString(), paragraphSize, paragraphLines, item);
            }
            for (Line r : pendingRunning) {
                out.add(PassageForm.PARAGRAPH, r.text(), new BlockContext("pdf", RUNNING, 0, 0));
            }
        }

        private boolean startsParagraph(Line previous, Line line, boolean bullet) {
            if (bullet || Math.abs(line.size() - previous.size()) > 0.6f) {
                return true;
            }
            if (line.page() != previous.page()) {
                // A paragraph cut by the page break goes on in lower case, or after a last line that runs to the
                // margin without ending its sentence ("… troisième membre de la" / "Confédération des États …").
                boolean runsToMargin = previous.right() >= rightEdge - bodySize * 4;
                return endsSentence(previous.text())
                        || !(Character.isLowerCase(line.text().codePointAt(0)) || runsToMargin);
            }
            float gap = line.baseline() - previous.baseline();
            float expected = lineGap * Math.max(1f, line.size() / bodySize);
            if (gap > expected * 1.4f || gap < -lineGap) {
                return true;
            }
            float width = rightEdge - leftEdge;
            boolean hyphenated = previous.text().matches("(?s).*\\p{L}[-\u00AD]$");
            // Not for a larger font: a headline's lines are short and still one passage.
            if (!hyphenated && previous.right() - previous.left() < width * 0.6f && previous.size() <= bodySize + 0.6f) {
                return true; // a line that stops short of the margin is a line of its own, or a paragraph's last
            }
            boolean shortLine = previous.right() < rightEdge - bodySize * 4;
            if (shortLine && endsSentence(previous.text())) {
                return true;
            }
            return line.left() > previous.left() + bodySize * 1.5f && endsSentence(previous.text());
        }

        private static boolean endsSentence(String text) {
            return text.matches("(?s).*[.!?:…»\"”)]\\s*$");
        }

        /** Joins a line to its paragraph, undoing a hyphenation at the line end. */
        private void join(StringBuilder paragraph, String next) {
            int end = paragraph.length();
            if (end > 0 && paragraph.charAt(end - 1) == '\u00AD') {
                paragraph.setLength(end - 1);
                paragraph.append(next);
                return;
            }
            if (end > 1 && paragraph.charAt(end - 1) == '-' && Character.isLetter(paragraph.charAt(end - 2))
                    && !next.isEmpty() && Character.isLowerCase(next.codePointAt(0))) {
                String before = paragraph.substring(0, end - 1).replaceAll("(?s).*?(\\p{L}+)$", "$1");
                String after = next.replaceAll("(?s)^(\\p{L}+).*", "$1");
                if (!hyphenatedWords.contains((before + "-" + after).toLowerCase(Locale.ROOT))) {
                    paragraph.setLength(end - 1);
                }
                paragraph.append(next);
                return;
            }
            paragraph.append(' ').append(next);
        }

        private void emit(StoredTextBuilder out, String text, float size, int lineCount, boolean item) {
            PassageForm form = item ? PassageForm.ITEM
                    : size >= bodySize * 1.15f && lineCount <= 3 ? PassageForm.HEADING : PassageForm.PARAGRAPH;
            out.add(form, text, new BlockContext("pdf", null, 0, 0));
        }
    }
}
