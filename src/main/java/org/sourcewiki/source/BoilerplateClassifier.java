package org.sourcewiki.source;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import org.sourcewiki.source.BoilerplateRules.Effect;

/**
 * Tells the article's own passages from the web-page junk saved with it, reading each block in its context, in the
 * spirit of jusText (Pomikálek, <i>Removing Boilerplate and Duplicate Content from Web Corpora</i>, 2011): a block is
 * first judged on its own (its document context, its line rule, its length, stop-word density and link density),
 * then by its place in the page. The steps:
 * <ol>
 *   <li><b>Document context</b> (HTML, PDF): a block inside page chrome ({@code nav}, {@code footer},
 *       {@code class:share} …) is junk ({@code chrome:nav}); so is a block that is mostly link text
 *       ({@code link-density}, more than half its characters in links); a {@code figcaption} is a caption
 *       ({@code caption}, or {@code caption-credit} when it is or carries a photo credit). An {@code h1} is never
 *       decided by its container or its links, nor is a byline or dateline in a {@code header}: an article's
 *       headline, author and date often sit in one. When the document has an {@code h1} before its prose, that is
 *       the headline.</li>
 *   <li><b>Line rules</b> ({@code boilerplate-rules.tsv}, each named after a kind of junk: {@code share},
 *       {@code cookie}, {@code empty-label}, {@code timestamp}, {@code photo-credit} …), the shapes of a credit
 *       ("Name / Outlet": {@code photo-credit}) and of a line about the author ({@code author-bio}), a one-line menu
 *       ({@code menu}: capitalised words, function words capitalised too), a link row ({@code link-list}), and long
 *       text without function words ({@code stopword-density}). A line that could be the headline is judged by its
 *       shape only once the headline is known.</li>
 *   <li><b>Repeats</b>: an exact or near repeat of an earlier passage (a title or lead printed twice) is junk
 *       ({@code repeat-of-p3}, naming the passage it repeats), unless what it repeats is junk (a teaser at the top
 *       naming the article); the headline followed by a dash and the site's name is the page title
 *       ({@code page-title}).</li>
 *   <li><b>Where the article ends</b>: once half the article's prose has been read (or two prose blocks of 300
 *       characters), a section label closing the article ("Les plus lus", "Related"), a comment section's heading, a
 *       teaser timestamp or a run of dated headlines, or two "read also" lines each with its teaser, start the teaser
 *       lists: everything from there is junk ({@code after-article}), up to where two long paragraphs in a row show
 *       the article going on after a box set inside it (comment sections never end that way).</li>
 *   <li><b>Context smoothing</b>: prose blocks (jusText's good and near-good) are the article. Before the first of
 *       them, the headline is the document's {@code h1}, or else the last line reading as one before the first
 *       byline or dateline (the site's name and menu come before it, a caption after it), or else the first such
 *       line; lines before it are junk ({@code before-title}) but for a byline or dateline just above it, and the
 *       page's clock above it is junk when the article states its own date ({@code page-date}); bylines,
 *       datelines, a lead and short sentences after it are kept. Inside the article a short block takes the class
 *       of its neighbours: junk on both sides makes it junk ({@code among-junk}), otherwise it is a heading, a list
 *       item or a short line of the article. After the last prose block only signatures (a byline, a name,
 *       initials, "Source : …"), a short closing sentence and a closing list of facts are kept.</li>
 *   <li><b>Captions</b>: a short line next to a photo credit is a caption ({@code caption}). A caption describing
 *       the picture is not the article's running text, so it is marked boilerplate too, with its own reason; it stays
 *       numbered and citable, and an editor can turn it back into body.</li>
 * </ol>
 * Every passage keeps the code of what decided it ({@link PassageClassification#reason()}); body passages say
 * {@code article}, {@code headline}, {@code heading}, {@code list-item}, {@code in-article}, {@code lead} or the
 * keep rule's name ({@code byline}, {@code dateline}, {@code signature}).
 */
