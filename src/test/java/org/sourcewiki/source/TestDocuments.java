package org.sourcewiki.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.TimeZone;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.DublinCoreSchema;
import org.apache.xmpbox.xml.XmpSerializer;

/** News articles as PDF, DOCX and ODT files, made here with the same libraries, so that no test fetches anything. */
final class TestDocuments {
    private TestDocuments() {
    }

    /** One line to draw: font size, bold or not, the gap above it in points, and its text. */
    record Line(float size, boolean bold, float gapAbove, String text) {
    }

    static Line title(String text) {
        return new Line(18, true, 0, text);
    }

    static Line heading(String text) {
        return new Line(14, true, 22, text);
    }

    static Line first(String text) {
        return new Line(11, false, 24, text);
    }

    static Line next(String text) {
        return new Line(11, false, 14, text);
    }

    static final String RUNNING_HEADER = "Le Journal du Sahel — Afrique de l’Ouest";
    static final String BANNER = "Abonnez-vous : 1 € le premier mois";

    /**
     * A two-page article printed by a browser (its creation date is the printing day, 2026-11-30): a running
     * header on both pages, page numbers, a title in a larger font over two lines, a byline and a publication date
     * in the text, a word hyphenated at a line end, a compound word (written whole elsewhere) hyphenated at a line
     * end, a paragraph that runs over the page break, and a banner printed mid-page on every page. The XMP metadata names the publisher.
     */
    static byte[] newsPdf() throws Exception {
        List<List<Line>> pages = List.of(
                List.of(title("Mali : Moscou livre de nouveaux"), new Line(18, true, 22, "hélicoptères à Bamako"),
                        first("Par Ousmane Traoré"), next("Publié le 22 juin 2025"),
                        first("Deux hélicoptères de transport sont arrivés samedi à l’aéroport de Bamako, a annoncé"),
                        next("l’état-major, qui y voit une étape du dévelop-"),
                        next("pement de la coopération militaire entre le Mali et la Russie."),
                        first("Selon le porte-"),
                        next("parole de l’armée, les appareils serviront au ravitaillement des bases du nord. Les deux"),
                        next("pays ont également évoqué la formation des équipages, sans donner de calendrier.")),
                List.of(next("La livraison intervient après la visite du ministre de la Défense à Moscou en avril,"),
                        next("au cours de laquelle un accord de principe avait été conclu."),
                        heading("Une coopération ancienne"),
                        first("Les liens militaires entre Bamako et Moscou remontent aux années soixante, quand"),
                        next("l’Union soviétique formait une partie des officiers maliens, a rappelé le porte-parole.")));
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (int p = 0; p < pages.size(); p++) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                    draw(out, regular, 9, 56, 800, RUNNING_HEADER);
                    float y = 750;
                    for (Line line : pages.get(p)) {
                        y -= line.gapAbove();
                        draw(out, line.bold() ? bold : regular, line.size(), 56, y, line.text());
                    }
                    draw(out, bold, 10, 56, 420, BANNER);
                    draw(out, regular, 9, 290, 40, String.valueOf(p + 1));
                }
            }
            PDDocumentInformation info = pdf.getDocumentInformation();
            info.setTitle("Mali : Moscou livre de nouveaux hélicoptères à Bamako | Le Journal du Sahel");
            info.setAuthor("Ousmane Traoré");
            info.setProducer("Skia/PDF m131");
            info.setCreator("Mozilla/5.0 (X11; Linux x86_64) Chrome/131.0");
            info.setCreationDate(new GregorianCalendar(2026, Calendar.NOVEMBER, 30));
            XMPMetadata xmp = XMPMetadata.createXMPMetadata();
            DublinCoreSchema dc = xmp.createAndAddDublinCoreSchema();
            dc.addPublisher("Le Journal du Sahel");
            ByteArrayOutputStream xml = new ByteArrayOutputStream();
            new XmpSerializer().serialize(xmp, xml, true);
            PDMetadata metadata = new PDMetadata(pdf);
            metadata.importXMPMetadata(xml.toByteArray());
            pdf.getDocumentCatalog().setMetadata(metadata);
            pdf.getDocumentCatalog().setLanguage("fr-FR");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        } catch (javax.xml.transform.TransformerException e) {
            throw new IOException(e);
        }
    }

    /**
     * A two-page article whose byline and date stand on two short lines in a smaller font than the body, and whose
     * last paragraph on page one runs to the margin and goes on at the top of page two with a capitalised name.
     */
    static byte[] pageBreakPdf() throws IOException {
        List<List<Line>> pages = List.of(
                List.of(title("Ouagadougou et Moscou signent un accord"), new Line(10, false, 24, "Par Moussa Ouédraogo"),
                        new Line(10, false, 13, "Publié le 22 octobre 2024"),
                        first("Le gouvernement a signé mardi à Moscou un accord avec l’agence russe pour la construction"),
                        next("d’une centrale destinée à combler le déficit énergétique chronique du pays, où moins d’un"),
                        next("quart de la population a accès au réseau électrique. Le Niger, troisième membre de la")),
                List.of(next("Confédération des États du Sahel, a engagé des discussions similaires avec Moscou."),
                        first("À Paris, le Quai d’Orsay s’est refusé à tout commentaire sur cet accord.")));
        try (PDDocument pdf = new PDDocument()) {
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (List<Line> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                pdf.addPage(page);
                try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                    float y = 750;
                    for (Line line : lines) {
                        y -= line.gapAbove();
                        draw(out, line.bold() ? bold : regular, line.size(), 56, y, line.text());
                    }
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }

    /** A one-page PDF made by an authoring tool, whose creation date is the document's own. */
    static byte[] reportPdf() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                draw(out, new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11, 56, 700,
                        "The ministry publishes its annual report on mining licences.");
            }
            pdf.getDocumentInformation().setProducer("LibreOffice 7.5");
            GregorianCalendar created = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            created.clear();
            created.set(2024, Calendar.MARCH, 5, 10, 0);
            pdf.getDocumentInformation().setCreationDate(created);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void draw(PDPageContentStream out, PDType1Font font, float size, float x, float y, String text)
            throws IOException {
        out.beginText();
        out.setFont(font, size);
        out.newLineAtOffset(x, y);
        out.showText(text);
        out.endText();
    }

    /** A Word article: a title style, a heading, paragraphs, a bulleted list and a table; core and custom properties. */
    static byte[] newsDocx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraph(doc, "Title", "Burkina Faso : la Russie ouvre un centre culturel à Ouagadougou");
            paragraph(doc, null, "Le centre, inauguré vendredi, proposera des cours de russe et des projections de films.");
            paragraph(doc, "Heading1", "Des bourses d’études");
            paragraph(doc, null, "Moscou annonce aussi cent bourses pour des étudiants burkinabè.");
            XWPFParagraph item = doc.createParagraph();
            item.setNumID(BigInteger.ONE);
            item.createRun().setText("cinquante en médecine ;");
            XWPFTable table = doc.createTable(1, 2);
            table.getRow(0).getCell(0).setText("Bourses");
            table.getRow(0).getCell(1).setText("100");
            doc.getProperties().getCoreProperties().setTitle("Burkina Faso : la Russie ouvre un centre culturel");
            doc.getProperties().getCoreProperties().setCreator("Issa Ouédraogo");
            doc.getProperties().getCoreProperties().setCreated("2025-05-16T08:00:00Z");
            doc.getProperties().getCustomProperties().addProperty("Publisher", "Faso Hebdo");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.write(bytes);
            return bytes.toByteArray();
        }
    }

    /**
     * A Word file a researcher made from an article on the day they saved it (its created date), the article stating
     * its own date in its text; and a PDF printed from a page by an authoring tool, its title the page's, with the
     * site's name after a dash, the headline alone in the text.
     */
    static byte[] savedArticleDocx() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            paragraph(doc, "Title", "Bamako : la récolte de coton recule pour la deuxième année");
            paragraph(doc, null, "Par Seydou Diarra");
            paragraph(doc, null, "Publié le 20 novembre 2025");
            paragraph(doc, null, "La production de coton a reculé de douze pour cent cette saison, selon la compagnie "
                    + "nationale, qui attribue la baisse aux pluies tardives et au prix des engrais dans le sud du pays.");
            doc.getProperties().getCoreProperties().setCreated("2026-12-01T09:00:00Z");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.write(bytes);
            return bytes.toByteArray();
        }
    }

    static byte[] printedPagePdf() throws IOException {
        try (PDDocument pdf = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            pdf.addPage(page);
            try (PDPageContentStream out = new PDPageContentStream(pdf, page)) {
                PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
                draw(out, font, 18, 56, 760, "Mopti: schools reopen after three years");
                draw(out, font, 11, 56, 720, "The first pupils returned on Monday to the schools of the district, "
                        + "closed since the attacks of 2022.");
            }
            pdf.getDocumentInformation().setProducer("LibreOffice 7.5");
            pdf.getDocumentInformation().setTitle("Mopti: schools reopen after three years – The River Courier");
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            pdf.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static void paragraph(XWPFDocument doc, String style, String text) {
        XWPFParagraph paragraph = doc.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
    }

    /** An OpenDocument text, written as its specification lays it out: a stored mimetype first, content and meta. */
    static byte[] newsOdt() throws IOException {
        String content = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
                  <office:body><office:text>
                    <text:h text:outline-level="1">Niger : la radio publique signe avec Sputnik</text:h>
                    <text:p>L’accord prévoit l’échange de programmes et la formation de journalistes.</text:p>
                    <text:list><text:list-item><text:p>des émissions en haoussa ;</text:p></text:list-item></text:list>
                    <text:p>Il entre en vigueur le mois prochain.</text:p>
                  </office:text></office:body>
                </office:document-content>
                """;
        String meta = """
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                    xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0"
                    office:version="1.3">
                  <office:meta>
                    <dc:title>Niger : la radio publique signe avec Sputnik</dc:title>
                    <meta:initial-creator>Halima Moussa</meta:initial-creator>
                    <dc:creator>Halima Moussa</dc:creator>
                    <meta:creation-date>2025-02-11T10:30:00</meta:creation-date>
                    <dc:language>fr-NE</dc:language>
                  </office:meta>
                </office:document-meta>
                """;
        String manifest = """
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                  <manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/>
                  <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                  <manifest:file-entry manifest:full-path="meta.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            byte[] type = "application/vnd.oasis.opendocument.text".getBytes(StandardCharsets.US_ASCII);
            ZipEntry mimetype = new ZipEntry("mimetype");
            mimetype.setMethod(ZipEntry.STORED);
            mimetype.setSize(type.length);
            CRC32 crc = new CRC32();
            crc.update(type);
            mimetype.setCrc(crc.getValue());
            zip.putNextEntry(mimetype);
            zip.write(type);
            zip.closeEntry();
            for (String[] entry : new String[][] {{"content.xml", content}, {"meta.xml", meta},
                    {"META-INF/manifest.xml", manifest}}) {
                zip.putNextEntry(new ZipEntry(entry[0]));
                zip.write(entry[1].strip().getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
