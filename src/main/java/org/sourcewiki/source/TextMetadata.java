package org.sourcewiki.source;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The title, date, author and publisher an article's own text states, for documents whose metadata does not state
 * them (plain text without a header, pages without structured data). Origins are {@code text passage N}; a title
 * made up from the first words is in square brackets with origin {@code supplied}. Nothing else is inferred, and a
 * text file whose header declares its metadata gets nothing but a missing title from its text.
 *
 * <p>The headline is the first passage, before the first passage of running prose, that reads like a title: not
 * boilerplate nor page chrome, 3 to 40 words on one line, starting with a capital, a digit or a quote, not ending
 * like a sentence or a label (".", ":", ","), and not a date or time token (a date with at most four other words,
 * or a date or time with little else), a byline ("Par …", "By …"), a section label (one word, or words in
 * capitals), a menu (items between separators, or capitalised words with no function word), an address, or a prompt
 * ("Partager", "Lire aussi", "Subscribe" …).
 *
 * <p>The author is the name a byline states near the top ("Par Aminata Diallo", "By Jane Doe", or a name alone the
 * classifier kept as the byline), else the name the article is signed with at its foot; the publisher is
 * the holder a copyright notice names ("© 2025 Le Courrier du Sahel"), the last such notice in the text.
 *
 * <p>The date is, in this order: a date after a label of first publication ("Originally published", "First
 * published on"); a date after a publication label ("Publié le", "Published", "Posted", "Mis en ligne"), on the
 * label's line or alone on the next; one after an update label ("Mis à jour le", "Updated"), unless a passage that is only a date stands
 * right above it (the publication date over its update); a passage that is only a date in the article's header (the
 * classifier's dateline, before the first paragraph); a dateline opening a paragraph ("BAMAKO, 22 juin
 * 2025 (AFP) -", "Bamako, le 21 juin 2025 –"); a passage that is only a date, near the top (before the first prose
 * passage and the six after it: a standfirst can come before the byline block), unless it dates the copy ("Fichier
 * généré le", "Imprimé le", "Accessed"); the article's own date line first, a page's clock marked junk only when there
 * is no other. A dateline without a year ("BAMAKO, 22 juin (Reuters) -") states no year, so gives nothing. Dates inside
 * sentences are events the article reports, not its date, and are never taken.
 */
public final class TextMetadata {
    private static final int SUPPLIED_TITLE_WORDS = 8;
    /** How many passages after the first prose passage a bare date may stand and still be the article's. */
    private static final int DATE_AFTER_PROSE = 7;
    /** Date labels and datelines sit near the top: a huge source is not searched to its end for them. */
    private static final int MAX_LABEL_PASSAGES = 300;
    private static final Pattern PUBLISHED_LABEL = Pattern.compile(
            "\\b(publie|publiee|publication|mis en ligne|poste|postee|published|posted|first published|date)\\b"
                    + "(\\s+(le|on|:))?");
    /** The first publication of an article shown again later ("Originally published", "First published on"). */
    private static final Pattern ORIGINAL_LABEL = Pattern.compile(
            "\\b(originally published|first published|initialement publiee?|publiee? initialement|premiere publication)\\b"
                    + "(\\s+(le|on|:))?");
    private static final Pattern UPDATED_LABEL = Pattern.compile(
            "\\b(mis a jour|mise a jour|actualise|modifie|updated|last updated|last update|last modified)\\b(\\s+(le|on|:))?");
    private static final Pattern DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{Lu}'’ .-]{2,40}(\\s*\\([^)]{1,40}\\))?,\\s+[^-–—]{4,60}?\\s+[-–—]\\s");
    /** "(Mogadishu, 27 May 2026) –": a press release's dateline, the place and the date in parentheses. */
    private static final Pattern PAREN_DATELINE = Pattern.compile("^\\(\\p{Lu}[\\p{L}'’ .-]{2,40},\\s+[^)]{4,40}\\)\\s*[-–—:]");
    /** "Bamako, le 21 juin 2025 –", "Kolwezi, 4 février 2026 (MAÉ) –": a place in ordinary case, a date, a dash. */
    private static final Pattern PLACE_DATELINE = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’ .-]{2,40},\\s+(le\\s+|on\\s+)?(\\p{L}+\\s+)?\\d{1,2}(er)?\\s+\\p{L}+\\.?\\s+\\d{4}"
                    + "(\\s*\\([^)]{1,20}\\))?\\s*[-–—:]\\s");
    /** Dates of the copy, not of the article: when a file was made, printed or read. */
    private static final Pattern COPY_DATE = Pattern.compile("\\b(genere|generee|imprime|imprimee|consulte|consultee"
            + "|telecharge|extrait le|generated|printed|accessed|retrieved|downloaded)\\b");
    /** Words that only ever open a byline or a credit, never a headline (folded text). */
    private static final Pattern BYLINE = Pattern.compile("^(de notre|propos recueillis|redige par|written by|©|\\(c\\))"
            + "(?![\\p{L}-]).*");
    /**
     * Words that open a byline or a credit as a label ("Source : AFP", "Photo : X", "Auteur : Y") or a short line, and
     * headlines too ("Home insurance in Europe's flood zones up by 40%", "Photo finish in …", "Source of the Niger
     * dispute …"): not a title when a colon or a slash follows the word or the line is short.
     */
    private static final Pattern LABEL_WORD = Pattern.compile("^(par|by|auteur|author|redaction|source|sources|credit"
            + "|credits|photo|photos|image|images)(?![\\p{L}-])");
    /** Prompts that never open a headline (folded text). */
    private static final Pattern PROMPT = Pattern.compile("^(partagez|tweeter|lire aussi|lisez aussi|lire la suite|a lire"
            + "|voir aussi|read more|read also|see also|abonnez|inscrivez|sign up|connexion|log in|publicite|advertisement"
            + "|sponsored)"
            + "\\b.*");
    /**
     * Words of a page's buttons and menus that headlines open too ("Home insurance …", "Search for the missing …",
     * "Share prices fall …"): a prompt when the line is short or the word is followed by a colon or a separator.
     */
    private static final Pattern PROMPT_WORD = Pattern.compile("^(partager|share|suivez|follow|tweet|subscribe|newsletter"
            + "|accueil|home|menu|rechercher|search|login|commentaires|comments)\\b");
    /** A line of at most this many words opening on a label word or a prompt word is the label or the prompt. */
    private static final int LABEL_LINE_WORDS = 6;
    private static final Pattern TWO_SENTENCES = Pattern.compile("\\p{L}{4,}\\.\\s+\\p{Lu}");
    private static final Pattern MENU_SEPARATORS = Pattern.compile("\\s[|•·/>»]\\s|\\s[|•·]|[|•·]\\s");
    private static final Pattern ADDRESS = Pattern.compile("https?://|www\\.|\\S+@\\S+\\.\\S+");
    /**
     * What opens a byline: "Par", "By", "Written by" (a colon may follow: "By: Jane Doe"), or a label that needs its
     * colon ("Texte : Jeanne Morel", "Auteur : …", "Author: …"), since "Texte" or "Author" alone open sentences too.
     */
    private static final Pattern BYLINE_PREFIX = Pattern.compile(
            "(?i)((par|by|written by|posted by|published by|publi[ée]e? par|post[ée]e? par|[ée]crit par|[ée]crite par|reviewed by"
                    + "|photographed by|interviewed by|words by|r[ée]dig[ée] par|critique par"
                    + "|texte de|texte par|textes par|reportage de|story by|reporting by)(\\s*:\\s*|\\s+)"
                    + "|(texte|textes|auteur|auteurs|autrice|author|authors|reporter|reportage|words|r[ée]daction|signed|sign[ée]e?)\\s*:\\s*)(?=\\p{Lu})");
    /**
     * A correspondent's byline that names the role before the name: "Par notre correspondant, Emmanuel Gyang", "De
     * notre correspondante à Jos, Aïcha Bello", "From our correspondent in Juba, Tom Lado", "Par nos envoyés spéciaux,
     * …": the names come after the comma.
     */
    private static final Pattern OUR_CORRESPONDENT = Pattern.compile("(?i)(par|de|from|by)\\s+(notre|nos|our)\\s+"
            + "(correspondante?s?|envoy[ée]e?s?\\s+sp[ée]ciale?s?|envoy[ée]s\\s+sp[ée]ciaux|correspondents?"
            + "|special\\s+correspondents?|reporters?|journalistes?)\\b[^,]{0,40},\\s*(?=\\p{Lu})");
    /** Words that say where a reporter writes from, after the name: "in", "à", "from", "depuis". */
    private static final Set<String> PLACE_WORDS = Set.of("in", "à", "from", "depuis", "at");
    /**
     * A name of two to four capitalised words (particles between), then where from or the outlet's initials: "Peter
     * Okafor in Dakar", "Nada HADDAD | OLJ".
     */
    private static final Pattern BARE_BYLINE = Pattern.compile("(?<name>\\p{Lu}[\\p{L}’'.-]+(\\s(de |da |van |von |ben |ould |el |al |di |du |le |la )?"
            + "\\p{Lu}[\\p{L}’'.-]+){1,3})((,|\\s+(in|à|from|depuis|,))\\s+\\p{Lu}[\\p{L}’' -]{1,40}|\\s+\\|\\s+\\p{Lu}{2,6})?");
    /** Two names joined by "and", "et" or "&", then a comma and their role ("…, Staff Writers"). */
    private static final Pattern TWO_NAMES_WITH_ROLE = Pattern.compile(
            "(?<a>\\p{Lu}[\\p{L}’'.-]+(\\s\\p{Lu}[\\p{L}’'.-]+){1,2})\\s+(and|et|&)\\s+"
                    + "(?<b>\\p{Lu}[\\p{L}’'.-]+(\\s\\p{Lu}[\\p{L}’'.-]+){1,2}),\\s+[\\p{L}’' -]{3,40}");
    /** A name then the reporter's role without a comma ("Helen Pidd North of England editor"): the shortest name. */
    private static final Pattern BYLINE_WITH_ROLE = Pattern.compile("(?<name>\\p{Lu}[\\p{L}’'.-]+(\\s\\p{Lu}[\\p{L}’'.-]+){1,2}?)"
            + "\\s+[\\p{L}’' ,-]{0,40}?\\b(editor|correspondent|reporter|writer|journalist|columnist|correspondant"
            + "|correspondante|journaliste|rédacteur|rédactrice|chroniqueur|chroniqueuse)\\.?");
    /** Words of a role or a desk, which a byline may state instead of a name. */
    private static final Set<String> ROLE_WORDS = Set.of("staff", "reporter", "correspondent", "correspondant",
            "correspondante", "editor", "desk", "news", "service", "bureau", "redaction", "team", "agency", "agence",
            "writer", "journaliste", "envoye", "special", "speciale", "newsroom", "online", "web", "digital", "press",
            "department", "departement", "communications", "communication", "office", "unit", "secretariat", "cellule");
    /** Roles one person holds (not a desk's "staff" or "team"), closing a byline's name without a comma. */
    private static final Set<String> PERSON_ROLES = Set.of("reporter", "correspondent", "correspondant",
            "correspondante", "editor", "writer", "journaliste", "officer", "photographer");
    private static final Set<String> NAME_PARTICLES = Set.of("de", "du", "des", "da", "di", "dos", "van", "von", "ben",
            "bin", "ould", "ag", "el", "al", "la", "le", "ibn");
    private static final Pattern COPYRIGHT = Pattern.compile("(?:©|\\(c\\)|(?i:copyright))\\s*(?:(?i:copyright)\\s+)?"
            + "(?:\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\s*(?:[-–—|:,]\\s*)?)?"
            + "(?<name>\\p{Lu}(?:[^.|©·•\\n]|\\.(?=\\p{L})){1,80}?)\\s*(?:\\d{4}\\s*)?(?:\\.(?!\\p{L})|\\||[·•]|[-–—]\\s|(?i:tous droits|all rights)|$)");
    /**
     * A footer that opens on the holder's name and closes on the notice: "Réunion Matin SAS – Saint-Denis – Tous droits
     * réservés © 2025", "Jigéen Mag – Groupe Ndar Médias. Dakar … © 2026 Tous droits réservés."
     */
    private static final Pattern HOLDER_LEADS = Pattern.compile("^(?<name>\\p{Lu}[^–—|.©]{1,40}?)\\s+[–—|-]\\s.{0,120}"
            + "((?:©|\\(c\\))\\s*\\d{4}\\W*(?i:tous droits|all rights)|(?i:tous droits r[ée]serv[ée]s|all rights reserved)\\W*(?:©|\\(c\\))\\s*\\d{4}\\W*$)");
    private static final Pattern LEADING_DATE = Pattern.compile("^\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}(\\s+(a\\s+)?\\d{1,2}[:h]\\d{2})?\\s+"
            // "June 14, 2026 by …", "Posted on 2 October 2025 by …", "Publié le 3 mars 2026 à 10h15 par …"
            + "|^((?i:posted|published|publi[ée]e?|mis en ligne)(\\s+(?i:on|le))?\\s+)?[\\p{L}\\d ,.]{3,30}?\\d{4}"
            + "(,?\\s+(?i:at|à|a)\\s+\\d{1,2}[:h.]\\d{2}(\\s?(?i:[ap]\\.?m\\.?))?)?\\s+(?=(?i:by|par)\\s)");
    private static final Pattern HOLDER_BEFORE_LINKS = Pattern.compile(
            "(?<name>\\p{Lu}(?:[^©|.]|\\.(?=\\p{L})){1,60}?)\\s*(?:©|\\(c\\)|(?i:copyright))\\s*\\d{4}(?:\\s*[-–]\\s*\\d{4})?"
                    + "\\s*(?:\\||[-–—]\\s|\\.\\s)");
    private static final Pattern HOLDER_BEFORE_SIGN = Pattern.compile(
            "(?<name>\\p{Lu}[^©|.]{1,60}?)\\s*(?:©|\\(c\\)|(?i:copyright))\\s*\\d{4}(?:\\s*[-–]\\s*\\d{4})?\\W*");
    /** Weekdays and months (folded): the date after a byline's names, never one of them. */
    private static final Set<String> CALENDAR_WORDS = Set.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
            "dimanche", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "janvier", "fevrier",
            "mars", "avril", "juin", "juillet", "aout", "septembre", "octobre", "novembre", "decembre", "january",
            "february", "march", "april", "june", "july", "august", "september", "october", "november", "december");
    private static final Set<String> FUNCTION_WORDS = Set.of("a", "an", "the", "of", "and", "or", "to", "in", "on",
            "at", "for", "with", "by", "from", "as", "is", "are", "after", "over", "le", "la", "les", "l", "un", "une",
            "des", "de", "du", "d", "et", "ou", "en", "au", "aux", "pour", "sur", "dans", "avec", "par", "est",
            "sont", "apres", "entre", "contre", "vers");

    private TextMetadata() {
    }

    /** Fills the title and date the metadata lacks from the passages' text; kinds as classified. */
    public static void fill(StatedMetadata metadata, List<TextSpan> spans, List<PassageClassification> kinds,
                            String language) {
        if (spans.isEmpty()) {
            return;
        }
        int firstProse = firstProse(spans, kinds);
        if (!metadata.has(StatedMetadata.TITLE)) {
            // The line the classifier read as the headline, by its place over the byline and the article, first: a
            // Title Case headline with no small word reads like a menu when read alone.
            for (int i = 0; i < Math.min(firstProse, spans.size()); i++) {
                if (!isJunk(spans, kinds, i) && "headline".equals(kinds.get(i).reason())
                        && readsLikeTitle(spans.get(i).text(), true)) {
                    metadata.offer(StatedMetadata.TITLE, spans.get(i).text(), origin(i));
                    break;
                }
            }
        }
        if (!metadata.has(StatedMetadata.TITLE)) {
            for (int i = 0; i < Math.min(firstProse, spans.size()); i++) {
                // A line the classifier kept as the byline or the dateline states who and when, never what.
                String reason = i < kinds.size() ? kinds.get(i).reason() : "";
                if (!isJunk(spans, kinds, i) && !"byline".equals(reason) && !"dateline".equals(reason)
                        && readsLikeTitle(spans.get(i).text())) {
                    metadata.offer(StatedMetadata.TITLE, spans.get(i).text(), origin(i));
                    break;
                }
            }
        }
        if (!metadata.has(StatedMetadata.TITLE)) {
            metadata.offerSuppliedTitle(suppliedTitle(spans, kinds), "supplied");
        }
        if (metadata.declared()) {
            return; // a header said what the article states; the fields it leaves empty stay empty
        }
        if (!metadata.has(StatedMetadata.DATE)) {
            findDate(spans, kinds, firstProse, language)
                    .map(found -> found[0].length() == 4 ? settleDay(spans, firstProse, found) : found)
                    .ifPresent(found -> metadata.offer(StatedMetadata.DATE, found[0], found[1]));
        }
        if (!metadata.has(StatedMetadata.AUTHOR)) {
            // A desk ("Posted on … by Gbandi FM News Desk") only when no reporter is named near it ("By Mohamed Sheriff").
            int desk = -1;
            String deskName = null;
            for (int i = 0; i < Math.min(spans.size(), firstProse + 4); i++) {
                Optional<String> name = bylineName(spans.get(i).text());
                if (name.isEmpty() && "byline".equals(kinds.get(i).reason())) {
                    name = bareBylineName(spans.get(i).text());
                }
                if (name.isEmpty() && !isJunk(spans, kinds, i)) {
                    name = datedName(spans.get(i).text());
                }
                if (name.isPresent() && namesADesk(name.get()) && desk < 0) {
                    desk = i;
                    deskName = name.get();
                } else if (name.isPresent() && !namesADesk(name.get())) {
                    metadata.offer(StatedMetadata.AUTHOR, name.get(), origin(i));
                    break;
                }
            }
            if (!metadata.has(StatedMetadata.AUTHOR) && deskName != null) {
                metadata.offer(StatedMetadata.AUTHOR, deskName, origin(desk));
            }
        }
        if (!metadata.has(StatedMetadata.AUTHOR)) {
            // No byline at the top: the name the article is signed with at its foot ("Adama Sawadogo").
            for (int i = spans.size() - 1; i >= firstProse && i < kinds.size(); i--) {
                Optional<String> name = "signature".equals(kinds.get(i).reason())
                        ? bareBylineName(spans.get(i).text()) : Optional.empty();
                if (name.isPresent()) {
                    metadata.offer(StatedMetadata.AUTHOR, name.get(), origin(i));
                    break;
                }
            }
        }
        if (!metadata.has(StatedMetadata.PUBLISHER)) {
            int lastBody = -1;
            for (int i = 0; i < spans.size(); i++) {
                lastBody = kinds.get(i).kind() == PassageKind.BODY ? i : lastBody;
            }
            for (int i = spans.size() - 1; i >= 0; i--) {
                if (i < lastBody && PHOTO_CREDIT_REASONS.contains(kinds.get(i).reason())) {
                    continue; // "… | © Bernard Hallet" under a photo in the article names its photographer
                }
                Optional<String> holder = copyrightHolder(spans.get(i).text());
                if (holder.isPresent()) {
                    metadata.offer(StatedMetadata.PUBLISHER, holder.get(), origin(i));
                    break;
                }
            }
        }
    }

    /** "By" or "Par" glued to the name, as some copies print a byline whose link lost its space. */
    private static final Pattern GLUED_BY = Pattern.compile("^(By|Par)(?=\\p{Lu}\\p{Ll})");

    /** A separator between the fields of a meta row: a bar, a middle dot, a bullet. */
    private static final Pattern FIELD_SEPARATOR = Pattern.compile("[|·•]");

    /** Reasons of a photo's caption and credit: a "©" there names the photographer, not the publisher. */
    private static final Set<String> PHOTO_CREDIT_REASONS = Set.of("photo-credit", "caption-credit", "caption");

    /** The separators between the fields of a line stating a name and a date: a bar, a middle dot, a dash. */
    private static final Pattern DATED_NAME_FIELDS = Pattern.compile("\\s+[|·•–—]\\s+|\\s+-\\s+");

    /**
     * A name beside a date in a line of fields, without "By": "Habou Sani | 13/01/2026 à 18h05 | 0 commentaire",
     * "19.01.2026 – Nicolas Vuilleumier". The other field must state a date, so a headline with a dash is no byline.
     */
    static Optional<String> datedName(String text) {
        if (text.length() > 160) {
            return Optional.empty();
        }
        String[] fields = DATED_NAME_FIELDS.split(text.strip());
        if (fields.length < 2 || fields.length > 4) {
            return Optional.empty();
        }
        boolean dated = false;
        for (String field : fields) {
            String folded = StatedDates.fold(field);
            dated |= StatedDates.WHOLE_NUMERIC_DATE.matcher(folded).find() || StatedDates.isDateToken(folded);
        }
        if (!dated) {
            return Optional.empty();
        }
        // A name after the date first: a row opening on the site's name puts the reporter's after the date
        // ("Nouakchott Info | 17 juin 2025 | Aïchetou Mint Ahmed | 1 587 vues"); else the name before it.
        Optional<String> before = Optional.empty();
        boolean afterDate = false;
        for (String field : fields) {
            String folded = StatedDates.fold(field);
            if (StatedDates.WHOLE_NUMERIC_DATE.matcher(field).find() || StatedDates.isDateToken(folded)
                    || StatedDates.find(field, null).isPresent()) {
                afterDate = true;
                continue;
            }
            Optional<String> name = bareBylineName(field.strip());
            if (name.isPresent() && afterDate) {
                return name;
            }
            before = before.isPresent() ? before : name;
        }
        return before;
    }

    /** The separators between the fields of a meta row (date, byline, reading time). */
    private static final Pattern META_FIELDS = Pattern.compile("\\s+[|·•]\\s+");
    /** Document properties whose title may carry the site's name after a separator, as a browser prints it. */
    private static final Set<String> PROPERTY_ORIGINS = Set.of("pdf", "docx", "odt");
    private static final Pattern SITE_SEPARATOR = Pattern.compile("\\s+[|–—·•-]\\s+");
    /** The headline is looked for among this many passages from the top. */
    private static final int SUFFIX_CHECK_PASSAGES = 40;

    /**
     * A title from a file's properties ending on the site's name ("À Mopti, des écoles rouvrent – Le Courrier du
     * Fleuve", as a browser's "print to PDF" keeps the page's title) is cut to the headline when the document's text
     * holds the part before the separator as a passage of its own: the text says which part is the headline.
     */
    static void dropSiteSuffix(StatedMetadata metadata, List<TextSpan> spans) {
        String title = metadata.get(StatedMetadata.TITLE);
        if (title == null || !PROPERTY_ORIGINS.contains(metadata.origin(StatedMetadata.TITLE))) {
            return;
        }
        var separators = SITE_SEPARATOR.matcher(title);
        int last = -1;
        while (separators.find()) {
            last = separators.start();
        }
        if (last <= 0) {
            return;
        }
        String headline = title.substring(0, last).strip();
        for (int i = 0; i < Math.min(spans.size(), SUFFIX_CHECK_PASSAGES); i++) {
            if (spans.get(i).text().replaceAll("\\s+", " ").strip().equals(headline)) {
                metadata.put(StatedMetadata.TITLE, headline, metadata.origin(StatedMetadata.TITLE));
                return;
            }
        }
    }

    /**
     * The names a byline states ("Par Aminata Diallo", "By Jane Doe and John Roe", "Par A. Diallo, à Niamey"):
     * capitalised words, initials and name particles after "Par"/"By", up to the first other word.
     */
    static Optional<String> bylineName(String text) {
        text = LEADING_DATE.matcher(text.strip()).replaceFirst(""); // "11/09/2025 par Rivo Andrianasolo"
        text = GLUED_BY.matcher(text).replaceFirst("$1 "); // "ByRhodri Llewellyn": the copy lost the space
        var m = BYLINE_PREFIX.matcher(text.strip());
        if (!m.lookingAt() && text.length() <= 160) {
            // A meta row, its byline one of its fields: "8 avril 2026 | Par Sonia Ben Romdhane | Temps de lecture : 4 min".
            String[] fields = META_FIELDS.split(text.strip());
            for (int k = 1; k < fields.length; k++) {
                Optional<String> name = bylineName(fields[k]);
                if (name.isPresent()) {
                    return name;
                }
            }
        }
        var correspondent = OUR_CORRESPONDENT.matcher(text.strip());
        if (correspondent.lookingAt() && text.length() <= 160) {
            return namesFrom(text.strip().substring(correspondent.end())); // "Par notre correspondant, Emmanuel Gyang"
        }
        if (!m.lookingAt() || text.length() > 160) {
            return Optional.empty();
        }
        return namesFrom(text.strip().substring(m.end()));
    }

    /**
     * The names at the start of what follows a byline's "Par"/"By": capitalised words, initials and particles, two
     * names joined by "and"/"et"/"&" (each may say where it writes from: "Grace Phiri in Lilongwe and Tom Walker in
     * London"), up to the first other word; several names are joined by {@link Authors#SEPARATOR}.
     */
    private static Optional<String> namesFrom(String rest) {
        String[] tokens = rest.split("\\s+");
        StringBuilder names = new StringBuilder();
        int nameWords = 0;
        for (int i = 0; i < tokens.length && i < 12; i++) {
            String token = tokens[i];
            String bare = token.replaceAll("[,;]$", "");
            boolean capitalised = !bare.isEmpty() && Character.isUpperCase(bare.codePointAt(0))
                    && bare.matches("[\\p{L}.’'-]+");
            boolean particle = NAME_PARTICLES.contains(bare) && i + 1 < tokens.length
                    && Character.isUpperCase(tokens[i + 1].codePointAt(0))
                    && !CALENDAR_WORDS.contains(StatedDates.fold(tokens[i + 1])); // "… El Amrani le Dimanche 23 Novembre"
            if (capitalised && CALENDAR_WORDS.contains(StatedDates.fold(bare))) {
                break; // a weekday or a month ends the names
            }
            boolean connector = (bare.equals("et") || bare.equals("and") || bare.equals("&")) && nameWords > 0
                    && i + 1 < tokens.length && Character.isUpperCase(tokens[i + 1].codePointAt(0));
            if (PLACE_WORDS.contains(bare) && nameWords > 0 && i + 1 < tokens.length
                    && Character.isUpperCase(tokens[i + 1].codePointAt(0))) {
                // "Grace Phiri in Lilongwe and Tom Walker in London": pass over where this one writes from, and go
                // on only if another name follows.
                int next = i + 1;
                while (next < tokens.length && Character.isUpperCase(tokens[next].codePointAt(0))
                        && !tokens[next].matches(".*[,;]$")) {
                    next++;
                }
                boolean another = next + 1 < tokens.length && (tokens[next].equals("and") || tokens[next].equals("et")
                        || tokens[next].equals("&")) && Character.isUpperCase(tokens[next + 1].codePointAt(0));
                if (!another) {
                    break;
                }
                i = next - 1; // the connector comes next
                continue;
            }
            if (!(capitalised || particle || connector)) {
                break;
            }
            if (connector) {
                names.append(Authors.SEPARATOR.stripTrailing()); // "Par A et B": two authors, kept as "A; B"
            } else {
                names.append(names.isEmpty() ? "" : " ").append(bare);
            }
            nameWords += capitalised ? 1 : 0;
            if (!bare.equals(token) && !connector) {
                break; // a comma ends the names: "Par A. Diallo, à Niamey"
            }
        }
        String[] words = names.toString().split(" ");
        if (nameWords >= 3 && !names.toString().contains(Authors.SEPARATOR.strip())
                && PERSON_ROLES.contains(StatedDates.fold(words[words.length - 1]))) {
            // "By Rhodri Llewellyn Local Democracy Reporter": one person's role runs on after the name without a
            // comma ("By Kumul Business Review Staff" is a desk, kept whole)
            return Optional.of(words[0] + " " + words[1]);
        }
        return nameWords == 0 ? Optional.empty() : Optional.of(names.toString());
    }

    /**
     * "Staff Reporter", "West Africa correspondent": a role or a desk. A line of these alone names no one; after "By"
     * the page states its author, a desk included ("By The Associated Press", "Par La Rédaction"), and that is kept.
     */
    private static boolean namesADesk(String names) {
        for (String word : names.split("\\s+")) {
            if (ROLE_WORDS.contains(StatedDates.fold(word))) {
                return true;
            }
        }
        return false;
    }

    /**
     * The name a byline without "By" states, when the classifier kept the line as the article's byline: two to four
     * capitalised words (name particles between them), alone or before where the reporter writes from ("Harriet
     * Ndlovu", "Peter Okafor in Dakar", "Sohel Rana, Munshiganj", "Maëlle Kerjean.", "Helen Pidd North of England
     * editor"). A role or a desk ("West Africa correspondent", "Staff Reporter") names no one and gives nothing.
     */
    static Optional<String> bareBylineName(String text) {
        var two = TWO_NAMES_WITH_ROLE.matcher(text.strip());
        if (two.matches()) { // "Marcus Delgado and Priya Nair, Staff Writers"
            return Optional.of(two.group("a") + Authors.SEPARATOR + two.group("b"));
        }
        var m = BARE_BYLINE.matcher(text.strip().replaceFirst("\\.$", ""));
        if (!m.matches()) {
            m = BYLINE_WITH_ROLE.matcher(text.strip());
            if (!m.matches()) {
                return Optional.empty();
            }
        }
        String name = m.group("name");
        return namesADesk(name) ? Optional.empty() : Optional.of(name);
    }

    /** The holder a copyright notice names ("© 2025 Le Courrier du Sahel. Tous droits réservés."): the publisher. */
    static Optional<String> copyrightHolder(String text) {
        if (text.length() > 200) {
            return Optional.empty();
        }
        var m = COPYRIGHT.matcher(text);
        var before = HOLDER_BEFORE_SIGN.matcher(text.strip());
        var beforeLinks = HOLDER_BEFORE_LINKS.matcher(text.strip());
        var leads = HOLDER_LEADS.matcher(text.strip());
        String name;
        if (leads.lookingAt()) {
            name = leads.group("name");
        } else if (beforeLinks.lookingAt()) {
            // "Unite the Union © 2025 | Privacy notice | …", "Radio Tèt Ansanm © 2026 – Rue 15 B, Cap-Haïtien": the
            // holder first, then links or an address after the year
            name = beforeLinks.group("name");
        } else if (m.find()) {
            name = m.group("name");
        } else if (before.matches()) {
            name = before.group("name"); // "Ouest Sahel Info © 2025": the holder first, as some footers print it
        } else {
            return Optional.empty();
        }
        // "© 2023 Copyright RSI - Tous droits réservés": the word repeated after the sign is not the holder's name;
        // "… Media Limited or its affiliated companies", "Prairie Grain Gazette, a division of Northern Farm Media
        // Inc.": the holder is the publication named first.
        name = name.replaceAll("[\\s,.|–—-]+$", "").replaceFirst("^(?i)(copyright|\\(c\\))\\s+", "")
                .replaceFirst("(?i)\\s+(or|and|et|ou) (its|ses|their|leurs) (affiliated|affiliates|subsidiaries|filiales)\\b.*$", "")
                .replaceFirst("(?i),?\\s+((a|an|une?)\\s+(division|subsidiary|member|brand|publication|filiale|marque|titre)"
                        + "\\s+(of|de|du|d'|des)|part of|partie de|membre d[eu])\\s+(the\\s+)?\\p{Lu}.*$", "")
                .strip();
        String folded = StatedDates.fold(name);
        if (name.isEmpty() || folded.startsWith("tous droits") || folded.startsWith("all rights")
                || name.split("\\s+").length > 8) {
            return Optional.empty();
        }
        return Optional.of(name);
    }

    private static String origin(int index) {
        return "text passage " + (index + 1);
    }

    private static boolean isJunk(List<TextSpan> spans, List<PassageClassification> kinds, int i) {
        return kinds.get(i).kind() == PassageKind.BOILERPLATE || spans.get(i).context().inChrome();
    }

    /** The index of the first passage of running prose (the article's body starts there), or the size. */
    static int firstProse(List<TextSpan> spans, List<PassageClassification> kinds) {
        for (int i = 0; i < spans.size(); i++) {
            String text = spans.get(i).text();
            if (!isJunk(spans, kinds, i) && text.split("\\s+").length >= 25 && text.matches("(?s).*[.!?…»”\"]\\s*$")) {
                return i;
            }
        }
        return spans.size();
    }

    /** A headline printed in capitals runs to at least this many words (a kicker in capitals is shorter). */
    private static final int CAPITALS_HEADLINE_WORDS = 5;

    static boolean readsLikeTitle(String text) {
        return readsLikeTitle(text, false);
    }

    /**
     * Whether a line can be a title; for the line the classifier took as the headline, a Title Case line without a
     * small word (which alone reads like a menu) and two Title Case sentences ("… Have a Peace Deal. Now They Need a
     * Border.") can.
     */
    private static boolean readsLikeTitle(String text, boolean headline) {
        if (text.contains("\n") || text.length() < 8 || text.length() > 250) {
            return false;
        }
        String[] words = text.split("\\s+");
        if (words.length < 3 || words.length > 40) {
            return false;
        }
        if (!BlockFeatures.opensHeadline(text.codePointAt(0))) {
            return false;
        }
        String folded = StatedDates.fold(text).strip();
        if (folded.matches(".*[.:,;]$") && !folded.endsWith("...") && !BlockFeatures.ABBREVIATION_END.matcher(text).find()
                && !(headline && TWO_SENTENCES.matcher(text).find() && text.endsWith("."))) {
            return false;
        }
        if (BYLINE.matcher(folded).matches() || PROMPT.matcher(folded).matches() || ADDRESS.matcher(text).find()
                || labelled(LABEL_WORD, folded, words.length) || labelled(PROMPT_WORD, folded, words.length)
                || bylineName(text).isPresent()) {
            return false;
        }
        if (StatedDates.isDateToken(folded) || BoilerplateClassifier.CLOCK_START.matcher(folded).lookingAt()
                || PUBLISHED_LABEL.matcher(folded).lookingAt() || UPDATED_LABEL.matcher(folded).lookingAt()) {
            return false;
        }
        // A headline in capitals ("POUR UNE RÉFORME FONCIÈRE QUI PROTÈGE D'ABORD LES PAYSANS"), as some portals print
        // them, has function words; a menu or a kicker in capitals ("EXCLUSIF DAKARPLUS") has none.
        boolean shoutedHeadline = headline && words.length >= CAPITALS_HEADLINE_WORDS && hasFunctionWord(words);
        if (isCapitals(text) && !shoutedHeadline || !headline && isMenu(text, words)) {
            return false;
        }
        return true;
    }

    /** A line opening on one of the words, as a label (a colon, a slash or a dash after it) or a short line. */
    private static boolean labelled(Pattern word, String folded, int words) {
        var m = word.matcher(folded);
        return m.lookingAt() && (words <= LABEL_LINE_WORDS || folded.substring(m.end()).matches("\\s*[:/|•·–—-].*"));
    }

    private static boolean hasFunctionWord(String[] words) {
        for (String word : words) {
            if (FUNCTION_WORDS.contains(StatedDates.fold(word.replaceAll("[^\\p{L}\\p{N}'’-]", "")))) {
                return true;
            }
        }
        return false;
    }

    private static boolean isCapitals(String text) {
        long letters = text.codePoints().filter(Character::isLetter).count();
        long upper = text.codePoints().filter(Character::isUpperCase).count();
        return letters >= 4 && upper * 10 >= letters * 8;
    }

    /** Items between separators, or four or more capitalised words with no function word: a menu, not a headline. */
    private static boolean isMenu(String text, String[] words) {
        var separators = MENU_SEPARATORS.matcher(text);
        int count = 0;
        while (separators.find()) {
            count++;
        }
        if (count >= 2) {
            return true;
        }
        if (words.length < 4) {
            return false;
        }
        for (String word : words) {
            String bare = word.replaceAll("[^\\p{L}\\p{N}'’-]", "");
            if (bare.isEmpty()) {
                continue;
            }
            if (!Character.isUpperCase(bare.codePointAt(0)) || FUNCTION_WORDS.contains(StatedDates.fold(bare))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A title made up from the article's first words, in square brackets: those of its first passage that is not junk,
     * a byline, a dateline or a prompt of the page ("Rechercher sur le site…").
     */
    static String suppliedTitle(List<TextSpan> spans, List<PassageClassification> kinds) {
        TextSpan chosen = null;
        for (int i = 0; i < spans.size() && chosen == null; i++) {
            String folded = StatedDates.fold(spans.get(i).text()).strip();
            String reason = kinds.get(i).reason();
            // Who and when, or a prompt of the page, are no words of the article's.
            if (!isJunk(spans, kinds, i) && spans.get(i).text().split("\\s+").length >= 3
                    && !StatedDates.isDateToken(folded) && !"byline".equals(reason) && !"dateline".equals(reason)
                    && !"signature".equals(reason) && !PROMPT.matcher(folded).matches()
                    && !labelled(PROMPT_WORD, folded, folded.split("\\s+").length)) {
                chosen = spans.get(i);
            }
        }
        if (chosen == null) {
            for (int i = 0; i < spans.size() && chosen == null; i++) {
                if (!isJunk(spans, kinds, i)) {
                    chosen = spans.get(i);
                }
            }
        }
        if (chosen == null) {
            chosen = spans.get(0);
        }
        String text = chosen.text().replaceAll("\\s+", " ").strip();
        String[] words = text.split(" ");
        if (words.length <= SUPPLIED_TITLE_WORDS && text.length() <= 120) {
            return "[" + text + "]";
        }
        // The first words, at most eight and at most 120 code points (a long address or a run of letters is cut).
        String opening = String.join(" ", List.of(words).subList(0, Math.min(words.length, SUPPLIED_TITLE_WORDS)));
        if (opening.codePointCount(0, opening.length()) > 120) {
            opening = opening.substring(0, opening.offsetByCodePoints(0, 120));
        }
        return "[" + opening + " …]";
    }

    /** A passage that is only a date, among the three right above passage i (an update line): the publication date. */
    private static Optional<String[]> bareDateAbove(List<TextSpan> spans, int i, String language) {
        for (int j = i - 1; j >= Math.max(0, i - 3); j--) {
            String folded = StatedDates.fold(spans.get(j).text());
            if (folded.length() <= 80 && StatedDates.isDateToken(folded) && !COPY_DATE.matcher(folded).find()) {
                Optional<StatedDates.Found> date = StatedDates.find(folded, language);
                if (date.isPresent() && date.get().date().length() == 10) {
                    return Optional.of(new String[] {date.get().date(), origin(j)});
                }
            }
        }
        return Optional.empty();
    }

    /** The date and its origin, as {date, origin}; see the class comment for the order. */
    /**
     * A year found where the page gave a numeric date whose day and month cannot be told apart ("Published: 06/08/2025"
     * in English), made a full date when a line of the header or of the first paragraphs states the day and month
     * without a year and matches one reading ("NAIROBI, Aug 6 (Reuters) -"); the year alone otherwise.
     */
    private static String[] settleDay(List<TextSpan> spans, int firstProse, String[] year) {
        int reach = Math.min(spans.size(), firstProse + DATE_AFTER_PROSE);
        for (int i = 0; i < reach; i++) {
            if (spans.get(i).text().length() > 300) {
                continue;
            }
            for (int j = 0; j < reach; j++) {
                Optional<String> settled = StatedDates.settle(spans.get(i).text(), spans.get(j).text());
                if (settled.isPresent() && settled.get().startsWith(year[0])) {
                    return new String[] {settled.get(), origin(j)};
                }
            }
        }
        return year;
    }

    static Optional<String[]> findDate(List<TextSpan> spans, List<PassageClassification> kinds, int firstProse,
                                       String language) {
        int lastBody = spans.size() - 1;
        while (lastBody > 0 && isJunk(spans, kinds, lastBody)) {
            lastBody--;
        }
        for (Pattern label : new Pattern[] {ORIGINAL_LABEL, PUBLISHED_LABEL, UPDATED_LABEL}) {
            boolean update = label == UPDATED_LABEL;
            for (int i = 0; i <= Math.min(lastBody, MAX_LABEL_PASSAGES); i++) {
                String text = spans.get(i).text();
                if (text.length() > 300) {
                    continue;
                }
                String folded = StatedDates.fold(text);
                if (update && folded.endsWith(".") && folded.split(" ").length >= 12) {
                    continue; // "This Q&A was updated on 25 February 2026 to correct …": a correction note, not the date
                }
                var m = label.matcher(folded);
                while (m.find()) {
                    String after = folded.substring(m.end(), Math.min(folded.length(), m.end() + 60));
                    Optional<StatedDates.Found> date = StatedDates.find(after, language);
                    if (update && m.start() > 0) {
                        // "Le 17/01/2026 à 18:35, modifié le 18/01/2026": the date before the update is the publication's.
                        Optional<StatedDates.Found> before = StatedDates.find(folded.substring(0, m.start()), language);
                        if (before.isPresent() && before.get().date().length() == 10) {
                            return Optional.of(new String[] {before.get().date(), origin(i)});
                        }
                    }
                    if (date.isPresent() && date.get().start() <= 25) {
                        // "2 décembre 2025 à 18h05" then "Mis à jour le 3 décembre …": the bare date printed over
                        // the update line is when the article was published.
                        Optional<String[]> above = update ? bareDateAbove(spans, i, language) : Optional.empty();
                        return above.isPresent() ? above : Optional.of(new String[] {date.get().date(), origin(i)});
                    }
                    if (m.start() == 0 && after.replaceAll("[\\s:]", "").isEmpty() && i + 1 < spans.size() && !update) {
                        // The label alone, its date on the next line ("Originally published" then "18 Jun 2026").
                        String next = StatedDates.fold(spans.get(i + 1).text());
                        Optional<StatedDates.Found> below = next.length() <= 80 && StatedDates.isDateToken(next)
                                ? StatedDates.find(next, language) : Optional.empty();
                        if (below.isPresent() && below.get().date().length() == 10) {
                            return Optional.of(new String[] {below.get().date(), origin(i + 1)});
                        }
                    }
                }
            }
        }
        // A passage that is only a date, or a row of fields with one, in the article's header (kept as its dateline,
        // before the first paragraph):
        // the date the page states it was published, before a dateline inside the copy ("GAYA, 21 janvier 2026
        // (Tambara FM) –"), which dates the report as it was filed.
        for (int i = 0; i < Math.min(firstProse, kinds.size()); i++) {
            String folded = StatedDates.fold(spans.get(i).text());
            // or a row of fields kept as the dateline ("Posted by X | Oct 21, 2025 | Prix & Marchés | 0 commentaire")
            boolean row = folded.length() <= 160 && FIELD_SEPARATOR.matcher(folded).results().count() >= 2;
            if (!isJunk(spans, kinds, i) && "dateline".equals(kinds.get(i).reason())
                    && (folded.length() <= 80 && StatedDates.isDateToken(folded) || row)
                    && !COPY_DATE.matcher(folded).find()) {
                Optional<StatedDates.Found> date = StatedDates.find(folded, language);
                if (date.isPresent() && date.get().date().length() == 10) {
                    return Optional.of(new String[] {date.get().date(), origin(i)});
                }
            }
        }
        for (int i = 0; i <= Math.min(lastBody, MAX_LABEL_PASSAGES); i++) {
            var dateline = DATELINE.matcher(spans.get(i).text());
            if (!dateline.lookingAt()) {
                dateline = PLACE_DATELINE.matcher(spans.get(i).text());
            }
            if (!dateline.lookingAt()) {
                dateline = PAREN_DATELINE.matcher(spans.get(i).text());
            }
            if (dateline.lookingAt()) {
                Optional<StatedDates.Found> date = StatedDates.find(dateline.group(), language);
                if (date.isPresent() && date.get().date().length() == 10) {
                    return Optional.of(new String[] {date.get().date(), origin(i)});
                }
            }
        }
        int near = Math.min(spans.size(), firstProse + DATE_AFTER_PROSE);
        Optional<String[]> bare = bareDate(spans, kinds, near, false, language);
        if (bare.isPresent()) {
            return bare;
        }
        // A line the classifier kept as the article's dateline ("10:14, 4 Mar 2025Updated 10:31, 4 Mar 2025", "Habou
        // Sani | 13/01/2026 à 18h05 | 0 commentaire") or a short line under the headline stating a whole numeric date
        // in another language ("Embannet d'ar 12/03/2026 gant …"): its first date is when the article was published.
        for (int i = 0; i < near && i < kinds.size(); i++) {
            String folded = StatedDates.fold(spans.get(i).text());
            String reason = kinds.get(i).reason();
            boolean stated = "dateline".equals(reason) || "byline".equals(reason)
                    || "lead".equals(reason) && folded.split(" ").length <= 12 && StatedDates.WHOLE_NUMERIC_DATE.matcher(folded).find();
            if (stated && folded.length() <= 120 && !COPY_DATE.matcher(folded).find()) {
                Optional<StatedDates.Found> date = StatedDates.find(folded, language);
                if (date.isPresent() && date.get().date().length() == 10) {
                    return Optional.of(new String[] {date.get().date(), origin(i)});
                }
            }
        }
        // A page's clock ("Lundi 16 mars 2026" over the menu, marked junk) only when the article states no other date:
        // it is today's date, not the article's, once the day has passed.
        return bareDate(spans, kinds, near, true, language);
    }

    /** The first passage before {@code near} that is only a date (junk too, or not), as a date and its origin. */
    private static Optional<String[]> bareDate(List<TextSpan> spans, List<PassageClassification> kinds, int near,
                                               boolean junkToo, String language) {
        for (int i = 0; i < near; i++) {
            String folded = StatedDates.fold(spans.get(i).text());
            if ((junkToo || !isJunk(spans, kinds, i)) && folded.length() <= 80 && StatedDates.isDateToken(folded)
                    && !COPY_DATE.matcher(folded).find()) {
                Optional<StatedDates.Found> date = StatedDates.find(folded, language);
                if (date.isPresent()) {
                    return Optional.of(new String[] {date.get().date(), origin(i)});
                }
            }
        }
        return Optional.empty();
    }
}
