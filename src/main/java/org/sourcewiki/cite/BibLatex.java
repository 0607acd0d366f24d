package org.sourcewiki.cite;

import java.io.IOException;
import java.io.StringWriter;
import java.text.Normalizer;
import java.util.Map;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXFormatter;
import org.jbibtex.Key;
import org.jbibtex.StringValue;

/**
 * A CiteItem as a biblatex entry (the biblatex manual, §2): a page is {@code @online} with url, urldate, version and a
 * note naming the revision; a source is {@code @article} with entrysubtype "newspaper", biblatex's convention for a
 * newspaper article. The entry is laid out by jbibtex's formatter; field values are escaped here for LaTeX:
 * {@code \ { } % & _ $ # ~ ^} become commands, Latin letters with accents become accent commands such as
 * {@code {\"i}} (so that classic BibTeX reads them too), every other character stays UTF-8 (biblatex reads it). url is a verbatim field in
 * biblatex, so it is written as it is (its reserved characters are already percent-encoded). Titles and names are
 * wrapped in an extra pair of braces: their capitals are kept as stated and a name is never split into given and
 * family names.
 */
public final class BibLatex {
    private static final Map<Character, String> ACCENTS = Map.ofEntries(
            Map.entry('\u0300', "`"), Map.entry('\u0301', "'"), Map.entry('\u0302', "^"), Map.entry('\u0308', "\""),
            Map.entry('\u0303', "~"), Map.entry('\u0304', "="), Map.entry('\u0307', "."), Map.entry('\u0306', "u"),
            Map.entry('\u030C', "v"), Map.entry('\u030B', "H"), Map.entry('\u0327', "c"), Map.entry('\u0328', "k"),
            Map.entry('\u030A', "r"));
    private static final Map<String, String> LANGIDS = Map.of(
            "fr", "french", "en", "english", "de", "german", "es", "spanish", "it", "italian", "pt", "portuguese",
            "ru", "russian", "ar", "arabic", "nl", "dutch");

    private BibLatex() {
    }

    /** One entry, ending with a newline; UTF-8 text. */
    public static String entry(CiteItem item) {
        BibTeXEntry entry;
        if (item.isPage()) {
            entry = new BibTeXEntry(new Key("online"), new Key(item.id()));
        } else {
            entry = new BibTeXEntry(new Key("article"), new Key(item.id()));
            put(entry, "entrysubtype", "newspaper");
        }
        put(entry, "title", "{" + escape(item.title()) + "}");
        if (item.author() != null) {
            // biblatex separates names with "and"; each stays in braces, so it is never split or reordered.
            put(entry, "author", String.join(" and ", item.authors().stream().map(name -> "{" + escape(name) + "}").toList()));
        }
        if (item.containerTitle() != null) {
            put(entry, item.isPage() ? "organization" : "journaltitle", escape(item.containerTitle()));
        }
        if (item.issued() != null) {
            put(entry, "date", item.issued().iso());
        }
        if (item.url() != null) {
            put(entry, "url", item.url());
        }
        if (item.accessed() != null) {
            put(entry, "urldate", item.accessed().toString());
        }
        if (item.version() != null) {
            put(entry, "version", escape(item.version()));
        }
        String note = item.isPage() ? "Revision " + item.version() : item.note();
        if (note != null) {
            put(entry, "note", escape(note));
        }
        if (item.language() != null) {
            String langid = LANGIDS.get(item.language().toLowerCase().split("-")[0]);
            put(entry, langid == null ? "language" : "langid", langid == null ? escape(item.language()) : langid);
        }
        BibTeXDatabase database = new BibTeXDatabase();
        database.addObject(entry);
        StringWriter out = new StringWriter();
        try {
            new BibTeXFormatter().format(database, out);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
        return out.toString();
    }

    private static void put(BibTeXEntry entry, String field, String latex) {
        entry.addField(new Key(field), new StringValue(latex, StringValue.Style.BRACED));
    }

    /** Text as LaTeX that prints it unchanged (see the class comment for what is escaped and how). */
    public static String escape(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        StringBuilder latex = new StringBuilder();
        int i = 0;
        while (i < decomposed.length()) {
            char c = decomposed.charAt(i);
            int marksEnd = i + 1;
            while (marksEnd < decomposed.length() && ACCENTS.containsKey(decomposed.charAt(marksEnd))) {
                marksEnd++;
            }
            if (marksEnd > i + 1 && c < 128 && Character.isLetter(c)) {
                String accented = String.valueOf(c);
                for (int m = i + 1; m < marksEnd; m++) {
                    accented = "\\" + ACCENTS.get(decomposed.charAt(m)) + (Character.isLetter(ACCENTS.get(decomposed.charAt(m)).charAt(0))
                            ? "{" + accented + "}" : accented);
                }
                latex.append('{').append(accented).append('}');
                i = marksEnd;
                continue;
            }
            if (marksEnd > i + 1) {
                // A letter outside ASCII with accents (Greek, Cyrillic…): kept as UTF-8, recomposed.
                latex.append(Normalizer.normalize(decomposed.substring(i, marksEnd), Normalizer.Form.NFC));
                i = marksEnd;
                continue;
            }
            switch (c) {
                case '\\' -> latex.append("\\textbackslash{}");
                case '{', '}', '%', '&', '_', '$', '#' -> latex.append('\\').append(c);
                case '~' -> latex.append("\\textasciitilde{}");
                case '^' -> latex.append("\\textasciicircum{}");
                case '\n', '\r', '\t' -> latex.append(' ');
                default -> latex.append(c);
            }
            i++;
        }
        return Normalizer.normalize(latex.toString(), Normalizer.Form.NFC);
    }
}