public final class BoilerplateClassifier {
    /** A year, a day and month, or a time: a line made of these is a date, never a headline. */
    private static final Pattern DATE_LIKE = Pattern.compile(
            "^[^a-z]*((lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday"
                    + "|saturday|sunday),? )?\\d{0,2}(er)? ?(janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre"
                    + "|octobre|novembre|decembre|january|february|march|april|may|june|july|august|september|october"
                    + "|november|december)\\b.{0,12}\\d{4}");
    /** A line opening on a time or a numeric date ("14:32 GMT 05.02.2026 (mis à jour: …)"): a date line, no headline. */
    static final Pattern CLOCK_START = Pattern.compile("\\d{1,2}[:h]\\d{2}\\b|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2,4}\\b");
    /** A page title as browsers show it: the headline, a dash or bar, and the site's name. */
    private static final Pattern SITE_SUFFIX = Pattern.compile("\\s[–—|·-]\\s[^–—|·]{1,60}$");
    /** A standfirst under a headline runs to at least this many words; a headline is shorter than its standfirst. */
    private static final int STANDFIRST_WORDS = 12;
    /** Or: a headline of five words or more, then a line at least this many words longer, is headline and standfirst. */
    private static final int HEADLINE_MIN_WORDS = 5;
    private static final int STANDFIRST_MORE_WORDS = 0;
    private static final Pattern NOT_LETTERS = Pattern.compile("[^\\p{L}\\p{N}]+");
    /** Share of the article's prose that must come before a closing label or teaser list. */
    private static final double ARTICLE_SHARE_BEFORE_END = 0.5;
    private static final double LINK_DENSITY_JUNK = 0.5;
    /** Prose (in characters, at least two blocks) after which a closing label may end the article. */
    private static final int LATE_MIN_CHARS = 300;
    /** Length of each of two prose blocks in a row that show the article going on after a teaser box. */
    private static final int RESUME_MIN_CHARS = 150;
    private static final int RESUME_MIN_CHARS_SHORT = 90;
    /** The most words of a subhead that reopens the article after a box. */
    private static final int HEADING_MAX_WORDS = 6;
    /** A fact sheet's field: "Buts : I. Koné (64e)", "Referee: Jane Doe", "ASEC - Africa : 2-1". */
    private static final Pattern SHEET_FIELD = Pattern.compile(
            "\\p{Lu}[\\p{L}'’ .-]{1,30}\\s?:\\s?\\S");
    /** A match's score: "2-1", "0 – 1", after the teams. */
    private static final Pattern SCORE = Pattern.compile("\\s\\d{1,2}\\s?[-–]\\s?\\d{1,2}\\b");
    /** A fact sheet has at least this many fields among its first six lines. */
    private static final int SHEET_MIN_FIELDS = 3;
    /** A subhead inside the article runs to this many words. */
    private static final int SUBHEAD_MAX_WORDS = 10;
    /** A line in Title Case capitalises at least this share of its words of two letters or more. */
    private static final double TITLE_CASE_CAPITALS = 0.75;
    /** A topic tag under a tags label ("Related topics" then "West Africa") runs to this many words. */
    private static final int TAG_MAX_WORDS = 4;
    /** The fewest words of a sentence that, three in a row, reopen the article after a box of teasers. */
    private static final int SENTENCE_MIN_WORDS = 6;
    private static final int REPEAT_MIN_WORDS = 3;
    /** Reasons of a credit, read from its shape, that a reporter's initials over the outlet's name may be given. */
    private static final Set<String> CREDIT_REASONS = Set.of("photo-credit", "caption-credit");
    /**
     * "A.M.S. / RSK FM" as a line, "(MTDL/BIT)" closing one: initials, a slash, an outlet; or the outlet first and the
     * initials after, in either case, as Swiss and French agencies sign ("… (cath-info/rz)", "(ats/MP)").
     */
    private static final Pattern SIGNED_INITIALS = Pattern.compile(
            "(?:^|\\()(?<initials>(?:\\p{Lu}\\.?\\s?){2,5})\\s?/\\s?\\p{L}[\\p{L}\\p{N} .'&-]{0,30}\\)?$"
                    + "|\\(\\p{L}[\\p{L}\\p{N}.'&-]{1,30}\\s?/\\s?(?<after>\\p{L}{2,4})\\)\\.?$");
    /** A reporter's sigle alone under the article ("TWI", "C.M.", "(JBA)"): two to four capitals. */
    private static final Pattern SIGLE = Pattern.compile("\\(?(\\p{Lu}\\.?){2,4}\\)?");
    /** How often a short label must be printed to be the template's (see markRepeatedLabels). */
    private static final int LABEL_REPEATS = 3;
    /** How many one-to-three-word lines in a row inside the article make a widget (see markLabelRuns). */
    private static final int LABEL_RUN = 5;
    /** The most words of a label that announces a list with a colon ("Read more about:"). */
    private static final int LABEL_MAX_WORDS = 5;
    /** The most words and characters of a topic tag printed on its own line. */
    private static final int TOPIC_MAX_WORDS = 4;
    private static final int TOPIC_MAX_CHARS = 40;
    /** At most this many paragraphs of page matter stand over an article's real header (see laterHeader). */
    private static final int STRAY_PARAGRAPHS = 2;
    /**
     * A field of the page, not a headline (folded text): who did what ("Claimed By:", "Edited By:", "Texte par :") and
     * a fact-check's fields ("Claim Review:", "Fact Check: FALSE", "Verdict :").
     */
    private static final Pattern FIELD_LABEL = Pattern.compile("([a-z]+ )?(by|par)\\s*:|(claim|claim review|fact[- ]check"
            + "|verdict|rating|conclusion|notre verdict|affirmation|allegation)\\s*:");
    /**
     * A name working for a publication ("Amanda Lucier for The New York Chronicle"): a photographer's credit or a
     * contributor's byline, never the headline (case-sensitive, on the text as printed).
     */
    private static final Pattern NAME_FOR_PUBLICATION = Pattern.compile("\\p{Lu}[\\p{L}'’.-]+( \\p{Lu}[\\p{L}'’.-]+){1,3}"
            + " (for|pour) (The |L'|Le |La |Les )?\\p{Lu}[\\p{L}'’.&-]*( \\p{Lu}[\\p{L}'’.&-]*){0,5}");
    /** A person's name opening a line, then a comma: "Nomvuyo Mbeki, …" (see authorWithRole). */
    private static final Pattern AUTHOR_THEN_COMMA = Pattern.compile("\\p{Lu}[\\p{L}'’-]+( \\p{Lu}[\\p{L}'’-]+){1,3}, ");
    /** A role under a signature names a trade or a post (folded text). */
    private static final Pattern ROLE_LINE = Pattern.compile("\\b(professor|professeure?|lecturer|fellow|researcher"
            + "|chercheur|chercheuse|director|directrice|directeur|editor|redacteur|redactrice|journalist|journaliste"
            + "|correspondent|correspondante?|enseignante?|maitre de conferences|doctorante?|phd candidate|analyst"
            + "|analyste|economist|economiste|consultante?)\\b");
    /** A role line under a signature is at most this many words and ends no sentence. */
    private static final int ROLE_LINE_MAX_WORDS = 16;
    /** A teaser's headline under a bare "read also" label is at most this long, and ends no sentence. */
    private static final int TEASER_MAX_WORDS = 25;
    /** A headline between a link list's markers is shorter than this (characters). */
    private static final int SHORT_HEADLINE_CHARS = 100;
    /** A headline of at most this many words is rare; a widget's label that long is common (see longerNearby). */
    private static final int SHORT_TITLE_WORDS = 5;
    /**
     * A headline capitalising its small words too ("Yakutsk Residents Rally Over Heating Bills That Tripled After
     * Tariff Reform") reads like a menu line; it heads the article when at least this much stands for it (its byline
     * and its dateline under it, or one of them and the first paragraph close by; see headerEvidence).
     */
    private static final int CAPPED_HEADLINE_EVIDENCE = 2;
    /** A media player's title opening on what it plays (folded text): "VIDÉO - …", "Watch: …", "EN IMAGES. …". */
    private static final Pattern MEDIA_TITLE = Pattern.compile("(videos?|watch|regardez|en images|audio|podcast)\\s*[-–—.:|]\\s");
    /** An amount equal to another ("1 Euro = 45,12 MRU", "1 USD = 2 845,00 CDF"): a rates ticker, never a headline. */
    private static final Pattern RATE_TICKER = Pattern.compile("\\d[^=\\d]{0,12}=\\s*\\d");
    /** What the site's menu, its search box and its breadcrumb are marked as. */
    private static final Set<String> MENU_REASONS = Set.of("menu", "interface", "breadcrumb", "nav");
    /** A headline's deck (standfirst lines, a "key points" list without full stops) runs to at most this many lines. */
    private static final int DECK_LINES = 3;
    /** An icon's or an ad's label between a paragraph and the subhead under it is at most this long (characters). */
    private static final int ICON_LABEL_CHARS = 20;
    /** Two or more " / " or " > " separators: a breadcrumb's path, never a headline. */
    private static final Pattern BREADCRUMB = Pattern.compile("\\s[/>›»]\\s.*\\s[/>›»]\\s");
    /** A line ending on a dash opens what follows (an agency's dateline): no caption. */
    private static final Pattern DASH_END = Pattern.compile("[-–—]\\s*$");
    /** A caption left without its photo, right over the first paragraph, runs to this many words (inclusive). */
    private static final int CAPTION_MIN_WORDS = 6;
    private static final int CAPTION_MAX_WORDS = 24;
    /** How far above a captioned photo the article's header is looked for (see headedAbove). */
    private static final int HEADED_REACH = 12;
    /** An advertisement's label ("PUBLICITÉ") is at most this long (characters). */
    private static final int AD_LABEL_MAX_CHARS = 30;
    /** An advertiser's name of one to four words, a dash, then its slogan: "MTN MoMo - Payez vos factures …". */
    private static final Pattern BRAND_LINE = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}&'.-]*( [\\p{L}\\p{N}&'.-]+){0,4} [-–—] \\p{Lu}");
    /** Reasons of the rules that mark lists of links to other articles. */
    private static final Set<String> LIST_REASONS = Set.of("related", "most-read", "teaser", "read-also");
    /** Reasons of the labels that announce an advertisement or paid content. */
    private static final Set<String> AD_REASONS = Set.of("ad", "sponsored", "partner-content");
    /** The words ads speak in (folded text): an offer, a call to act, the reader's account or credit (see adCopy). */
    private static final Pattern AD_COPY = Pattern.compile("\\b(reservez|profitez|decouvrez|beneficiez|financez"
            + "|appelez-nous|contactez-nous|inscrivez-vous|abonnez-vous|commandez|achetez|telechargez|ouvrez votre|envoyez"
            + "|transferez|payez|essayez|faites le test|devis (gratuit|sous)|offre (valable|limitee|speciale)"
            + "|frais (offerts|reduits)|livraison (gratuite|offerte)|inscriptions ouvertes|vos [a-z]+ a -?\\d"
            + "|votre (credit|compte|cuisine|forfait|voyage)|book now|shop now|order now|buy now|learn more"
            + "|register your interest|apply (now|by|today)|hiring|call us|talk to us|free delivery|limited offer"
            + "|voir les offres|parie[sz]?|jouez|jusqu'a -\\d+ ?%|-\\d+ ?% sur|in stock|call \\d|appelez le \\d"
            // a shop's hours and stock, a utility's service line, a bookmaker's warning
            + "|open (mon|tue|wed|thu|fri|sat|sun|daily|7 days)|ouverts? (du|le|tous les) (lundi|mardi|mercredi|jeudi|vendredi"
            + "|samedi|dimanche|jours)|stock now in|now in stock|24/7|report (outages|faults|a fault)|bet responsibly"
            + "|gamble responsibly|18\\+ only|\\d+ ?% financing|financement a 0|(sms|text) \\W?[a-z]+\\W? to \\d{3,6}"
            + "|from (r|\\$|£|€|ksh|n|ghs?)? ?\\d+ (per|a) month|livraison (dans toute|partout|a domicile)"
            + "|door-to-door|weekly sailings)\\b");
    /** The parts of a box around one line (see markBoxParts): a sign-up box's, a previous/next navigation's. */
    private static final Set<String> BOX_PART_REASONS = Set.of("subscribe", "newsletter", "login", "membership",
            "paywall", "donate", "consent", "nav");
    /** A sign-up box's pitch runs to at most this many words. */
    private static final int PITCH_MAX_WORDS = 45;
    /** How far after the first paragraph a better placed headline is looked for (see laterHeader). */
    private static final int LATER_HEADER_REACH = 12;
    /** The heading of an article's own list of sources or notes, closing it (a fact-check, a long read). */
    private static final Pattern SOURCES_HEADING = Pattern.compile(
            "(sources?|references?|notes|notes et references|bibliographie|bibliography|further reading|pour aller plus loin)\\W*");
    /** An e-mail address: alone on a line (matches) or in one (find). */
    private static final Pattern EMAIL_ADDRESS = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
    /** How far smoothing looks for a neighbour that is not a short block, so that long documents stay linear. */
    private static final int SMOOTHING_REACH = 50;
    /** The longest caption (in characters) that is told by its credit. */
    private static final int CAPTION_MAX_CHARS = 300;
    /** The longest image alternative text (in characters) printed over a caption. */
    private static final int ALT_TEXT_MAX_CHARS = 160;
    /** A poll's answers: at most this many, each at most this long (characters), its question at most this long. */
    private static final int POLL_MAX_ANSWERS = 6;
    private static final int POLL_ANSWER_MAX_CHARS = 60;
    private static final int POLL_QUESTION_MAX_CHARS = 150;
    private static final Pattern HEADING_ELEMENT = Pattern.compile("h[1-6]");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    /** A name and nothing else: letters, full stops, ampersands, apostrophes, spaces. */
    private static final Pattern BARE_NAME = Pattern.compile("\\p{Lu}[\\p{L}.&'’ -]{1,30}");
    /**
     * How a pull quote opens: its label. One in quotation marks alone is left to the article: sites set a quoted
     * sentence as a subhead too ("« On nous a donné une semaine »").
     */
    private static final Pattern PULL_QUOTE = Pattern.compile(
            "(pull ?quote|exergue|en exergue)\\s*:\\s*[\"“«]?\\s*");
    /** A masthead stands among the page's first lines. */
    private static final int MASTHEAD_LINES = 3;
    /** A site's name of one to five capitalised words (a frequency "97.0 FM" among them), then a dash or a bar. */
    private static final Pattern MASTHEAD = Pattern.compile(
            "(\\p{Lu}[\\p{L}\\p{N}.'’&-]*(?: [\\p{Lu}\\p{N}][\\p{L}\\p{N}.'’&-]*){0,4}) [–—|-] \\S");
    /** "par" or "by" then a capitalised word: a byline's opening, anywhere in a line. */
    private static final Pattern BY_NAME = Pattern.compile("(?i:\\b(par|by))\\s+\\p{Lu}");
    /** How many passages before or after a pull quote the passage it quotes may stand. */
    private static final int PULL_QUOTE_REACH = 30;
    /** An item of a list written as text, its label then a colon: "Vigilance : simple incitation …". */
    private static final Pattern LABELLED_ITEM = Pattern.compile("\\p{Lu}[\\p{L}’' -]{1,30} : \\S");
    /** The agency a story was written with, on its own line under the desk's name: "with AP", "avec l'AFP". */
    private static final Pattern WRITTEN_WITH = Pattern.compile("(with|avec) \\S");
    private static final Pattern QUOTATION = Pattern.compile("[«»“”\"]");
    /** Words quoted, two or more: someone's speech, not an ad's keyword to text ("SMS \"COVER\" to 31234"). */
    private static final Pattern QUOTED_WORDS = Pattern.compile("[«“\"][^«»“”\"]*\\s[^«»“”\"]*[»”\"]");
    /** A video's running time as its player prints it: "01:58", "1:02:30". */
    private static final Pattern RUNNING_TIME = Pattern.compile("\\d{1,2}(:\\d{2}){1,2}");
    /** Three items or more between bars or bullets: a row of tools or links, never a headline. */
    static final Pattern ITEMS_BETWEEN_BARS = Pattern.compile("\\S\\s[|•·]{1,3}\\s.*\\S\\s[|•·]{1,3}\\s+\\S");
    /** Headlines run together by a news ticker, between runs of bullets or bars ("… districts ••• CAN U20 : … ••• …"). */
    private static final Pattern TICKER_RUNS = Pattern.compile("\\S\\s[|•·]{2,3}\\s.*\\S\\s[|•·]{2,3}\\s+\\S");
    /** A publication or update label with its date, anywhere in the line (folded text): a dateline, no headline. */
    private static final Pattern LABELLED_DATE = Pattern.compile("\\b(updated|published|posted|mis a jour|publie le"
            + "|publiee le|last modified|modifie le)\\b\\s*:?\\s*[^.!?]{0,30}\\b(19|20)\\d\\d\\b");
    /** A live blog's label over its headline (folded text): "Direct", "En direct :", "Live", "LIVE UPDATES". */
    private static final Pattern LIVE_LABEL = Pattern.compile(
            "((en )?direct|live( updates| blog| coverage)?)(\\W*|\\s?[:|–-]\\s.{5,200})|suivez (en direct|notre direct)\\b.{0,200}");
    /** How far above the article's first paragraph a live blog's label is looked for, in blocks (not a menu's "Live"). */
    private static final int LIVE_LABEL_REACH = 6;
    /** A player's label giving the video's running time ("Play Video. Duration: 1 minute 52 seconds"). */
    private static final Pattern DURATION = Pattern.compile("\\b(duration|duree)\\s*:?\\s*\\d");
    /** A place in capitals and a colon or dash, alone on its line: a dateline ("HYDERABAD:", "PESHAWAR –"). */
    private static final Pattern PLACE_LINE = Pattern.compile("\\p{Lu}[\\p{Lu} .'’-]{2,30}\\s?[:–—-]");
    /** A dateline's place and country or island on a line of their own ("Nuku'alofa, Tonga", "Neiafu, Vava'u"). */
    private static final Pattern PLACE_NAME = Pattern.compile(
            "\\p{Lu}[\\p{L}'’.-]+( \\p{Lu}[\\p{L}'’.-]+)?, \\p{Lu}[\\p{L}'’.-]+( \\p{Lu}[\\p{L}'’.-]+)?");
    /** A review's star rating on a line of its own ("★★★★☆"). */
    private static final Pattern RATING = Pattern.compile("[★☆✩✪⭐✭✮\\s]{3,15}");
    /** A video's title as a page labels it, over the video's running time (folded text). */
    private static final Pattern VIDEO_TITLE = Pattern.compile("(videos?|watch|regardez) ?: ?\\p{L}");
    /** A player's label announcing the video it plays next or now (folded text). */
    /**
     * The label of the article's figures or facts box ("En chiffres", "Repères", "Key figures", "Pratique"), folded:
     * the short lines under it are the box's items, the article's own facts, however much they read like junk (the
     * bench README's labelling call for a summary box, rounds 18 and 121 to 132).
     */
    private static final Pattern FACTS_BOX_LABEL = Pattern.compile("(en chiffres|(les )?chiffres[- ]cles|le chiffre( cle)?"
            + "|les chiffres|reperes|dates[- ]cles|en dates|pratique|infos? pratiques?|bon a savoir|key (figures|numbers"
            + "|facts|dates)|by the numbers|in numbers|the numbers|fast facts|quick facts|fact ?file)\\W*");
    /** Reasons of a video or audio player's lines: a credit under them is the player's, whose title is told. */
    private static final Set<String> PLAYER_REASONS = Set.of("video", "listen", "media-placeholder");
    /** A comma, counted to tell a written list of names (see Page.enumerations). */
    private static final Pattern COMMA = Pattern.compile(",");
    /** How many commas a list of names written as a sentence has at least. */
    private static final int ENUMERATION_MIN_COMMAS = 4;
    /** How far above a line a byline shows the line is under the article's header, in blocks. */
    private static final int BYLINE_ABOVE_REACH = 8;
    /** How many lines a last section between the article's last paragraph and its signature holds at most. */
    private static final int SIGNED_SECTION_LINES = 6;
    /** How many items a facts box holds at most, in blocks under its label. */
    private static final int FACTS_BOX_MAX_ITEMS = 8;
    private static final Pattern NEXT_VIDEO = Pattern.compile("(up next|now playing|next video|video suivante|a suivre"
            + "|en cours de lecture)\\W*");
    /** An image file's name: words joined by hyphens or underscores, or a picture's extension. */
    private static final Pattern IMAGE_FILE = Pattern.compile(
            "\\b\\p{Ll}+([-_]\\p{Ll}+){3,}\\b|(?i:\\.(jpe?g|png|webp|gif))\\b");
    private static final double NEAR_REPEAT_JACCARD = 0.8;

    private final BoilerplateRules rules;

    /** A classifier using these line rules (usually {@link BoilerplateRules#load()}). */
    public BoilerplateClassifier(BoilerplateRules rules) {
        this.rules = rules;
    }

    /** Classifies the spans of one document in the language guessed from their text. */
    public List<PassageClassification> classify(List<TextSpan> spans) {
        StringBuilder all = new StringBuilder();
        for (TextSpan span : spans) {
            all.append(span.text()).append('\n');
        }
        return classify(spans, LanguageGuess.guess(all.toString()));
    }

    /**
     * Classifies the spans of one document, in reading order, one result per span.
     *
     * @param language the document's BCP 47 language ("fr", "en" …) for its stop words; null or "und" reads the
     *                 text with the French and English lists together
     */
    public List<PassageClassification> classify(List<TextSpan> spans, String language) {
        Set<String> stopWords = StopWords.of(language == null || language.equals("und") ? null : language);
        int n = spans.size();
        List<BlockFeatures> features = new ArrayList<>(n);
        for (TextSpan span : spans) {
            features.add(BlockFeatures.of(span.text(), stopWords, rules));
        }
        PassageClassification[] decided = new PassageClassification[n];
        for (int i = 0; i < n; i++) {
            decided[i] = onItsOwn(spans.get(i).context(), features.get(i));
        }
        markRepeats(features, decided);
        markReporterInitials(features, decided);
        markPullQuotes(features, decided);
        markRepeatedLabels(features, decided);
        markBannerText(decided);
        markVideoTitles(features, decided);
        markBoxParts(features, decided);
        new Page(spans, features, decided).read();
        List<PassageClassification> result = new ArrayList<>(n);
        for (PassageClassification classification : decided) {
            result.add(classification == null ? PassageClassification.ARTICLE : classification);
        }
        return result;
    }

    /** Evidence from the block alone: its document context, then its line rule and shape. Null if undecided. */
    private static PassageClassification onItsOwn(BlockContext context, BlockFeatures block) {
        boolean headline = "h1".equals(context.element());
        boolean articleHeader = "header".equals(context.chrome()) && (headline || block.keep());
        if (context.inChrome() && !articleHeader) {
            return PassageClassification.boilerplate("chrome:" + context.chrome());
        }
        if ("figcaption".equals(context.element())) {
            return PassageClassification.boilerplate(
                    block.ruleIs(Effect.CREDIT) || isRule(block, "caption-credit") ? "caption-credit" : "caption");
        }
        // A byline is often one link to the author's page: a kept shape (byline, dateline) is not a link row.
        if (!headline && !block.keep() && context.linkCount() > 0 && context.linkDensity() > LINK_DENSITY_JUNK) {
            return PassageClassification.boilerplate("link-density");
        }
        if (block.rule().isPresent() && block.rule().get().effect().isJunk()) {
            return PassageClassification.boilerplate(block.rule().get().name());
        }
        if (TICKER_RUNS.matcher(block.text()).find() && !block.keep()) {
            return PassageClassification.boilerplate("ticker"); // never the article's first paragraph
        }
        if (block.creditShaped() && !block.keep()) { // "Name/Staff Reporter" is a byline shaped like "Name/Outlet"
            return PassageClassification.boilerplate("photo-credit");
        }
        if (block.closingCredit() && !block.keep()) {
            return PassageClassification.boilerplate("caption-credit");
        }
        if (block.datedCaption() && !block.keep() && !headline) {
            return PassageClassification.boilerplate("caption");
        }
        if (block.authorBio()) {
            return PassageClassification.boilerplate("author-bio");
        }
        if (block.keep() || block.headlineLike()) {
            return null; // a line that could be the headline is judged by its shape only once the headline is known
        }
        PassageClassification shape = byShape(block);
        if (shape != null) {
            return shape;
        }
        if (block.lowStopDensity()) {
            return PassageClassification.boilerplate("stopword-density");
        }
        return null;
    }

    /** A menu written on one line, or a row of links: judged by the shape of the line alone. */
    private static PassageClassification byShape(BlockFeatures block) {
        if (block.menuLike() || block.spacedItems()
                || ITEMS_BETWEEN_BARS.matcher(block.text()).find() && !block.endsSentence() && !block.keep()) {
            return PassageClassification.boilerplate("menu"); // "Imprimer | Envoyer à un ami | Réagir": a row of links
        }
        if (block.linkListLike()) {
            return PassageClassification.boilerplate("link-list");
        }
        return null;
    }

    private static boolean isRule(BlockFeatures block, String name) {
        return block.rule().isPresent() && block.rule().get().name().equals(name);
    }

    /**
     * A passage that repeats an earlier one, word for word or nearly (same first words and at least 80% of the
     * same words), is junk; when the earlier one is a cut-short copy ending in an ellipsis, the earlier one is; and
     * of a headline and the same headline followed by a dash and the site's name, the latter is the page title.
     * Compared through an index on the first words, so long documents stay linear.
     */
    private static void markRepeats(List<BlockFeatures> features, PassageClassification[] decided) {
        Map<String, Integer> exact = new HashMap<>();
        Map<String, List<Integer>> byOpening = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            BlockFeatures block = features.get(i);
            if (block.words() < REPEAT_MIN_WORDS) {
                continue;
            }
            String normal = NOT_LETTERS.matcher(block.folded()).replaceAll(" ").strip();
            Integer same = exact.putIfAbsent(normal, i);
            if (same != null) {
                if (decided[same] == null && headlineShaped(block) && headlineShaped(features.get(same))
                        && headsArticle(features, i) && !headsArticle(features, same)) {
                    // A ticker or a "trending" list at the top names the article: the copy over the byline heads it.
                    decided[same] = PassageClassification.boilerplate("teaser");
                    exact.put(normal, i);
                } else {
                    markRepeat(decided, i, same);
                }
                continue;
            }
            String[] words = normal.split(" ");
            if (words.length < 6) {
                continue;
            }
            String opening = String.join(" ", List.of(words).subList(0, 4));
            List<Integer> earlier = byOpening.computeIfAbsent(opening, k -> new ArrayList<>());
            for (int j : earlier) {
                String other = NOT_LETTERS.matcher(features.get(j).folded()).replaceAll(" ").strip();
                // A later passage that opens with an earlier short one and goes on twice as long (a summary's bullet,
                // then the paragraph it sums up) says more than it: no repeat.
                boolean saysMore = normal.startsWith(other) && normal.length() >= 2 * other.length()
                        && !features.get(j).text().endsWith("…") && !features.get(j).text().endsWith("...");
                if (!saysMore && (other.startsWith(normal) || normal.startsWith(other)
                        || jaccard(words, other.split(" ")) >= NEAR_REPEAT_JACCARD)) {
                    int longer = other.length() > normal.length() ? j : i;
                    if (other.length() != normal.length() && SITE_SUFFIX.matcher(features.get(longer).text()).find()
                            && decided[longer] == null) {
                        decided[longer] = PassageClassification.boilerplate("page-title");
                        break;
                    }
                    String text = features.get(j).text();
                    boolean earlierCut = other.length() < normal.length()
                            && (text.endsWith("…") || text.endsWith("...") || text.endsWith(".."));
                    if (earlierCut) {
                        markRepeat(decided, j, i);
                    } else {
                        markRepeat(decided, i, j);
                    }
                    break;
                }
            }
            if (earlier.size() < 20) {
                earlier.add(i);
            }
        }
    }

    /**
     * A short label the page prints {@value #LABEL_REPEATS} times or more (two to four words, numbers aside, no
     * sentence or label punctuation: "Article content" between paragraphs, "Advertisement 1", "Advertisement 2") is
     * the template's, not the article's: every occurrence is junk ({@code repeated-label}). An article repeats
     * sentences, not bare labels; a label followed by a colon (an interview's speaker) is left alone.
     */
    private static void markRepeatedLabels(List<BlockFeatures> features, PassageClassification[] decided) {
        Map<String, List<Integer>> byLabel = new HashMap<>();
        for (int i = 0; i < features.size(); i++) {
            BlockFeatures block = features.get(i);
            String text = block.text().strip();
            if (block.words() < 2 || block.words() > 4 || block.keep() || text.isEmpty()
                    || ".:!?;…".indexOf(text.charAt(text.length() - 1)) >= 0) {
                continue;
            }
            String label = NOT_LETTERS.matcher(block.folded().replaceAll("\\d+", " ")).replaceAll(" ").strip();
            if (label.length() >= 4) {
                byLabel.computeIfAbsent(label, k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> found : byLabel.values()) {
            if (found.size() >= LABEL_REPEATS) {
                for (int i : found) {
                    if (decided[i] == null) {
                        decided[i] = PassageClassification.boilerplate("repeated-label");
                    }
                }
            }
        }
    }

    /**
     * A pull quote: words of the article printed again, large, between its paragraphs, under a label ("Pull quote:",
     * "Exergue :"), five to forty words found inside a longer passage near it (before or after:
     * magazines set it ahead of the paragraph it quotes). It repeats that passage ({@code repeat-of-pN}).
     */
    private static void markPullQuotes(List<BlockFeatures> features, PassageClassification[] decided) {
        for (int i = 0; i < features.size(); i++) {
            BlockFeatures block = features.get(i);
            if (decided[i] != null || block.words() < 5 || block.words() > 40) {
                continue;
            }
            var label = PULL_QUOTE.matcher(block.folded());
            if (!label.lookingAt()) {
                continue;
            }
            String quoted = NOT_LETTERS.matcher(block.folded().substring(label.end())).replaceAll(" ").strip();
            if (quoted.split(" ").length < 5) {
                continue;
            }
            for (int j = Math.max(0, i - PULL_QUOTE_REACH); j < Math.min(features.size(), i + PULL_QUOTE_REACH); j++) {
                String other = NOT_LETTERS.matcher(features.get(j).folded()).replaceAll(" ").strip();
                if (j != i && other.length() > quoted.length() && (" " + other + " ").contains(" " + quoted + " ")) {
                    markRepeat(decided, i, j);
                    break;
                }
            }
        }
    }

    /**
     * A credit whose name is the initials of the article's own reporter: "A.M.S. / RSK FM" under the last paragraph,
     * "… invited. (MTDL/BIT)" closing it, for "Posté par Abakar Mahamat Saleh", "By Ma. Teresa D. Lumapas". The
     * reporter signs the article there; no photo is credited, and the line over it is no caption.
     */
    private static void markReporterInitials(List<BlockFeatures> features, PassageClassification[] decided) {
        Set<String> reporters = null;
        for (int i = 0; i < features.size(); i++) {
            if (decided[i] == null || !CREDIT_REASONS.contains(decided[i].reason())) {
                continue;
            }
            var signed = SIGNED_INITIALS.matcher(features.get(i).text());
            if (!signed.find()) {
                continue;
            }
            if (reporters == null) {
                reporters = new HashSet<>();
                for (BlockFeatures block : features) {
                    if (block.chars() <= 160) {
                        String byline = TextMetadata.bylineName(block.text()).or(() -> TextMetadata.datedName(block.text()))
                                .orElse("");
                        for (String name : byline.split(Authors.SEPARATOR)) {
                            reporters.add(initials(name));
                        }
                    }
                }
            }
            String initials = signed.group("initials") != null ? signed.group("initials")
                    : signed.group("after").toUpperCase(Locale.ROOT);
            if (reporters.contains(NOT_LETTERS.matcher(initials).replaceAll(""))) {
                decided[i] = PassageClassification.body("signature");
            }
        }
    }

    /** Whether the letters of {@code part} appear in {@code whole} in the same order. */
    private static boolean subsequence(String part, String whole) {
        int at = 0;
        for (int k = 0; k < whole.length() && at < part.length(); k++) {
            at += whole.charAt(k) == part.charAt(at) ? 1 : 0;
        }
        return at == part.length();
    }

    /** The first letters of a name's capitalised words: "Ma. Teresa D. Lumapas" gives "MTDL". */
    private static String initials(String name) {
        StringBuilder letters = new StringBuilder();
        for (String word : name.strip().split("[\\s-]+")) {
            if (!word.isEmpty() && Character.isUpperCase(word.codePointAt(0))) {
                letters.appendCodePoint(word.codePointAt(0));
            }
        }
        return letters.length() >= 2 ? letters.toString() : "";
    }

    /** A line shaped like a headline, not like a date, a byline or a name. */
    private static boolean headlineShaped(BlockFeatures block) {
        return block.headlineLike() && !block.keep() && !block.nameLike() && block.words() >= REPEAT_MIN_WORDS + 2;
    }

    /** Whether a byline or dateline stands right under this line (or under the line under it), as under a headline. */
    private static boolean headsArticle(List<BlockFeatures> features, int i) {
        for (int j = i + 1; j <= i + 2 && j < features.size(); j++) {
            if (features.get(j).keep() && !features.get(j).nameLike() || isRule(features.get(j), "byline")) {
                return true;
            }
        }
        return false;
    }

    /** Marks a repeat, unless what it repeats is junk already: a teaser at the top names the article below it. */
    private static void markRepeat(PassageClassification[] decided, int repeat, int of) {
        if (decided[repeat] == null && (decided[of] == null || !decided[of].isBoilerplate())) {
            decided[repeat] = PassageClassification.boilerplate("repeat-of-p" + (of + 1));
        }
    }

    private static double jaccard(String[] a, String[] b) {
        Set<String> left = Set.of(distinct(a));
        Set<String> right = Set.of(distinct(b));
        long common = left.stream().filter(right::contains).count();
        return (double) common / (left.size() + right.size() - common);
    }

    private static String[] distinct(String[] words) {
        return Arrays.stream(words).distinct().toArray(String[]::new);
    }

    /**
     * A block set between two blocks of a consent banner (its heading, its text, its buttons) is the banner's, however
     * it reads: the paragraph of a cookie banner is prose ("You may click to consent to our processing…"), and left
     * to itself it would read as the article's first paragraph.
     */
    private static void markBannerText(PassageClassification[] decided) {
        for (int i = 1; i + 1 < decided.length; i++) {
            if (decided[i] == null && banner(decided[i - 1]) && banner(decided[i + 1])) {
                decided[i] = PassageClassification.boilerplate("cookie");
            }
        }
    }

    /**
     * One line between two parts of one box is the box's: between a sign-up box's label and its button or e-mail
     * field ("Subscribe to X from £1 per month", then "Get the magazine delivered to your door, plus unlimited access
     * …", then "Subscribe"), its pitch; between "Article précédent" and "Article suivant", the previous article's
     * headline. However much it reads like prose: a paragraph of the article is not set inside a box. At most
     * {@value #PITCH_MAX_WORDS} words.
     */
    private static void markBoxParts(List<BlockFeatures> features, PassageClassification[] decided) {
        for (int i = 1; i + 1 < features.size(); i++) {
            if (decided[i] == null && !features.get(i).keep() && features.get(i).words() <= PITCH_MAX_WORDS
                    && boxPart(decided[i - 1]) && boxPart(decided[i + 1])) {
                decided[i] = PassageClassification.boilerplate(decided[i - 1].reason());
            }
        }
    }

    private static boolean boxPart(PassageClassification decided) {
        return decided != null && decided.isBoilerplate() && BOX_PART_REASONS.contains(decided.reason());
    }

    /**
     * A video player's block: the line between the player's label ("Now Playing", "Up next") and the video's running
     * time ("01:58") is the video's title, not the article's headline or standfirst, however much it reads like one;
     * so are a line labelled "Vidéo :" over a running time, a headline-shaped line right under "Up next" or "Now
     * playing" (which always name the video they announce), the line under "Play Video. Duration: …", and the line
     * between a bare media label ("Vidéo") and a running time.
     */
    private static void markVideoTitles(List<BlockFeatures> features, PassageClassification[] decided) {
        for (int i = 1; i < decided.length; i++) {
            boolean timed = i + 1 < decided.length && RUNNING_TIME.matcher(features.get(i + 1).text().strip()).matches();
            // "Vidéo : Le but de l'égalisation …" over its running time: a video in the page, titled by its label.
            // A bare media label ("Vidéo", "Audio") over a line and a running time is a player too: a running time
            // is no picture's.
            boolean player = decided[i - 1] != null && ("video".equals(decided[i - 1].reason())
                    || timed && "media-placeholder".equals(decided[i - 1].reason()))
                    || timed && VIDEO_TITLE.matcher(features.get(i).folded()).lookingAt();
            boolean announced = (NEXT_VIDEO.matcher(features.get(i - 1).folded()).matches()
                    && features.get(i).headlineLike() || DURATION.matcher(features.get(i - 1).folded()).find())
                    && !features.get(i).keep() && features.get(i).chars() <= CAPTION_MAX_CHARS;
            if (decided[i] == null && player && (timed || announced)) {
                decided[i] = PassageClassification.boilerplate("video");
            }
        }
    }

    private static boolean banner(PassageClassification decided) {
        return decided != null && decided.isBoilerplate()
                && ("cookie".equals(decided.reason()) || "consent".equals(decided.reason()));
    }

    /** The page-level reading: where the article starts and ends, and the smoothing of short blocks. */
    private static final class Page {
        private final List<TextSpan> spans;
        private final List<BlockFeatures> features;
        private final PassageClassification[] decided;
        private final int n;
        /** The article's first prose block, once known (captions are told after it is). */
        private int articleFirst = -1;
        /** Whether each of the page's first lines is the site's masthead, once asked ({@link #masthead}). */
        private final Boolean[] mastheads = new Boolean[MASTHEAD_LINES];

        Page(List<TextSpan> spans, List<BlockFeatures> features, PassageClassification[] decided) {
            this.spans = spans;
            this.features = features;
            this.decided = decided;
            this.n = spans.size();
        }

        private boolean open(int i) {
            return decided[i] == null;
        }

        private boolean prose(int i) {
            return open(i) && !features.get(i).keep() && (features.get(i).good() || features.get(i).nearGood());
        }

        void read() {
            markPolls();
            int end = articleEnd();
            for (int i = end; i < n; i++) {
                if (open(i)) {
                    decided[i] = PassageClassification.boilerplate("after-article");
                }
            }
            int first = -1;
            for (int i = 0; i < end && first < 0; i++) {
                if (open(i) && features.get(i).good() && !features.get(i).keep()) {
                    first = i;
                }
            }
            for (int i = 0; i < end && first < 0; i++) {
                if (prose(i)) {
                    first = i;
                }
            }
            if (first < 0) {
                for (int i = 0; i < end; i++) {
                    if (open(i) && !features.get(i).keep()) {
                        decided[i] = byShape(features.get(i));
                    }
                }
                smooth(0, end);
                return;
            }
            int last = first;
            for (int i = end - 1; i > first; i--) {
                if (prose(i)) {
                    last = i;
                    break;
                }
            }
            first = laterHeader(first, end);
            articleFirst = first;
            markCaptions(0, end);
            markDesksInMenus(first);
            header(first);
            for (int i = first; i < end; i++) {
                if (open(i) && !features.get(i).keep() && !subheadBetweenParagraphs(i)) {
                    decided[i] = byShape(features.get(i));
                }
            }
            markLabelRuns(first, last + 1);
            smooth(first, last + 1);
            enumerations(first, last);
            closing(last + 1, end);
            authorsAddress();
        }

        /**
         * A list of names written as one sentence between two parts of the article ("SQUAD" then "Roston Chase
         * (captain), Jomel Warrican, …, Tevin Imlach." then a paragraph): few function words, as a row of links has,
         * but a row of links neither ends with a full stop nor sits inside the article's text.
         */
        private void enumerations(int first, int last) {
            for (int i = Math.max(1, first); i < last; i++) {
                if (decided[i] != null && "stopword-density".equals(decided[i].reason())
                        && features.get(i).text().endsWith(".") && COMMA.matcher(features.get(i).text()).results()
                        .count() >= ENUMERATION_MIN_COMMAS
                        && decided[i - 1] != null && !decided[i - 1].isBoilerplate()
                        && decided[i + 1] != null && !decided[i + 1].isBoilerplate()) {
                    decided[i] = PassageClassification.body("in-article");
                }
            }
        }

        /**
         * The reporter's e-mail address printed alone at the foot ("mdelorme@courier.ca" under an article by
         * Marcus Delorme) is the article's signature, not a press contact: its local part holds the byline's
         * surname (four letters or more).
         */
        private void authorsAddress() {
            List<String> surnames = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (decided[i] != null && !decided[i].isBoilerplate() && "byline".equals(decided[i].reason())) {
                    String[] words = NOT_LETTERS.matcher(features.get(i).folded()).replaceAll(" ").strip().split(" ");
                    String last = words[words.length - 1];
                    if (last.length() >= 4) {
                        surnames.add(last);
                    }
                }
            }
            for (int i = 0; i < n && !surnames.isEmpty(); i++) {
                String text = features.get(i).folded().strip();
                int at = text.indexOf('@');
                if (decided[i] != null && "contact".equals(decided[i].reason()) && at > 0
                        && EMAIL_ADDRESS.matcher(text).matches()) {
                    String local = text.substring(0, at);
                    if (surnames.stream().anyMatch(local::contains)) {
                        decided[i] = PassageClassification.body("signature");
                    }
                }
            }
        }

        /**
         * The index where the teaser lists begin (n if none): the first closing label, teaser timestamp or run of
         * "read also" pairs that comes after most of the article's prose.
         */
        private int articleEnd() {
            long total = 0;
            for (int i = 0; i < n; i++) {
                if (prose(i)) {
                    total += features.get(i).chars();
                }
            }
            long before = 0;
            int proseBefore = 0;
            boolean live = liveBlog();
            for (int i = 0; i < n; i++) {
                BlockFeatures block = features.get(i);
                boolean late = total > 0 && (before >= total * ARTICLE_SHARE_BEFORE_END
                        || before >= LATE_MIN_CHARS && proseBefore >= 2);
                int start = -1;
                // A comment section never lets the article resume, so it ends the article only after most of its
                // prose: a "Join the conversation" link under the byline is a link, not the end.
                boolean comments = block.rule().isPresent() && block.rule().get().name().equals("comments");
                if (late && block.ruleIs(Effect.END) && (!comments || before >= total * ARTICLE_SHARE_BEFORE_END)) {
                    start = i;
                } else if (late && (block.ruleIs(Effect.TIMESTAMP) && teaserAround(i, 1) && !videoRunningTime(i) && !live
                        || isDateline(i) && teaserAround(i, 2))) {
                    start = i > 0 && teaserHeadline(i - 1) ? i - 1 : i;
                } else if (block.ruleIs(Effect.READ_ALSO) && before > 0 && (late && readAlsoRun(i) || closesPage(i))) {
                    start = i;
                }
                if (start >= 0) {
                    // Readers' comments, a disclosure statement (the authors' funding, then the site's boxes) and an
                    // outlet's letter to its readers ("A Message from X:", its paragraphs, then its buttons) never let
                    // the article resume.
                    String closing = block.rule().get().name();
                    int resume = closing.equals("comments") || closing.equals("disclosure")
                            || closing.equals("donate") ? n
                            : resumption(i + 1, resumeChars(i));
                    resume = resume < n ? reopening(i, resume) : resume;
                    for (int j = start; j < resume; j++) {
                        if (decided[j] == null) {
                            decided[j] = PassageClassification.boilerplate("after-article");
                        }
                    }
                    if (resume >= n) {
                        return n;
                    }
                    i = resume - 1;
                    continue;
                }
                if (prose(i)) {
                    before += block.chars();
                    proseBefore++;
                }
            }
            return n;
        }

        /**
         * Where the article goes on after a box of teasers set inside it: the first of two long prose blocks in a
         * row (teaser lists alternate headlines and summaries; an article runs paragraph after paragraph). n if the
         * article does not go on.
         */
        private int resumption(int from, int minChars) {
            for (int j = from; j + 1 < n; j++) {
                if (longProse(j, minChars) && (longProse(j + 1, minChars) || announcesList(j + 1))
                        || j + 2 < n && sentence(j) && sentence(j + 1) && sentence(j + 2)
                        || sentence(j) && sentence(j + 1) && bareHeadlines(from, j)) {
                    // A subhead often reopens the article after the box: a short one, without a teaser's colon, and
                    // not the box's first line (that is its first teaser).
                    BlockFeatures before = features.get(j - 1);
                    return j - 1 > from && open(j - 1) && !before.keep() && before.headlineLike() && !before.hasColon()
                            && before.words() <= HEADING_MAX_WORDS ? j - 1 : j;
                }
            }
            return n;
        }

        /**
         * Where the article really reopens after a box set inside it, looking back from where it goes on again (see
         * {@link #resumption}) to the box: its sentences, the lines of a list and the sentence announcing them, and
         * a subhead on top, passing over an ad set between them. A box of one teaser (a "read also" line) gives
         * back every sentence under its headline; a box of several teasers only two sentences or more in a row, or
         * lines of a list, since its last teaser's summary is a sentence too.
         */
        private int reopening(int box, int resume) {
            int start = resume;
            int sentences = 0;
            int listLines = 0;
            for (int j = resume - 1; j > box; j--) {
                BlockFeatures block = features.get(j);
                if (!open(j)) {
                    // An ad between two paragraphs, or a player set in the article (its heading, its video's title,
                    // its running time): the article goes on above it.
                    int top = j;
                    while (top - 1 > box && !open(top - 1) && decided[top - 1].isBoilerplate()) {
                        top--;
                    }
                    if (decided[j].isBoilerplate() && top - 1 > box && open(top - 1)) {
                        j = top;
                        continue;
                    }
                    break;
                }
                if (block.keep()) {
                    break;
                }
                if (j == resume - 1 && j - 1 > box && sentence(j - 1) && block.headlineLike() && !block.hasColon()
                        && block.words() <= SUBHEAD_MAX_WORDS) {
                    start = j; // a subhead right over where the article goes on, with a sentence of it above
                    continue;
                }
                if (listLine(j)) {
                    listLines++;
                } else if (block.text().endsWith(":") && block.words() >= 4 && block.stopDensity() > 0) {
                    // The sentence announcing a list belongs with it; right over where the article goes on, it
                    // announces the article's own lines ("… in three phases:" over "Phase one, …"), which no teaser
                    // does; elsewhere, with no list under it, it is no evidence.
                    listLines += listLines > 0 ? 1 : 0;
                    sentences += listLines == 0 && j == resume - 1 && block.words() >= SENTENCE_MIN_WORDS
                            && (block.good() || block.nearGood()) ? 1 : 0;
                } else if (sentence(j)) {
                    sentences++;
                } else {
                    boolean subhead = block.headlineLike() && !block.hasColon() && block.words() <= HEADING_MAX_WORDS
                            && start < resume && j - 1 > box;
                    if (subhead && (longProse(j - 1, RESUME_MIN_CHARS) || listLine(j - 1))) {
                        start = j; // a section of the article over this one: a teaser's summary is never that long,
                        continue;  // nor an item of a list
                    }
                    if (subhead) {
                        start = j; // the subhead the article reopens with
                    }
                    break;
                }
                start = j;
            }
            // The box's own teasers are the headlines above where the article reopens.
            int headlines = 0;
            for (int j = box + 1; j < start && headlines < 2; j++) {
                if (open(j) && features.get(j).headlineLike() && !features.get(j).endsSentence()) {
                    headlines++;
                }
            }
            // A box of bare headlines (no summary under them) has no sentence of its own: one sentence is the article.
            boolean enough = listLines > 0
                    || (headlines <= 1 || bareHeadlines(box + 1, start) ? sentences >= 1 : sentences >= 2);
            return enough ? start : resume;
        }

        /**
         * Whether the open lines from {@code from} to {@code to} (exclusive) are a box of bare teaser headlines, with no
         * summary under them (junk already decided between them passes): two sentences after such a box are the
         * article going on.
         */
        private boolean bareHeadlines(int from, int to) {
            int headlines = 0;
            for (int j = from; j < to; j++) {
                if (open(j)) {
                    if (!features.get(j).headlineLike() || features.get(j).endsSentence()) {
                        return false;
                    }
                    headlines++;
                }
            }
            return headlines > 0;
        }

        /**
         * A sentence announcing a list ("Les éleveurs restent tenus de respecter plusieurs règles :") with two lines of
         * the list under it: the article's way of writing, never a teaser box's.
         */
        private boolean announcesList(int i) {
            BlockFeatures block = features.get(i);
            return i + 2 < n && open(i) && !block.keep() && block.text().endsWith(":") && block.words() >= 4
                    && block.stopDensity() > 0 && listLine(i + 1) && listLine(i + 2);
        }

        /** A sentence of the article's kind: open, not a byline, ends like a sentence, has function words. */
        private boolean sentence(int i) {
            BlockFeatures block = features.get(i);
            // Not one closing on a bracket: teasers end with their date in brackets, "(20 Oct 2025)".
            return open(i) && !block.keep() && block.endsSentence() && !block.text().endsWith(")")
                    && block.words() >= SENTENCE_MIN_WORDS && (block.good() || block.nearGood());
        }

        /** A line of a list that reads as part of a sentence: an item ending with ";", "," or ".", or lower case. */
        private boolean listLine(int i) {
            String text = features.get(i).text();
            boolean punctuated = text.endsWith(";") || text.endsWith(",") || text.endsWith(".");
            return open(i) && features.get(i).words() >= 3 && punctuated
                    && (spans.get(i).form() == PassageForm.ITEM || Character.isLowerCase(text.codePointAt(0))
                    || LABELLED_ITEM.matcher(text).lookingAt());
        }

        private boolean longProse(int i, int minChars) {
            return open(i) && !features.get(i).keep() && features.get(i).good() && features.get(i).chars() >= minChars;
        }

        /**
         * How long each of the two paragraphs that reopen the article must be: {@value #RESUME_MIN_CHARS} characters,
         * or less on a site that writes short paragraphs (half the median of the article's prose read so far, at
         * least {@value #RESUME_MIN_CHARS_SHORT}); teaser boxes alternate headlines and summaries, so two sentences
         * in a row are the article whatever their length.
         */
        private int resumeChars(int before) {
            List<Integer> lengths = new ArrayList<>();
            for (int i = 0; i < before; i++) {
                if (prose(i)) {
                    lengths.add(features.get(i).chars());
                }
            }
            if (lengths.isEmpty()) {
                return RESUME_MIN_CHARS;
            }
            Collections.sort(lengths);
            int half = lengths.get(lengths.size() / 2) / 2;
            return Math.max(RESUME_MIN_CHARS_SHORT, Math.min(RESUME_MIN_CHARS, half));
        }

        private boolean isDateline(int i) {
            return features.get(i).ruleIs(Effect.KEEP) && features.get(i).rule().get().name().equals("dateline");
        }

        /**
         * A time next to a headline, or among other times or dates: a teaser list, not the article's dateline. A
         * date (rather than a bare time) needs a headline next to it and at least {@code others} more dates or times
         * within four blocks.
         */
        private boolean teaserAround(int i, int others) {
            int found = 0;
            for (int j = Math.max(0, i - 4); j <= Math.min(n - 1, i + 4); j++) {
                if (j != i && (features.get(j).ruleIs(Effect.TIMESTAMP) || isDateline(j))) {
                    found++;
                }
            }
            boolean headline = (i > 0 && teaserHeadline(i - 1)) || (i + 1 < n && teaserHeadline(i + 1));
            // A live blog's entry times stand between paragraphs of prose: teaser times stand next to headlines.
            boolean betweenProse = i > 0 && prose(i - 1) && !features.get(i - 1).headlineLike()
                    && i + 1 < n && prose(i + 1) && !features.get(i + 1).headlineLike();
            return others == 1 ? (found >= 1 && !betweenProse) || headline : found >= others && headline;
        }

        /**
         * A subhead in capitals between two paragraphs of the article ("DUCK'S NEW HOME", as tabloids print them):
         * shaped like a one-line menu (capitalised words, no function word), but a menu never stands alone between
         * two sentences of running prose. So does a subhead capitalising every word ("The View From Nairobi"), its
         * section's icon label ("Title icon", at most {@value #ICON_LABEL_CHARS} characters) sometimes over it.
         */
        private boolean subheadBetweenParagraphs(int i) {
            BlockFeatures block = features.get(i);
            // A section's icon or an ad's label may stand between the paragraph and the subhead ("Title icon").
            int above = i > 1 && !open(i - 1) && decided[i - 1].isBoilerplate()
                    && features.get(i - 1).chars() <= ICON_LABEL_CHARS ? i - 2 : i - 1;
            return above >= 0 && i + 1 < n && block.words() <= HEADING_MAX_WORDS && !block.spacedItems()
                    && !block.endsSentence() && prose(above) && prose(i + 1)
                    && features.get(above).endsSentence() && features.get(i + 1).endsSentence();
        }

        /**
         * A live blog: a "Direct" / "Live" label right over the headline (a line of its own, or a kicker "Direct : …",
         * within a few blocks of the first paragraph: a menu's "Live TV" is far above). Its entries are a time, a
         * headline and a paragraph each, shaped like a teaser list, and they are the article.
         */
        private boolean liveBlog() {
            int first = 0;
            while (first < n && !(prose(first) && features.get(first).good())) {
                first++;
            }
            for (int i = Math.max(0, first - LIVE_LABEL_REACH); i < first; i++) {
                if (LIVE_LABEL.matcher(features.get(i).folded()).matches()) {
                    return true;
                }
            }
            return false;
        }

        /** A video's running time under the player's label or title ("Watch: …" then "1:32"): no teaser's time. */
        private boolean videoRunningTime(int i) {
            return i > 0 && decided[i - 1] != null && "video".equals(decided[i - 1].reason())
                    && RUNNING_TIME.matcher(features.get(i).text().strip()).matches();
        }

        private boolean teaserHeadline(int i) {
            BlockFeatures block = features.get(i);
            return open(i) && block.headlineLike() && !block.keep();
        }

        /**
         * Two or more "read also" lines from i, each with at most one teaser after it, follow one another: a teaser
         * list, if it comes late in the article or if nothing but junk follows it. A single one is a link inside the
         * article, and the paragraph after it is the article going on.
         */
        private boolean closesPage(int i) {
            int pairs = 0;
            int k = i;
            while (k < n) {
                if (features.get(k).ruleIs(Effect.READ_ALSO)) {
                    if (k + 1 < n && open(k + 1)) {
                        pairs++;
                        k += 2;
                    } else {
                        k++;
                    }
                } else if (!open(k)) {
                    k++;
                } else {
                    break;
                }
            }
            return pairs >= 2 && k >= n;
        }

        /** Two or more "read also" lines, each followed by its teaser, with only junk between them. */
        private boolean readAlsoRun(int i) {
            int withTeaser = 0;
            int k = i;
            while (k < n && features.get(k).ruleIs(Effect.READ_ALSO)) {
                if (k + 1 < n && open(k + 1)) {
                    withTeaser++;
                    k += 2;
                } else {
                    k++;
                }
                while (k < n && !open(k) && !features.get(k).ruleIs(Effect.READ_ALSO)) {
                    k++;
                }
            }
            return withTeaser >= 2;
        }

        /**
         * A short block next to a photo credit describes the picture: the one before the credit, unless that one is
         * a byline, a dateline or prose, then the one after it.
         */
        private void markCaptions(int from, int to) {
            for (int i = from; i < to; i++) {
                if (!features.get(i).ruleIs(Effect.CREDIT) && !features.get(i).creditShaped()
                        || decided[i] != null && !decided[i].isBoilerplate() // a reporter's initials sign the article
                        || isRule(features.get(i), "caption-credit")) { // the caption is on the credit's own line
                    continue;
                }
                if (isCaption(i - 1) || i + 1 < n && isCaption(i + 1)) {
                    continue; // its caption is told already (a figcaption)
                }
                if (i > 0 && (videoRunningTime(i - 1) || decided[i - 1] != null && decided[i - 1].isBoilerplate()
                        && PLAYER_REASONS.contains(decided[i - 1].reason()))) {
                    continue; // the credit of a player over it ("02:14" then "©SPM Première"), titled already
                }
                int caption = -1;
                // A credit between a headline (no full stop) and a sentence: the sentence under it is the caption.
                boolean sentenceUnder = i + 1 < to && captionLike(i + 1) && features.get(i + 1).endsSentence()
                        && i - 1 >= from && !features.get(i - 1).endsSentence() && !bylineAbove(i - 1);
                for (int j : sentenceUnder ? new int[] {i + 1} : new int[] {i - 1, i + 1}) {
                    // A credit standing for the whole caption ("Photo by X on Unsplash") may be followed by the next
                    // section's subhead: a line of a few words, no full stop, over a paragraph, is that subhead.
                    boolean subhead = j == i + 1 && j + 1 < to && features.get(j).words() <= SHORT_TITLE_WORDS
                            && !features.get(j).endsSentence() && prose(j + 1);
                    if (j >= from && j < to && captionLike(j) && !subhead) {
                        caption = j;
                        break;
                    }
                }
                if (caption < 0 && i - 1 >= from && proseCaption(i - 1, i + 1 < to ? i + 1 : -1)) {
                    caption = i - 1;
                }
                if (caption < 0 && i + 2 < to && captionOverByline(i + 1)) {
                    caption = i + 1;
                }
                if (caption >= 0) {
                    decided[caption] = PassageClassification.boilerplate("caption");
                }
            }
            for (int i = from; i < to; i++) {
                if (isCaption(i)) {
                    markAltText(i, from);
                }
            }
        }

        /**
         * Whether a byline stands within {@value #BYLINE_ABOVE_REACH} blocks over block i: a headline heads its byline
         * (a dateline may come first, a byline does not), so a line without a full stop under one is a caption of
         * its own kind ("Sentenced: Supreme Court in Hamilton" over "(File photograph)"), not a headline.
         */
        private boolean bylineAbove(int i) {
            for (int j = Math.max(0, i - BYLINE_ABOVE_REACH); j < i; j++) {
                if (isRule(features.get(j), "byline")) {
                    return true;
                }
            }
            return false;
        }

        private boolean isCaption(int i) {
            return i >= 0 && decided[i] != null && decided[i].isBoilerplate()
                    && (decided[i].reason().equals("caption") || decided[i].reason().equals("caption-credit"));
        }

        /**
         * A poll set in the page: its question to the reader (ending with a question mark), the short answers
         * offered under it, then its vote or results button (a {@code poll} rule): the question and the answers are
         * the poll's, whatever they read like ("Avez-vous un médecin traitant ?", "Oui", "Non, je n'en trouve pas").
         */
        private void markPolls() {
            for (int i = 0; i < n; i++) {
                if (!isRule(features.get(i), "poll") || features.get(i).chars() > POLL_ANSWER_MAX_CHARS) {
                    continue;
                }
                for (int j = i - 1; j >= Math.max(0, i - POLL_MAX_ANSWERS - 1); j--) {
                    BlockFeatures block = features.get(j);
                    if (block.keep() || !open(j) && !isRule(block, "poll")) {
                        break;
                    }
                    if (block.text().endsWith("?") && block.chars() <= POLL_QUESTION_MAX_CHARS && j < i - 1) {
                        for (int k = j; k < i; k++) {
                            if (open(k)) {
                                decided[k] = PassageClassification.boilerplate("poll");
                            }
                        }
                        break;
                    }
                    if (block.chars() > POLL_ANSWER_MAX_CHARS) {
                        break;
                    }
                }
            }
        }

        /**
         * A caption written as a sentence, over its credit ("Des jeunes s'entraînent sur le terrain de Thiaroye,
         * l'un des derniers encore libres." then "Photo : Dakar Soir / P. Ba"): shorter than the paragraph the
         * article resumes with after the credit, without quotation marks (the article's paragraphs quote people; a
         * picture's description does not), and set where a picture interrupts the article: the article resumes
         * after the credit, or the block over the caption is no prose (a byline, a share bar). A paragraph that
         * merely ends the article over a credit keeps its place.
         */
        private boolean proseCaption(int j, int after) {
            BlockFeatures block = features.get(j);
            if (!open(j) || block.keep() || block.nameLike() || block.chars() > CAPTION_MAX_CHARS || headsArticle(j)
                    || QUOTATION.matcher(block.text()).find()) {
                return false;
            }
            boolean resumes = after >= 0 && prose(after) && features.get(after).chars() > block.chars();
            boolean underHeader = j == 0 || !open(j - 1) && decided[j - 1].isBoilerplate() || features.get(j - 1).keep();
            return resumes || underHeader;
        }

        /**
         * A caption written as a sentence under its credit, with the article's byline right under it ("Photo: X"
         * then "Sur l'avenue, lundi, des trottoirs encore enneigés." then "Florence Roy"): the picture sits between
         * the standfirst and the byline, as some dailies lay out their header; a paragraph of the article never
         * comes between its credit and its byline.
         */
        private boolean captionOverByline(int j) {
            BlockFeatures block = features.get(j);
            BlockFeatures next = features.get(j + 1);
            return open(j) && !block.keep() && !block.nameLike() && block.chars() <= CAPTION_MAX_CHARS
                    && !QUOTATION.matcher(block.text()).find() && !headsArticle(j)
                    && (next.keep() || next.nameLike() && !inNameList(j + 1));
        }

        /**
         * An image's alternative text printed over its caption ("Boats loaded with lobster traps leave a wharf at
         * sunrise." over "Boats loaded with traps leave the wharf in Meteghan, N.S., on Tuesday."): a short block
         * right before the caption that restates it (half of its distinct words or more are the caption's) or
         * names the image's file ("rue-be-lome-pavage", "IMG_2041.jpg").
         */
        private void markAltText(int caption, int from) {
            int j = caption - 1;
            if (j < from || !open(j) || features.get(j).keep() || features.get(j).chars() > ALT_TEXT_MAX_CHARS) {
                return;
            }
            String[] alt = distinct(NOT_LETTERS.split(features.get(j).folded()));
            String[] described = distinct(NOT_LETTERS.split(features.get(caption).folded()));
            Set<String> captionWords = new HashSet<>(Arrays.asList(described));
            long shared = Arrays.stream(alt).filter(w -> w.length() > 2 && captionWords.contains(w)).count();
            long counted = Arrays.stream(alt).filter(w -> w.length() > 2).count();
            if (counted > 0 && shared * 2 >= counted || IMAGE_FILE.matcher(features.get(j).text()).find()) {
                decided[j] = PassageClassification.boilerplate("alt-text");
            }
        }

        private boolean captionLike(int j) {
            BlockFeatures block = features.get(j);
            String element = spans.get(j).context().element();
            return open(j) && block.chars() <= CAPTION_MAX_CHARS && !block.keep() && !block.good() && !block.nameLike()
                    && (element == null || !HEADING_ELEMENT.matcher(element).matches()) // a marked-up subhead is no caption
                    && !headsArticle(j);
        }

        /**
         * A line that could be the headline (no full stop, as captions have), with a byline or dateline the article
         * states within four lines under it, before the article's first paragraph: never a caption, even under a
         * breadcrumb shaped like a credit ("Hong Kong / Transport").
         */
        private boolean headsArticle(int j) {
            if (articleFirst <= j || !features.get(j).headlineLike()) {
                return false;
            }
            for (int k = j + 1; k <= Math.min(n - 1, j + 4); k++) {
                if (features.get(k).keep()) {
                    return true;
                }
            }
            return false;
        }

        /** Before the first prose block: the headline, and around it what a page prints over an article. */
        private void header(int first) {
            int anchor = first;
            boolean candidateSeen = false;
            for (int i = 0; i < first; i++) {
                boolean menuFollows = i + 1 < first && (inMenuRun(i + 1) || features.get(i + 1).menuLike());
                if (open(i) && candidateSeen && (features.get(i).keep()
                        || features.get(i).nameLike() && !titleCandidate(i, true) && !menuFollows && !inNameList(i))) {
                    anchor = i; // a site's name above everything is no byline; nor is a place over a menu
                    break;
                }
                candidateSeen |= titleCandidate(i, true);
            }
            // A line shaped like a name ("New Zealand", a section) is no byline when a stated one ("By Liam Chen")
            // follows within a few lines with a headline between them.
            if (anchor < first && !features.get(anchor).keep()) {
                boolean candidateBetween = false;
                for (int j = anchor + 1; j < first; j++) {
                    if (open(j) && isRule(features.get(j), "byline") && candidateBetween) {
                        anchor = j;
                        break;
                    }
                    candidateBetween |= titleCandidate(j, false);
                }
            }
            int title = -1;
            for (int i = 0; i < first && title < 0; i++) {
                if (open(i) && "h1".equals(spans.get(i).context().element()) && !features.get(i).keep()) {
                    title = i; // the document says which line is its headline
                }
            }
            for (boolean menuShaped : new boolean[] {false, true}) {
                for (int i = anchor - 1; i >= 0 && title < 0; i--) {
                    if (titleCandidate(i, menuShaped)) {
                        title = i;
                        // A headline then a longer standfirst without a full stop: the headline is the shorter first
                        // (a review's star rating may stand between them).
                        int above = lineAbove(i);
                        // (Not a line with a standfirst sentence of its own under it: that line is the headline.)
                        boolean headsStandfirst = standfirstUnder(i, first);
                        if (above >= 0 && titleCandidate(above, menuShaped) && !features.get(i).hasColon() && !inMenuRun(above)
                                && !headsStandfirst
                                && (features.get(i).words() >= STANDFIRST_WORDS
                                        && features.get(i).words() * 2 >= features.get(above).words() * 3
                                        || features.get(above).words() >= HEADLINE_MIN_WORDS
                                        && features.get(i).words() >= features.get(above).words() + STANDFIRST_MORE_WORDS)) {
                            title = above;
                        }
                        title = headsStandfirst ? title : titleCaseAbove(title, menuShaped);
                    }
                }
                for (int i = 0; i < first && title < 0; i++) {
                    if (titleCandidate(i, menuShaped)) {
                        title = i;
                    }
                }
            }
            // The headline usually stands right over the article's first paragraph: when the line there could be one
            // and the line chosen higher up is separated from it by page matter only (no byline, no dateline), that
            // higher line was the page's (a menu, a banner's heading, the site's motto), not the article's. A date
            // over a whole menu of sections is the page's clock, not the article's dateline.
            // A magazine's headline of two to four words in sentence case ("The salt road") right over its standfirst,
            // the byline under that: too short to be read as a headline alone, placed as one.
            int overFirst = first - 1;
            if (title < 0 && overFirst >= 0 && open(overFirst) && !features.get(overFirst).keep()
                    && features.get(overFirst).words() >= 2 && features.get(overFirst).words() < HEADLINE_MIN_WORDS
                    && !features.get(overFirst).endsSentence() && !features.get(overFirst).hasColon()
                    && features.get(overFirst).capitalisedAll() <= 0.5 && !features.get(overFirst).menuLike()
                    && (first + 1 < n && features.get(first + 1).keep()
                            || first + 2 < n && features.get(first + 2).keep())) {
                title = overFirst;
            }
            int overProse = first - 1;
            if (title >= 0 && title < overProse - 1 && titleCandidate(overProse, false) && !features.get(title).keep()) {
                int junk = 0;
                int labels = 0;
                boolean stated = false;
                for (int j = title + 1; j < overProse; j++) {
                    // A date or byline right over the lower line heads it (a kicker and the date over the headline).
                    stated |= features.get(j).keep() && !pageClock(j) && j < overProse - 2;
                    labels = sectionLabel(j) ? labels + 1 : 0;
                    junk += decided[j] != null && decided[j].isBoilerplate() || labels >= LABEL_RUN ? 1 : 0;
                    stated &= labels < LABEL_RUN * 2;
                }
                if (!stated && junk >= 3) {
                    title = overProse;
                }
            }
            // Weighed against every other line that could be the headline: the article's headline has its byline or
            // dateline within a few lines under it, and its first paragraph close by; a language switcher over the
            // page's clock, or a menu, has at most one of these. A clearly better placed line wins.
            if (title >= 0 && !"h1".equals(spans.get(title).context().element())) {
                int best = title;
                int bestEvidence = headerEvidence(title, first);
                for (int i = 0; i < first; i++) {
                    int evidence = i == title ? -1 : titleCandidate(i, false) ? headerEvidence(i, first)
                            : cappedHeadline(i) && headerEvidence(i, first) >= CAPPED_HEADLINE_EVIDENCE
                            ? headerEvidence(i, first) : -1;
                    if (evidence > bestEvidence) {
                        best = i;
                        bestEvidence = evidence;
                    }
                }
                if (best != title) {
                    int above = lineAbove(best);
                    boolean standfirst = above >= 0 && titleCandidate(above, false) && !features.get(best).hasColon()
                            && features.get(above).words() >= HEADLINE_MIN_WORDS
                            && features.get(best).words() >= features.get(above).words() + STANDFIRST_MORE_WORDS;
                    title = titleCaseAbove(standfirst ? above : best, false);
                }
            }
            if (title >= 0 && !"h1".equals(spans.get(title).context().element())) {
                title = firstOfDeck(longerNearby(underTheMenu(title, first), first), first);
                // A player's title ("VIDÉO - Le directeur … au micro de X TV") over the article's headline: the
                // line under it heads the article.
                if (MEDIA_TITLE.matcher(features.get(title).folded()).lookingAt() && title + 1 < first
                        && titleCandidate(title + 1, false) && features.get(title + 1).words() >= HEADLINE_MIN_WORDS
                        && !MEDIA_TITLE.matcher(features.get(title + 1).folded()).lookingAt()) {
                    title++;
                }
            }
            // An agency's bare name between the headline and the article's dateline ("Reuters"): the rules read it as
            // a photo's credit, but no photo stands there and nothing marks it as one ("©", "Photo :").
            int under = title + 1;
            if (title >= 0 && under + 1 < first && decided[under] != null
                    && "photo-credit".equals(decided[under].reason())
                    && features.get(under).words() <= 2 && BARE_NAME.matcher(features.get(under).text()).matches()
                    && features.get(under + 1).keep()) {
                decided[under] = PassageClassification.body("byline");
            }
            boolean datelineAfterTitle = title >= 0 && datelineBetween(title, first);
            for (int i = 0; i < first; i++) {
                if (!open(i)) {
                    continue;
                }
                BlockFeatures block = features.get(i);
                if (i == title) {
                    decided[i] = PassageClassification.body("headline");
                } else if (i > title && title >= 0 && authorWithRole(i)) {
                    decided[i] = PassageClassification.body("byline");
                } else if (i == title + 1 && (block.capitalsName() || block.lowerCaseInitials()) && i + 1 < n
                        && features.get(i + 1).keep()) {
                    // "ABDOURAHMANE SALL" over "Publication 12/05/2026"; a reporter's initials "dbo" over "04-02-26"
                    decided[i] = PassageClassification.body("byline");
                } else if (i == title + 1 && block.words() <= 3 && !block.endsSentence() && i + 1 < n
                        && features.get(i + 1).keep()
                        && WRITTEN_WITH.matcher(features.get(i + 1).folded()).lookingAt()) {
                    decided[i] = PassageClassification.body("byline"); // "AfroVision" over "with AP": one byline
                } else if ((i == first - 1 || i == first - 2 && features.get(i + 1).keep()) && i > title
                        && (PLACE_LINE.matcher(block.text()).matches() || PLACE_NAME.matcher(block.text()).matches())) {
                    // "HYDERABAD:" on its own line over the first paragraph, or "Neiafu, Vava'u" over the byline
                    // over it: the article's dateline, cut from it.
                    decided[i] = PassageClassification.body("dateline");
                } else if (block.keep() && title > i && isDateline(i) && datelineAfterTitle) {
                    decided[i] = PassageClassification.boilerplate("page-date"); // the page's clock, not the article's date
                } else if (block.keep() && (title < 0 || i > title || nextTo(i, title))) {
                    decided[i] = PassageClassification.body(block.keepReason());
                } else if (block.nameLike() && title > i && nextTo(i, title) && i > 0
                        && isRule(features.get(i - 1), "empty-label")) { // "Par :" then the name on its own line
                    decided[i] = PassageClassification.body("byline");
                } else if (i > title && title >= 0 && byShape(block) != null) {
                    decided[i] = byShape(block); // a menu under the headline is still a menu
                } else if (title >= 0 && i < title || title < 0 && !block.nearGood()) {
                    PassageClassification shape = byShape(block);
                    decided[i] = shape != null ? shape
                            : PassageClassification.boilerplate(title >= 0 ? "before-title" : "before-article");
                } else if (block.nameLike() && block.words() <= 5) {
                    decided[i] = PassageClassification.body("byline");
                } else if (i > title && (i + 1 < n && (isRule(features.get(i + 1), "photo-credit")
                        || features.get(i + 1).creditShaped() && !features.get(i + 1).keep())
                        || i > 0 && features.get(i - 1).ruleIs(Effect.CREDIT) && creditedCaption(i)
                        && block.words() >= CAPTION_MIN_WORDS && !DATE_LIKE.matcher(block.folded()).find())
                        && !block.keep()) {
                    decided[i] = PassageClassification.boilerplate("caption"); // over its photo credit, under the headline
                } else if (i == first - 1 && i > title + 1 && title >= 0 && !block.endsSentence() && !block.hasColon()
                        && block.words() >= CAPTION_MIN_WORDS && block.words() <= CAPTION_MAX_WORDS
                        && decided[i - 1] != null && decided[i - 1].isBoilerplate() && !block.keep()
                        && !DASH_END.matcher(block.text()).find() && !liveBlog()) {
                    // Right over the first paragraph, under the share row, a line with no full stop: the caption of
                    // the photo the copy dropped ("Les participants ont reçu des sacs hermétiques à l'issue de …").
                    decided[i] = PassageClassification.boilerplate("caption");
                } else if (adCopy(i)) {
                    decided[i] = PassageClassification.boilerplate("ad"); // under its label, between header and article
                } else if (block.nearGood() || block.headlineLike() && block.words() >= 4) {
                    decided[i] = PassageClassification.body("lead");
                } else {
                    decided[i] = PassageClassification.boilerplate("among-junk");
                }
            }
        }

        /**
         * The headline: the last line reading as one before the first byline or dateline (a site's name or menu comes
         * before it, a caption after it), or else the first such line before the article's prose.
         */
        private boolean titleCandidate(int i, boolean menuShaped) {
            BlockFeatures block = features.get(i);
            if (block.menuLike() && (!menuShaped || block.stopDensity() == 0)) {
                return false; // a headline in title case has function words; a menu has none
            }
            if (block.spacedItems()) {
                return false; // "Actualités   Province Sud   …   Avis de décès": a menu copied with its spacing
            }
            // The heading of a consent banner is followed by its text and buttons.
            boolean bannerFollows = i + 1 < n && decided[i + 1] != null && decided[i + 1].isBoilerplate()
                    && ("cookie".equals(decided[i + 1].reason()) || "consent".equals(decided[i + 1].reason()));
            boolean captionOverCredit = creditedCaption(i);
            // An advertisement's headline under its "PUBLICITÉ" label, with no byline or dateline under it (or under the
            // line under it: the article's headline over its standfirst, the copy having dropped the ad).
            boolean adHeadline = i > 0 && decided[i - 1] != null && AD_REASONS.contains(decided[i - 1].reason())
                    && !(i + 1 < n && (features.get(i + 1).keep() || features.get(i + 1).nameLike()))
                    && !(i + 2 < n && features.get(i + 2).keep()); // or under its standfirst
            // The value under an empty field label ("Format" then "News and Press Release") is the field's, not a headline.
            boolean labelValue = i > 0 && isRule(features.get(i - 1), "empty-label");
            return open(i) && block.headlineLike() && !block.keep() && !inMenuRun(i) && !bannerFollows && !labelValue
                    && !captionOverCredit && !adHeadline && !authorWithRole(i) && !masthead(i)
                    && !FIELD_LABEL.matcher(block.folded()).lookingAt()
                    && !NAME_FOR_PUBLICATION.matcher(block.text()).matches()
                    && !DATE_LIKE.matcher(block.folded()).find() && !CLOCK_START.matcher(block.folded()).lookingAt()
                    && !RATE_TICKER.matcher(block.text()).find() // "Devises : 1 Euro = 45,12 MRU - 1 Dollar = …"
                    && (block.nameLike() ? block.hasColon() : block.words() >= 3 || block.hasColon())
                    && !StatedDates.isDateToken(block.folded()) // "Sun Mar 8, 2026 12:00 AM": the page's clock
                    && !ITEMS_BETWEEN_BARS.matcher(block.text()).find() // "Imprimer | Envoyer à un ami | Réagir"
                    && !LABELLED_DATE.matcher(block.folded()).find() // "TNN / Updated: Apr 9, 2025, 08:14 IST"
                    // "Embannet d'ar 12/03/2026 gant Yann-Ber Le Gall": a byline with its date, in any language
                    && !(StatedDates.WHOLE_NUMERIC_DATE.matcher(block.text()).find() && !block.hasColon() && block.words() <= 12);
        }

        /**
         * A line next to a photo credit that is the photo's caption: over the credit, under a line that could itself
         * head the article or under the article's header; or right under the credit, when a line that could head the
         * article stands over the credit, or page matter does and no byline or dateline follows the line.
         */
        private boolean creditedCaption(int i) {
            return i > 0 && i + 1 < n && features.get(i + 1).ruleIs(Effect.CREDIT) && !sentenceCaptionUnder(i, i + 1)
                    && (open(i - 1) && features.get(i - 1).words() >= 3 && !features.get(i - 1).keep() && !inMenuRun(i - 1)
                    || headedAbove(i))
                    // or right under the credit, when a line that could head the article stands over the credit, or
                    // page matter does (a share row, "Comments 87") and no byline or dateline follows the line
                    // (a credit has one caption: a caption's sentence over it leaves the line under it to the article)
                    || i > 1 && features.get(i - 1).ruleIs(Effect.CREDIT)
                    && (open(i - 2) && features.get(i - 2).words() >= 3 && !features.get(i - 2).keep() && !inMenuRun(i - 2)
                    && !captionSentence(i - 2)
                    || decided[i - 2] != null && decided[i - 2].isBoilerplate() && !captionSentence(i - 2)
                    && !isCaption(i - 2) && i + 1 < n
                    && !features.get(i + 1).keep());
        }

        /** A sentence of a caption's length: six to two dozen words, ending with its full stop. */
        private boolean captionSentence(int i) {
            BlockFeatures block = features.get(i);
            return block.endsSentence() && block.words() >= CAPTION_MIN_WORDS && block.words() <= CAPTION_MAX_WORDS;
        }

        /**
         * The credit's caption is the short sentence under it ("Vue d'un centre de collecte à Tchaourou.", a paragraph
         * of the article following), not the line over it that ends no sentence (the headline): a credit has one
         * caption.
         */
        private boolean sentenceCaptionUnder(int over, int credit) {
            int under = credit + 1;
            return under + 1 < n && !features.get(over).endsSentence() && features.get(under).endsSentence()
                    && !features.get(under).keep() && features.get(under).words() >= CAPTION_MIN_WORDS
                    && features.get(under).words() <= CAPTION_MAX_WORDS
                    && !QUOTATION.matcher(features.get(under).text()).find()
                    && features.get(under + 1).good() && features.get(under + 1).chars() > features.get(under).chars();
        }

        /**
         * The author's line with their role ("Nomvuyo Mbeki, Senior Lecturer in Language Education, Walter Sisulu
         * University"): a name of two to four capitalised words, a comma, then a role; the article's byline, never
         * its headline.
         */
        private boolean authorWithRole(int i) {
            return AUTHOR_THEN_COMMA.matcher(features.get(i).text()).lookingAt()
                    && ROLE_LINE.matcher(features.get(i).folded()).find() && features.get(i).words() <= ROLE_LINE_MAX_WORDS;
        }

        /**
         * A line that could head an article with its byline or dateline right under it, within a dozen lines above i:
         * the article's header stood there, so a line at i over a photo credit is that photo's caption.
         */
        private boolean headedAbove(int i) {
            for (int j = i - 2; j >= Math.max(0, i - HEADED_REACH); j--) {
                if (features.get(j).headlineLike() && features.get(j).words() >= HEADLINE_MIN_WORDS
                        && !features.get(j).keep() && features.get(j + 1).keep()) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A line chosen as the headline over the site's menu ("Taux du jour : 1 USD = 2 845,00 CDF" over the page's
         * clock, then the menu of sections) gives way to the last line under the menu that could head the article and
         * has a byline or dateline of its own right under it: a menu of {@value #LABEL_RUN} items or more (a line a
         * section, or one line of sections) separates the page's masthead from the article's header.
         */
        private int underTheMenu(int title, int first) {
            int menuItems = 0;
            int run = 0;
            int later = -1;
            for (int j = title + 1; j < first; j++) {
                run = open(j) && menuItem(j) && !features.get(j).keep() ? run + 1 : 0;
                menuItems = Math.max(menuItems, run);
                if (oneLineMenu(j)) {
                    menuItems = Math.max(menuItems, LABEL_RUN); // "Accueil - Actualités - Communiqués - …" on one line
                }
                if (menuItems >= LABEL_RUN && titleCandidate(j, false) && features.get(j).words() > SHORT_TITLE_WORDS
                        && (features.get(j + 1).keep() && !pageClock(j + 1)
                        || j + 2 < n && features.get(j + 2).keep() && !pageClock(j + 2))) {
                    later = j;
                }
            }
            // A headline over its standfirst, both over the byline: the shorter first line is the headline.
            if (later > title + 1 && titleCandidate(later - 1, false) && features.get(later - 1).words() > SHORT_TITLE_WORDS
                    && features.get(later - 1).words() <= features.get(later).words()) {
                later--;
            }
            return later >= 0 ? later : title;
        }

        /** The site's menu printed on one line, its sections between separators or capitalised one after another. */
        private boolean oneLineMenu(int j) {
            PassageClassification shape = byShape(features.get(j));
            return open(j) && shape != null && "menu".equals(shape.reason()) && features.get(j).words() >= LABEL_RUN;
        }

        /**
         * A line of five words or fewer chosen as the headline ("View image in fullscreen", "Heard on Morning
         * Report", "Official Internet Resources") gives way to a line of six words or more that could head the
         * article: below it with a byline or dateline right under it, else within a dozen lines above it, or else
         * below it before the first paragraph: a news headline is
         * rarely that short (1 of the benchmark's 690), a button's or a widget's label, a site's motto usually is.
         */
        private int longerNearby(int title, int first) {
            if (features.get(title).words() > SHORT_TITLE_WORDS) {
                return title;
            }
            // First a longer line below it with the article's byline or dateline right under it: a place name in
            // capitals over its headline ("CHALON SUR SAONE" then "CHALON SUR SAONE - Un pôle de santé …" over
            // "Publié le …"), the site's motto being higher up.
            for (int j = title + 1; j < first; j++) {
                if (longerCandidate(j) && (features.get(j + 1).keep() && !pageClock(j + 1)
                        || j + 2 < n && features.get(j + 2).keep() && !pageClock(j + 2)
                        // or right over the first paragraph, the dateline right over it ("Apia, 3 March 2026")
                        || j == first - 1 && features.get(j - 1).keep() && !pageClock(j - 1))) {
                    return j;
                }
            }
            for (int j = title - 1; j >= Math.max(0, title - HEADED_REACH); j--) {
                if (longerCandidate(j)) {
                    return j;
                }
            }
            // None above: a site's motto or a player's label over the menu, the headline further down ("GhanaHub TV ·
            // LIVE" … "Cedi ends first quarter 3.2% down against dollar"), before the article's first paragraph.
            for (int j = title + 1; j < first; j++) {
                if (longerCandidate(j) && !(j + 1 < n && features.get(j + 1).ruleIs(Effect.CREDIT))) {
                    return j;
                }
            }
            return title;
        }

        private boolean longerCandidate(int j) {
            return titleCandidate(j, false) && features.get(j).words() > SHORT_TITLE_WORDS
                    && !BREADCRUMB.matcher(features.get(j).text()).find();
        }

        /**
         * A headline over one to {@value #DECK_LINES} deck lines of about its length, none a sentence ("Saudi Arabia sets target of
         * 15,000 women …", "Program will fund training …", "Women already make up …"), right under page matter: the
         * first line of the run is the headline. A breadcrumb ("News / India News / …") is no line of the run.
         */
        private int firstOfDeck(int title, int first) {
            if (standfirstUnder(title, first)) {
                return title; // a deck line has no standfirst under it: the line that has one is the headline
            }
            int top = title;
            for (int step = 0; step < DECK_LINES; step++) {
                int above = top - 1;
                // An advertisement's copy under its label ("Advertisement" then "Send money home … Zero fees") is
                // no deck line of the headline under it.
                boolean adCopyAbove = above > 0 && decided[above - 1] != null && AD_REASONS.contains(decided[above - 1].reason());
                if (above < 0 || adCopyAbove || !titleCandidate(above, false) || features.get(above).hasColon()
                        || features.get(above).words() < HEADLINE_MIN_WORDS || features.get(top).words() < HEADLINE_MIN_WORDS
                        || features.get(above).words() * 2 < features.get(top).words()
                        || BREADCRUMB.matcher(features.get(above).text()).find()) {
                    break;
                }
                top = above;
            }
            // Only when page matter stands right over the run: else the lines above are the article's own.
            return top != title && (top == 0 || decided[top - 1] != null && decided[top - 1].isBoilerplate()
                    || inMenuRun(top - 1) || sectionLabel(top - 1)) ? top : title;
        }

        /**
         * Whether a standfirst sentence stands right under line i, the article's byline or dateline right under it:
         * then line i is the headline (a page stacks no two standfirsts), and a shorter line over it is its kicker
         * ("Diocèse de Lausanne, Genève et Fribourg"), not a headline over a deck.
         */
        private boolean standfirstUnder(int i, int first) {
            return i + 2 < n && i + 1 == first && open(i + 1) && features.get(i + 1).endsSentence()
                    && features.get(i + 1).words() >= SENTENCE_MIN_WORDS && features.get(i + 2).keep();
        }

        /** The line right above i, passing over a review's star rating ("★★★★☆") between headline and standfirst. */
        private int lineAbove(int i) {
            return i > 1 && RATING.matcher(features.get(i - 1).text()).matches() ? i - 2 : i - 1;
        }

        /**
         * A headline in Title Case ("Copper Hits Record as Chilean Mine Outage Deepens Supply Squeeze") over one or two
         * lines of standfirst in sentence case, right above the line chosen: the Title Case line is the headline, as
         * English-language sites that capitalise headlines never capitalise their standfirsts.
         */
        private int titleCaseAbove(int title, boolean menuShaped) {
            if (titleCase(title)) {
                return title;
            }
            for (int k = title - 1; k >= Math.max(0, title - 2) && titleCandidate(k, menuShaped) && !inMenuRun(k); k--) {
                if (titleCase(k)) {
                    return k;
                }
            }
            return title;
        }

        /**
         * A line that reads like a menu only because it capitalises every word, small words included ("… Sentenced
         * To Five Years Over Reports On …"): long as a headline, with function words, and no menu item itself.
         */
        private boolean cappedHeadline(int i) {
            return !titleCandidate(i, false) && titleCandidate(i, true) && features.get(i).words() >= HEADLINE_MIN_WORDS
                    && features.get(i).stopDensity() > 0;
        }

        private boolean titleCase(int i) {
            BlockFeatures block = features.get(i);
            return block.words() >= HEADLINE_MIN_WORDS && block.capitalisedAll() >= TITLE_CASE_CAPITALS
                    && block.lowerCaseStops() > 0; // a menu capitalises its function words too
        }

        /**
         * How much says that the line at i heads the article: each byline or dateline the article states among the
         * four lines under it (a name alone right under it counts as a byline, and so does an empty "Auteur :" or
         * "Publié le :" label over its value), up to the second line of a menu, and the article's first paragraph
         * within three lines.
         */
        private int headerEvidence(int i, int first) {
            int evidence = first - i <= 3 ? 1 : 0;
            int menuLines = 0;
            for (int j = i + 1; j <= Math.min(n - 1, i + 4); j++) {
                BlockFeatures block = features.get(j);
                boolean stated = block.keep() && !pageClock(j) && !(decided[j] != null && decided[j].isBoilerplate());
                if (stated && namesAndDates(j)) {
                    evidence++; // "Publié par X | 12 janvier 2026 à 16h05": a byline and a dateline in one
                }
                if (stated || j == i + 1 && block.nameLike() && block.words() <= 5 && !inNameList(j)
                        || isRule(block, "empty-label")) { // "Publié le :", "Auteur :": the article's own fields
                    evidence++;
                }
                // Past two lines of the site's menu, a date is no longer this line's: "Services en ligne" then
                // "Documents", the search box, the breadcrumb, then the article's date.
                menuLines += open(j) && menuItem(j) && !block.keep() && !block.nameLike()
                        || decided[j] != null && isMenuReason(decided[j]) ? 1 : 0;
                if (menuLines >= 2) {
                    break;
                }
            }
            return evidence;
        }

        /**
         * The site's masthead at the top of the page: its name, a dash or a bar, its motto ("Midi Tsiory – Le quotidien
         * de l'Île", "Radio Elikya 97.0 FM – La voix de …"), the name printed again further down the page (its footer,
         * its copyright line). A headline names its subject, which the footer does not repeat.
         */
        private boolean masthead(int i) {
            if (i >= MASTHEAD_LINES || i >= n) {
                return false;
            }
            if (mastheads[i] == null) {
                mastheads[i] = readMasthead(i); // asked for every time a line is weighed as the headline: read once
            }
            return mastheads[i];
        }

        private boolean readMasthead(int i) {
            var m = MASTHEAD.matcher(features.get(i).text());
            if (!m.lookingAt()) {
                return false;
            }
            String name = " " + NOT_LETTERS.matcher(StatedDates.fold(m.group(1))).replaceAll(" ").strip() + " ";
            for (int j = i + MASTHEAD_LINES + 2; j < n; j++) {
                String other = " " + NOT_LETTERS.matcher(features.get(j).folded()).replaceAll(" ").strip() + " ";
                if (other.contains(name)) {
                    return true;
                }
            }
            return false;
        }

        /** A stated line that names who wrote ("par", "by" and a capitalised word) and says when (a date). */
        private boolean namesAndDates(int j) {
            BlockFeatures block = features.get(j);
            return BY_NAME.matcher(block.text()).find() && StatedDates.find(block.text(), null).isPresent();
        }

        private static boolean isMenuReason(PassageClassification decided) {
            return decided.isBoilerplate() && MENU_REASONS.contains(decided.reason());
        }

        /** The name a byline of the article states, printed again ("By Amy Dorsey" … "Amy Dorsey"): its signature. */
        private boolean repeatsByline(int i) {
            String name = features.get(i).folded().strip();
            for (int j = 0; j < i; j++) {
                if (decided[j] != null && !decided[j].isBoilerplate() && "byline".equals(decided[j].reason())
                        && features.get(j).folded().strip().endsWith(name)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * Five or more lines in a row of one to three words each, none a sentence, a label with its value ("Arbitre :
         * X") or an item of a list the document marks as such, inside the article: a widget (a mood meter's choices
         * and percentages, a list of links), not the article's text ({@code label-run}).
         */
        private void markLabelRuns(int from, int to) {
            int start = from;
            for (int i = from; i <= to; i++) {
                boolean label = i < to && open(i) && !features.get(i).keep() && features.get(i).words() <= 3
                        && !features.get(i).hasColon() && !features.get(i).endsSentence()
                        && spans.get(i).form() != PassageForm.ITEM;
                if (!label) {
                    if (i - start >= LABEL_RUN) {
                        for (int j = start; j < i; j++) {
                            decided[j] = PassageClassification.boilerplate("label-run");
                        }
                    }
                    start = i + 1;
                }
            }
        }

        /**
         * Where the article starts when a stray paragraph of page matter (a donation appeal, a site's blurb) comes
         * before its real header: a line that could be the headline, a few blocks after that first paragraph, with a
         * byline under it and better placed than any line above (see headerEvidence). The article then starts at the
         * first paragraph after that headline; the stray one is page matter above the title. Else first as it was.
         */
        private int laterHeader(int first, int end) {
            int bestBefore = 0;
            for (int i = 0; i < first; i++) {
                if (titleCandidate(i, false)) {
                    bestBefore = Math.max(bestBefore, headerEvidence(i, first));
                }
            }
            int proseBefore = 0;
            for (int i = first + 1; i < Math.min(end, first + LATER_HEADER_REACH); i++) {
                proseBefore += prose(i - 1) && features.get(i - 1).good() ? 1 : 0;
                if (proseBefore > STRAY_PARAGRAPHS) {
                    return first; // several paragraphs above: the article itself, not a stray block of page matter
                }
                if (!titleCandidate(i, false) || decided[i - 1] != null && AD_REASONS.contains(decided[i - 1].reason())) {
                    continue; // an advertisement's headline under its "Publicité" label heads no article
                }
                int next = -1;
                for (int j = i + 1; j < end && next < 0; j++) {
                    if (open(j) && features.get(j).good() && !features.get(j).keep()) {
                        next = j;
                    }
                }
                if (next < 0) {
                    return first;
                }
                boolean byline = false;
                for (int j = i + 1; j <= Math.min(n - 1, i + 4); j++) {
                    byline |= isRule(features.get(j), "byline") || features.get(j).nameLike() && !inNameList(j)
                            || features.get(j).keep() && namesAndDates(j); // "Publié par X | 12 janvier 2026"
                }
                int evidence = headerEvidence(i, next);
                if (byline && evidence >= 2 && evidence > bestBefore) {
                    return next;
                }
            }
            return first;
        }

        /**
         * A desk's name that a keep rule reads as a byline ("Newsroom", "La rédaction") at the head of a run of the
         * site's menu ("Specials", "Podcast", "Videos"): one of the menu's items, not who wrote the article. The three
         * lines under it are menu items, none a byline or a date, and at least two no rule has decided (a share row's
         * "Facebook", "X" are decided as share buttons, and a real byline may stand over them).
         */
        private void markDesksInMenus(int first) {
            for (int i = 0; i + 3 < first; i++) {
                if (!open(i) || !features.get(i).keep() || features.get(i).words() > 2
                        || DIGIT.matcher(features.get(i).text()).find()) {
                    continue;
                }
                int openItems = 0;
                boolean menu = true;
                for (int j = i + 1; j <= i + 3; j++) {
                    menu &= menuItem(j) && !features.get(j).keep();
                    openItems += open(j) ? 1 : 0;
                }
                if (menu && openItems >= 2) {
                    decided[i] = PassageClassification.boilerplate("menu");
                }
            }
        }

        /** One of three or more name-shaped lines in a row: a list (sister titles, a menu), not a byline. */
        private boolean inNameList(int i) {
            return runAround(i, j -> features.get(j).nameLike() && !features.get(j).keep()) >= 3;
        }

        /** How many blocks in a row, i among them, are i itself or neighbours that are members. */
        private int runAround(int i, IntPredicate member) {
            int from = i;
            while (from > 0 && member.test(from - 1)) {
                from--;
            }
            int to = i;
            while (to + 1 < n && member.test(to + 1)) {
                to++;
            }
            return to - from + 1;
        }

        /**
         * Three or more topic words in a row under the article, names among them ("Pomme de terre", "Prix",
         * "Ministère du Commerce"; "Storm Fionnuala", "Weather", "Met Éireann"): the page's topic tags, printed
         * without their label. A name right under the text opens no tag run: it is the signature, over the tags
         * or the widget labels that follow it.
         */
        private boolean inTopicRun(int i) {
            if (i > 0 && decided[i - 1] != null && !decided[i - 1].isBoilerplate()) {
                return false;
            }
            return runAround(i, this::topicWord) >= 3;
        }

        /** A date over a whole menu of sections (ten labels or more in a row under it): the page's clock. */
        private boolean pageClock(int j) {
            if (!isDateline(j)) {
                return false;
            }
            // The clock's neighbours the rules have read (the weather, the login, the exchange rates) come between it
            // and the menu.
            int labels = 0;
            for (int k = j + 1; k < n && (sectionLabel(k) || decided[k] != null && decided[k].isBoilerplate()); k++) {
                // A share row under the article's dateline ("Share", "Facebook", "X") is no menu of sections.
                labels += sectionLabel(k) && (open(k) || isMenuReason(decided[k])) ? 1 : 0;
            }
            return labels >= LABEL_RUN * 2;
        }

        /** A section's name in a menu: one to three words, no sentence, no label with its value, nothing stated. */
        private boolean sectionLabel(int j) {
            BlockFeatures block = features.get(j);
            return !block.keep() && block.words() <= 3 && !block.hasColon() && !block.endsSentence();
        }

        /** A short line no rule decides, without digits or the punctuation of a sentence or a label. */
        private boolean topicWord(int i) {
            BlockFeatures block = features.get(i);
            String text = block.text();
            return block.rule().isEmpty() && !block.keep() && block.words() <= TOPIC_MAX_WORDS
                    && block.chars() <= TOPIC_MAX_CHARS && !DIGIT.matcher(text).find() && !block.hasColon()
                    && !text.endsWith(".") && !text.endsWith("!") && !text.endsWith("?");
        }

        private boolean datelineBetween(int from, int to) {
            for (int j = from + 1; j < to; j++) {
                if (open(j) && isDateline(j)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * A dateline or byline just above the headline belongs to the article: at most four blocks above it, with
         * only other datelines, names or short labels ("Par :", "Publié le :") between.
         */
        private boolean nextTo(int i, int title) {
            if (title - i > 4) {
                return false;
            }
            for (int j = i + 1; j < title; j++) {
                BlockFeatures between = features.get(j);
                if (!between.keep() && !between.nameLike() && !(decided[j] != null && between.chars() <= 12)) {
                    return false;
                }
            }
            return true;
        }

        /** One of three or more short lines in a row (one to three words each): a menu written a word a line. */
        private boolean inMenuRun(int i) {
            if (!menuItem(i)) {
                return false;
            }
            int from = i;
            while (from > 0 && i - from < 2 && menuItem(from - 1)) {
                from--;
            }
            int to = i;
            while (to + 1 < n && to - from < 2 && menuItem(to + 1)) {
                to++;
            }
            return to - from >= 2;
        }

        private boolean menuItem(int i) {
            BlockFeatures block = features.get(i);
            return block.words() <= 3 && !block.endsSentence() && block.chars() <= 30;
        }

        /** Inside the article: prose is the article; a short block takes its neighbours' class. */
        private void smooth(int from, int to) {
            for (int i = from; i < to; i++) {
                if (!open(i)) {
                    continue;
                }
                BlockFeatures block = features.get(i);
                if (block.keep()) {
                    decided[i] = PassageClassification.body(block.keepReason());
                } else if (i > 0 && bareTeaserLabel(i - 1) && !block.endsSentence() && block.words() <= TEASER_MAX_WORDS
                        && spans.get(i).form() != PassageForm.ITEM) {
                    // "Lire" then a long headline, a colon in it ("Port de Kribi : comment le Cameroun veut …"):
                    // the teaser's, however much it reads like prose.
                    decided[i] = PassageClassification.boilerplate("read-also");
                } else if (adCopy(i)) {
                    decided[i] = PassageClassification.boilerplate("ad");
                } else if (i > 0 && i + 1 < n && listMarker(i - 1) && listMarker(i + 1) && block.words() <= TEASER_MAX_WORDS
                        && block.chars() < SHORT_HEADLINE_CHARS) {
                    // A headline between two markers of a list of links ("list 2 of 3", "end of list"), a question
                    // as often as not: the list's.
                    decided[i] = PassageClassification.boilerplate(decided[i - 1].reason());
                } else if (block.good() || block.nearGood()) {
                    decided[i] = spans.get(i).form() == PassageForm.ITEM ? PassageClassification.body("list-item")
                            : PassageClassification.ARTICLE;
                } else if (i > 0 && isRule(features.get(i - 1), "empty-label") && block.nameLike() && block.words() <= 5) {
                    decided[i] = PassageClassification.body("byline"); // "Texte par :" then the name on its own line
                } else if (factsBoxItem(i)) {
                    decided[i] = PassageClassification.body("list-item"); // set between an ad and a "read also"
                } else if (junkBefore(i, from) && junkAfter(i, to)) {
                    decided[i] = PassageClassification.boilerplate("among-junk");
                } else if (block.headlineLike() && i > 0 && (bareTeaserLabel(i - 1) || nextTeaser(i))) {
                    decided[i] = PassageClassification.boilerplate("read-also"); // "Read more" then the other headline
                } else if (i > 0 && decided[i - 1] != null && "tags".equals(decided[i - 1].reason())
                        && block.words() <= TAG_MAX_WORDS && !block.endsSentence()) {
                    decided[i] = PassageClassification.boilerplate("tags"); // "Related topics", then one topic a line
                } else if (i + 1 < n && features.get(i + 1).keep() && block.words() <= 5
                        && (block.nameLike() || block.nameWithStop())) {
                    // A name over the article's role line or dateline, under the standfirst: the byline.
                    decided[i] = PassageClassification.body("byline");
                } else {
                    decided[i] = PassageClassification.body(spans.get(i).form() == PassageForm.ITEM ? "list-item"
                            : block.headlineLike() && !block.text().matches(".*[;:,]$") ? "heading" : "in-article");
                }
            }
        }

        /**
         * The advertisement's own text under its label ("PUBLICITÉ" then "SONABEL - Ensemble, économisons l'énergie.",
         * "ANNONCE" then "… financez vos intrants à taux préférentiel", "ADVERTISEMENT" then "Hiring: … Apply by March
         * 20."): the advertiser's name and slogan, or the words ads speak in (an offer, a call to act), at most
         * {@value #TEASER_MAX_WORDS} words, or any line ending no sentence between the label and where the article goes
         * on (see overArticleGoingOn). The paragraph under a label whose ad the copy dropped is none of these.
         */
        private boolean adCopy(int i) {
            BlockFeatures block = features.get(i);
            return i > 0 && decided[i - 1] != null && AD_REASONS.contains(decided[i - 1].reason())
                    && features.get(i - 1).chars() <= AD_LABEL_MAX_CHARS && block.words() <= TEASER_MAX_WORDS
                    && !block.keep() && (BRAND_LINE.matcher(block.text()).lookingAt()
                    || AD_COPY.matcher(block.folded()).find() && !QUOTED_WORDS.matcher(block.text()).find()
                    || !block.endsSentence() && block.words() > 2 && i + 1 < n && overArticleGoingOn(i + 1));
        }

        /**
         * Whether the line under an ad's copy shows the ad is over: junk decided by a rule ("Sponsorisé par X"), or the
         * article's next subhead over its paragraph. The article never puts a line that ends no sentence right over
         * its subhead, so the line between the ad's label and that subhead is the ad's, however it reads.
         */
        private boolean overArticleGoingOn(int j) {
            BlockFeatures next = features.get(j);
            if (decided[j] != null) {
                return decided[j].isBoilerplate() && next.rule().isPresent();
            }
            return next.headlineLike() && !next.endsSentence() && !next.hasColon() && next.words() <= HEADING_MAX_WORDS
                    && j + 1 < n && prose(j + 1);
        }

        /**
         * The next headline of a "Read more:" list: right under the list's teaser headline, as long as a headline (more
         * words than a subhead has) and not a sentence. The article's own subhead after the list is shorter.
         */
        private boolean nextTeaser(int i) {
            BlockFeatures block = features.get(i);
            // The headline over it was told by its place under the label, not by a rule of its own ("Lire aussi :
            // …" holds its teaser whole, and a subhead may follow it).
            return decided[i - 1] != null && decided[i - 1].reason().equals("read-also")
                    && features.get(i - 1).rule().isEmpty() && block.words() > HEADING_MAX_WORDS
                    && !block.endsSentence();
        }

        /** A block a rule marked as part of a list of links to other articles. */
        private boolean listMarker(int j) {
            return decided[j] != null && decided[j].isBoilerplate() && LIST_REASONS.contains(decided[j].reason())
                    && features.get(j).rule().isPresent();
        }

        /** A "read also" or "read more" label standing alone on its line, with the teaser's headline on the next. */
        private boolean bareTeaserLabel(int j) {
            BlockFeatures label = features.get(j);
            return label.chars() <= 30 && label.rule().isPresent()
                    && (label.ruleIs(Effect.READ_ALSO) || label.rule().get().name().equals("read-more"));
        }

        /**
         * A line of the article's facts box: under a facts box's label ({@link #FACTS_BOX_LABEL}), with only the box's
         * other short lines between them (no junk decided by a rule, no paragraph).
         */
        private boolean factsBoxItem(int i) {
            if (features.get(i).words() > TEASER_MAX_WORDS) {
                return false;
            }
            for (int j = i - 1; j >= Math.max(0, i - FACTS_BOX_MAX_ITEMS); j--) {
                if (FACTS_BOX_LABEL.matcher(features.get(j).folded()).matches()) {
                    return true;
                }
                boolean item = decided[j] != null && !decided[j].isBoilerplate() && "list-item".equals(decided[j].reason())
                        || decided[j] == null && !prose(j) && !features.get(j).keep();
                if (!item || features.get(j).words() > TEASER_MAX_WORDS) {
                    return false;
                }
            }
            return false;
        }

        /** The nearest block before i that is not a short open block is junk (or there is none within the range). */
        private boolean junkBefore(int i, int from) {
            for (int j = i - 1; j >= Math.max(from, i - SMOOTHING_REACH); j--) {
                if (decided[j] != null) {
                    return decided[j].isBoilerplate();
                }
                if (prose(j) || features.get(j).keep()) {
                    return false;
                }
            }
            return from > 0 && decided[from - 1] != null && decided[from - 1].isBoilerplate();
        }

        private boolean junkAfter(int i, int to) {
            for (int j = i + 1; j < Math.min(to, i + SMOOTHING_REACH); j++) {
                if (decided[j] != null) {
                    return decided[j].isBoilerplate();
                }
                if (prose(j) || features.get(j).keep()) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Right after the article's last kept block: a short closing sentence ("À suivre."), or a list item that
         * reads as one (a list of facts closing the article, not a menu), or the lines of a list that the article's
         * last paragraph announces with a colon.
         */
        private boolean continuesArticle(int i) {
            if (i == 0 || decided[i - 1] == null || decided[i - 1].isBoilerplate()) {
                return false;
            }
            BlockFeatures block = features.get(i);
            boolean sentence = block.endsSentence() || block.text().endsWith(";") || block.text().endsWith(":");
            if (spans.get(i).form() == PassageForm.ITEM || introducesList(i)) {
                return block.words() >= 2 && (sentence || block.stopDensity() > 0 || block.words() >= 3);
            }
            return sentence && block.words() >= 2;
        }

        /**
         * Right after the article's last kept block, a short heading over a match sheet: at least
         * {@value #SHEET_MIN_FIELDS} of the next six lines are fields ("Buts : I. Koné (64e)", "Referee: …"), one
         * gives the score ("ASEC Mimosas - Africa Sports : 2-1"), the others are short lines without a sentence (the
         * venue).
         */
        private boolean factSheetAt(int i, int to) {
            BlockFeatures block = features.get(i);
            if (i == 0 || decided[i - 1] == null || decided[i - 1].isBoilerplate() || block.words() > 4
                    || block.endsSentence() || block.hasColon()) {
                return false;
            }
            int fields = 0;
            boolean score = false;
            for (int j = i + 1; j < Math.min(to, i + 7) && (open(j) || features.get(j).keep()) && sheetLine(j); j++) {
                fields += SHEET_FIELD.matcher(features.get(j).text()).lookingAt() ? 1 : 0;
                score |= SCORE.matcher(features.get(j).text()).find();
            }
            return fields >= SHEET_MIN_FIELDS && score;
        }

        /** A line of a fact sheet: a field, a short line with the score, or a short line that ends no sentence. */
        private boolean sheetLine(int j) {
            BlockFeatures line = features.get(j);
            return SHEET_FIELD.matcher(line.text()).lookingAt() || !line.endsSentence() && line.words() <= 12
                    || line.words() <= 12 && SCORE.matcher(line.text()).find(); // "HABAY – BERTRIX : 3-2 (mi-temps : 0-2)"
        }

        /**
         * Right after the article's last kept block, a subhead over a sentence: the article goes on with a short
         * section of its own (a match report's "fiche technique", a "what happens next"), not a teaser list, whose
         * headlines do not end like sentences.
         */
        private boolean subheadOfSentences(int i, int to) {
            BlockFeatures block = features.get(i);
            if (i == 0 || decided[i - 1] == null || decided[i - 1].isBoilerplate() || i + 1 >= to || !open(i + 1)) {
                return false;
            }
            BlockFeatures next = features.get(i + 1);
            return block.headlineLike() && !block.hasColon() && block.words() <= HEADING_MAX_WORDS
                    && next.endsSentence() && !next.text().endsWith(")") && next.words() >= 5;
        }

        /**
         * A label that announces a list of links ("Read more about:", "More On", "Related Topics") stands between
         * the article's last prose and i: the names under it are the list's items (topic tags), not the article's
         * signature, which sits right under its text.
         */
        private boolean afterListLabel(int from, int i) {
            for (int j = from; j < i; j++) {
                BlockFeatures block = features.get(j);
                boolean label = block.ruleIs(Effect.END) || isRule(block, "tags")
                        || block.words() <= LABEL_MAX_WORDS && block.text().endsWith(":");
                if (label && decided[j] != null && decided[j].isBoilerplate()) {
                    return true;
                }
            }
            return false;
        }

        /** The article's last kept block before i ends with a colon: what follows is the list it announces. */
        private boolean introducesList(int i) {
            for (int j = i - 1; j >= 0 && j >= i - SMOOTHING_REACH; j--) {
                if (decided[j] == null || decided[j].isBoilerplate()) {
                    return false;
                }
                if (features.get(j).text().endsWith(":") || SOURCES_HEADING.matcher(features.get(j).folded().strip()).matches()) {
                    return true;
                }
                if (features.get(j).good() || features.get(j).nearGood()) {
                    return false;
                }
            }
            return false;
        }

        /**
         * A short section between the article's last paragraph and its signature ("Le classement général", "1. Shell
         * Va'a – 9 h 41 min 12 s", … then "T.M."): the reporter signs under the article's end, so the lines over the
         * signature are the article's, when no rule names them as page matter.
         */
        private void keptUntilSignature(int from, int to) {
            for (int j = from; j < Math.min(to, from + SIGNED_SECTION_LINES + 1); j++) {
                if (!open(j) || features.get(j).rule().isPresent() && !features.get(j).keep()) {
                    return;
                }
                boolean signature = isRule(features.get(j), "signature") || reportersSigle(j);
                if (signature) {
                    for (int k = from; k < j; k++) {
                        decided[k] = PassageClassification.body("in-article");
                    }
                    return;
                }
                if (features.get(j).keep()) {
                    return;
                }
            }
        }

        /**
         * Whether block i opens on the name of a reporter named in the article's byline and holds an e-mail address:
         * the article signed at its foot with where to write to its author.
         */
        private boolean signedWithAddress(int i) {
            String text = features.get(i).text();
            if (text.length() > 120 || !EMAIL_ADDRESS.matcher(text).find()) {
                return false;
            }
            return bylineNames(i, false).stream().anyMatch(text::startsWith);
        }

        /**
         * Whether block i is the sigle of a reporter named in the article's byline: its capitals, in order, are
         * letters of the name starting with its first ("TWI" for Thomas Willemin, "CM" for Claire Morel), as Swiss
         * and French papers sign an article at its foot.
         */
        private boolean reportersSigle(int i) {
            if (!SIGLE.matcher(features.get(i).text().strip()).matches()) {
                return false;
            }
            String sigle = NOT_LETTERS.matcher(features.get(i).folded()).replaceAll("");
            for (String name : bylineNames(i, true)) {
                String letters = NOT_LETTERS.matcher(BoilerplateRules.fold(name)).replaceAll("");
                if (!letters.isEmpty() && letters.charAt(0) == sigle.charAt(0) && subsequence(sigle, letters)) {
                    return true;
                }
            }
            return false;
        }

        /**
         * The names the lines kept as the article's byline before block i state ("Par Thomas Willemin" gives
         * "Thomas Willemin"); a line stating no name by its shape is its own text when {@code bareLines}, else left out.
         */
        private List<String> bylineNames(int before, boolean bareLines) {
            List<String> names = new ArrayList<>();
            for (int j = 0; j < before; j++) {
                if (decided[j] != null && !decided[j].isBoilerplate() && "byline".equals(decided[j].reason())) {
                    String text = features.get(j).text();
                    TextMetadata.bylineName(text).or(() -> bareLines ? Optional.of(text) : Optional.empty())
                            .filter(name -> !name.isEmpty()).ifPresent(names::add);
                }
            }
            return names;
        }

        /**
         * After the last prose block and before any teaser list: signatures stay with the article, and so does what
         * continues it right after; the rest is junk.
         */
        private void closing(int from, int to) {
            keptUntilSignature(from, to);
            for (int i = from; i < to; i++) {
                if (i == from && decided[i] != null && decided[i].reason().startsWith("repeat-of")
                        && features.get(i).nameLike() && repeatsByline(i)) {
                    // The byline's name right under the last paragraph is the article's signature, not a repeat.
                    decided[i] = PassageClassification.body("signature");
                    continue;
                }
                if (!open(i)) {
                    continue;
                }
                BlockFeatures block = features.get(i);
                if (block.keep()) {
                    decided[i] = PassageClassification.body(block.keepReason());
                } else if (SOURCES_HEADING.matcher(block.folded().strip()).matches() && i > 0 && decided[i - 1] != null
                        && !decided[i - 1].isBoilerplate()) {
                    decided[i] = PassageClassification.body("heading"); // the article's own references follow
                } else if (block.nameLike() && i + 1 < n && decided[i + 1] != null
                        && decided[i + 1].reason().equals("author-bio")) {
                    decided[i] = PassageClassification.boilerplate("author-bio"); // the author box's name, over its bio
                } else if ((i == from || decided[i - 1] != null && !decided[i - 1].isBoilerplate()) && signedWithAddress(i)) {
                    decided[i] = PassageClassification.body("signature"); // "Tom Lipitoa · news@…" under the text
                } else if (i == from && reportersSigle(i)) {
                    decided[i] = PassageClassification.body("signature"); // "TWI" under an article by Thomas Willemin
                } else if (block.nameLike() && (!inNameList(i) || repeatsByline(i)) && !afterListLabel(from, i)
                        && !inTopicRun(i)) {
                    decided[i] = PassageClassification.body("signature");
                } else if (i > from && decided[i - 1] != null && "signature".equals(decided[i - 1].reason())
                        && !block.endsSentence() && block.words() <= ROLE_LINE_MAX_WORDS
                        && ROLE_LINE.matcher(block.folded()).find()) {
                    // The signing author's role under the name ("Senior Research Fellow, University of Melbourne").
                    decided[i] = PassageClassification.body("signature");
                } else if (subheadOfSentences(i, to)) {
                    decided[i] = PassageClassification.body("heading"); // a last short section ("La fiche technique")
                } else if (factSheetAt(i, to)) {
                    // A match report's "Fiche technique": venue, score, "Buts : …", "Arbitre : …" under its heading.
                    decided[i] = PassageClassification.body("heading");
                    for (int j = i + 1; j < to && (open(j) || features.get(j).keep()) && !features.get(j).nameLike()
                            && !features.get(j).capitalsName() && sheetLine(j); j++) {
                        decided[j] = PassageClassification.body(features.get(j).keep() ? features.get(j).keepReason()
                                : "in-article");
                        i = j;
                    }
                } else if (continuesArticle(i)) {
                    decided[i] = PassageClassification.body(spans.get(i).form() == PassageForm.ITEM ? "list-item"
                            : "in-article");
                } else {
                    decided[i] = PassageClassification.boilerplate("after-article");
                }
            }
        }
    }
}
