package org.sourcewiki.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the boilerplate classifier measures on one block, before looking at its neighbours: its length, its words,
 * the share of them that are stop words (jusText's stop-word density), how much it reads like a sentence, a
 * headline, a name or a menu, and the line rule that matches it.
 *
 * @param chars        length of the stripped text, in UTF-16 characters
 * @param words        word count (letters and digits; an apostrophe splits "l'accord" into two words)
 * @param stopDensity  stop words over words, 0 to 1 (0 when there are no words)
 * @param capitalised  capitalised words over words that are not stop words, 0 to 1
 * @param lowerCaseStops stop words written in lower case (a menu capitalises every item)
 * @param capitalisedAll capitalised words of two letters or more over all such words, 0 to 1
 */
record BlockFeatures(String text, String folded, int chars, int words, double stopDensity, double capitalised,
                     int lowerCaseStops, double capitalisedAll, boolean endsSentence, boolean hasColon,
                     Optional<BoilerplateRules.Rule> rule) {
    /** Initials a site closes its articles with, after the last sentence ("DM", "AFP"): the sentence still ends. */
    private static final Pattern SIGN_OFF = Pattern.compile("[.!?…»\"”]\\s+\\p{Lu}{2,4}$");

    /** A full stop after a word of four letters or more, then more words: two sentences, where a name has initials. */
    private static final Pattern SENTENCE_INSIDE = Pattern.compile("\\p{L}{4,}\\.\\s+\\S");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.;:!?…«»\"“”()\\[\\]]");
    private static final Pattern DIGIT = Pattern.compile("\\p{N}");
    private static final double LINK_ROW_CAPITALS = 0.3;
    private static final Pattern SPACED = Pattern.compile("\\s*(\\t|[ \\u00A0]{2,})\\s*");
    /** A role or note in brackets after a signature's name: "(Coll.)", "(stagiaire)", "(avec AFP)". */
    private static final Pattern NAME_NOTE = Pattern.compile("\\s*\\([^()]{1,25}\\)$");
    private static final Pattern AUTHOR_BIO = Pattern.compile(
            "\\p{Lu}[\\p{L}'-]+( \\p{Lu}[\\p{L}'-]+){1,3} (covers|writes about|reports on|is the [\\p{L}'’ -]{2,50}\\b(reporter|correspondent|editor|writer|columnist)\\b|is an? (reporter|correspondent"
                    + "|writer|journalist|staff writer|freelance|editor|columnist)|est (journaliste|correspondante?|reporter"
                    + "|rédact(eur|rice)|chroniqueu(r|se))|couvre|suit (l|la|le|les)\\b)\\b[^.!?]{0,140}(\\.\\s\\p{Lu}[^.!?]{0,140})?\\.?");
    private static final Pattern BYLINE_SHAPE = Pattern.compile(
            "\\p{Lu}[\\p{L}'-]+( \\p{Lu}[\\p{L}'-]+){1,3}((,|,? (in|à|from|depuis)) \\p{Lu}[\\p{L}'-]+( \\p{Lu}[\\p{L}'-]+)?"
                    + "| [-–—] (The |Le |La |L'|Les )?\\p{Lu}[\\p{L}'.-]+( \\p{Lu}[\\p{L}'.-]+){0,3})"
                    // "Nada HADDAD | OLJ": the surname in capitals, then the outlet's initials
                    + "|\\p{Lu}[\\p{Ll}'-]+( \\p{Lu}[\\p{Ll}'-]+)? \\p{Lu}{2,}(-\\p{Lu}{2,})? \\| \\p{Lu}{2,6}");
    private static final Pattern YEAR = Pattern.compile("\\b(19|20)\\d\\d\\b");
    /** A headline may end on an abbreviation's full stop ("… Until 3 a.m.", "… in the U.S."), never a sentence's. */
    static final Pattern ABBREVIATION_END = Pattern.compile("\\b(\\p{L}\\.){2,}$");
    private static final Pattern CREDIT_SHAPE = Pattern.compile(
            "\\p{Lu}[\\p{L}.'-]+( \\p{Lu}[\\p{L}.'-]+){0,3} ?/ ?\\p{Lu}[\\p{L}\\p{N}.'&-]+( \\p{Lu}[\\p{L}.'&-]+){0,4}"
                    // "…/Foto24/Gallo Images": the picture agencies it passed through
                    + "( ?/ ?\\p{Lu}[\\p{L}\\p{N}.'&-]+( \\p{Lu}[\\p{L}\\p{N}.'&-]+){0,3}){0,2}"
                    // "… via Getty Images", "…/AP, FILE": the agency that distributed it, an archive picture
                    + "( via \\p{Lu}[\\p{L}.'&-]+( \\p{Lu}[\\p{L}.'&-]+){0,2})?(, (FILE|File))?");
    /**
     * A photo's credit closing its caption, in brackets or parentheses: after the caption's full stop ("… on Monday.
     * (KVTR)"), in square brackets ("… in Nairobi. [Wilberforce Okwiri, Sentinel]"), or a name of two words or more
     * ("… on Thursday (Deccan Vaani)", "(Marie Rouge pour L'Éveil)"), or glued to the full stop ("… in a file
     * image.PACO PUENTES ARIAS"). An acronym glossing the name before it ("… Agency (NEA).") is one word, inside the
     * sentence: no credit. Case-sensitive, on the text as printed.
     */
    private static final Pattern CLOSING_CREDIT = Pattern.compile(
            "[.!?]\\s+[(\\[][\\p{Lu}©][^()\\[\\]]{1,60}[)\\]]\\.?$"
                    // in brackets without the full stop before: a name and an agency, or one word closing the line
                    // (an acronym glossing the words before it, "… l'armement [DGA].", ends a sentence: no credit)
                    + "|\\s\\[[\\p{Lu}©][^\\[\\]]{0,60}[\\s/][^\\[\\]]{1,60}\\]\\.?$|\\s\\[[\\p{Lu}©][^\\[\\]\\s/]{1,30}\\]$"
                    + "|\\s\\(\\p{Lu}[\\p{L}'’.-]*((\\s|\\s?[-–,/]\\s?)"
                    + "(\\p{Lu}[\\p{L}'’.-]*|for|pour|de|du|des|of|the|via)){1,6}\\)\\.?$"
                    // or glued to the caption's full stop, as a copy loses the line break ("… July.Jaime Ruiz Olmedo")
                    + "|\\p{Ll}[.!?]\\p{Lu}[\\p{L}'’-]*( \\p{Lu}[\\p{L}'’.-]*){1,4}$");
    /**
     * A photo's caption as agencies write them: one sentence describing the scene, then a comma, then when ("…, près
     * de Soubré, le 12 mars 2026.", "… in Munster, Germany, on Jan. 22.", "…, Tuesday, Feb. 17, 2026.", "…, en
     * septembre 2025."). Case-sensitive, on the text as printed.
     */
    private static final Pattern DATED_CAPTION = Pattern.compile("^\\p{Lu}[^.!?]{20,250}, (on |le |ce |en |in )?"
            + "((lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
            + "|Sunday),? )?(\\d{1,2}(er)? (janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre"
            + "|décembre|January|February|March|April|May|June|July|August|September|October|November|December)"
            + "|(Jan|Feb|Aug|Sept?|Oct|Nov|Dec)\\. \\d{1,2}|(January|February|March|April|May|June|July|August|September"
            + "|October|November|December) \\d{1,2}|janvier|février|mars|avril|juin|juillet|août|septembre|octobre"
            + "|novembre|décembre|January|February|March|April|June|July|August|September|October|November|December)"
            + "(,? \\d{4})?\\.$");
    /**
     * What a sentence of the article has and a photo's caption has not: a quotation, a dash (a dateline's, an
     * aside's), a reporting verb, a past or a future tense ("said", "a annoncé", "ont manifesté", "will"), "today", a
     * present progressive ("traders … are counting their losses": a caption shows, in the simple present).
     */
    private static final Pattern NOT_A_CAPTION = Pattern.compile("[«»“”\"–—]|\\b(said|says|say|told|announced"
            + "|announces|will|would|was|were|had|has|have|according|today|selon|déclare|indique|annonce|affirme"
            + "|explique|estime|précise|ont|avait|avaient|sera|seront|aujourd'hui)\\b|\\ba \\p{L}+é\\b"
            + "|\\b(are|is) (still |now )?(?!being\\b)\\p{L}{3,}ing\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A dated caption runs to at most this many words. */
    private static final int DATED_CAPTION_MAX_WORDS = 45;
    /** An agency dispatch's sign-off: two or more groups of capital initials between slashes ("AD/ADL/ASG"). */
    private static final Pattern SIGN_OFF_INITIALS = Pattern.compile("\\p{Lu}{1,5}(/\\p{Lu}{1,5}){1,4}");
    /** Words of navigation and widgets that never make up a person's name (boilerplate-not-names.txt). */
    private static final Set<String> NOT_NAMES = WordList.load("/boilerplate-not-names.txt");
    private static final Set<String> STOP_WORDS_BOTH = StopWords.of(null);
    /** Name particles that stay lower case inside a person's name. */
    private static final Set<String> PARTICLES = Set.of("de", "du", "des", "da", "van", "von", "ben", "ould", "ag",
            "el", "al", "bin", "la", "le", "di", "et", "and");

    static BlockFeatures of(String text, Set<String> stopWords, BoilerplateRules rules) {
        String stripped = text.strip();
        String folded = BoilerplateRules.fold(stripped);
        List<String> tokens = new ArrayList<>();
        var matcher = WORD.matcher(stripped);
        while (matcher.find()) {
            tokens.add(matcher.group());
        }
        List<String> foldedTokens = new ArrayList<>();
        var foldedMatcher = WORD.matcher(folded);
        while (foldedMatcher.find()) {
            foldedTokens.add(foldedMatcher.group());
        }
        boolean aligned = foldedTokens.size() == tokens.size();
        int stop = 0;
        int content = 0;
        int capitals = 0;
        int lowerStops = 0;
        int longTokens = 0;
        int longCapitals = 0;
        for (int t = 0; t < tokens.size(); t++) {
            String token = tokens.get(t);
            boolean upper = Character.isUpperCase(token.codePointAt(0)) || Character.isDigit(token.codePointAt(0));
            if (token.length() > 1) {
                longTokens++;
                longCapitals += upper ? 1 : 0;
            }
            if (stopWords.contains(aligned ? foldedTokens.get(t) : BoilerplateRules.fold(token))) {
                stop++;
                // Single letters are the ends of elisions ("Kazakhstan's", "l'État"), but for "a" and "à".
                lowerStops += upper || token.length() == 1 && !token.equals("a") && !token.equals("à") ? 0 : 1;
            } else {
                content++;
                if (Character.isUpperCase(token.codePointAt(0)) || Character.isDigit(token.codePointAt(0))) {
                    capitals++;
                }
            }
        }
        int last = stripped.isEmpty() ? ' ' : stripped.codePointBefore(stripped.length());
        boolean endsSentence = ".!?…»\"”)".indexOf(last) >= 0
                || SIGN_OFF.matcher(stripped).find(); // "… is not water." DM: a sentence, then the desk's sign-off
        return new BlockFeatures(stripped, folded, stripped.length(), tokens.size(),
                tokens.isEmpty() ? 0 : (double) stop / tokens.size(), content == 0 ? 0 : (double) capitals / content,
                lowerStops, longTokens == 0 ? 0 : (double) longCapitals / longTokens, endsSentence, stripped.indexOf(':') >= 0, rules.match(stripped));
    }

    boolean ruleIs(BoilerplateRules.Effect effect) {
        return rule.isPresent() && rule.get().effect() == effect;
    }

    /** A byline, dateline or signature: by a keep rule, or by the shape of a byline ("Grace Mwale in Lusaka"). */
    boolean keep() {
        return ruleIs(BoilerplateRules.Effect.KEEP) || bylineShaped();
    }

    /** The reason recorded for a kept line: the keep rule's name, or "byline". */
    String keepReason() {
        return ruleIs(BoilerplateRules.Effect.KEEP) ? rule.get().name() : "byline";
    }

    /**
     * A name of two to four capitalised words, then where the reporter writes from or for whom: "Grace Mwale in
     * Lusaka", "Sohel Rana, Munshiganj", "Catherine Villanueva - The Manila Daybreak", "Nada HADDAD | OLJ".
     */
    boolean bylineShaped() {
        return chars <= 60 && BYLINE_SHAPE.matcher(text).matches();
    }

    /** Reads as prose: long enough and with the function words that sentences have (jusText's "good"). */
    boolean good() {
        return chars >= 100 && stopDensity >= 0.22 && (endsSentence || chars >= 200);
    }

    /** A short sentence, or a longer block with some function words (jusText's "near-good"). */
    boolean nearGood() {
        return (words >= 5 && stopDensity >= 0.15 && endsSentence) || (chars >= 100 && stopDensity >= 0.15);
    }

    /** Long text with hardly any function words: keyword soup, link rows, lists of names. */
    boolean lowStopDensity() {
        return chars >= 150 && stopDensity < 0.08;
    }

    /** Could head an article or a section: a few words, a capital or digit first, no full stop at the end. */
    boolean headlineLike() {
        if (words < 2 || words > 30 || chars < 12 || chars > 220
                || text.endsWith(".") && !text.endsWith("..") && !ABBREVIATION_END.matcher(text).find()
                && !titleCaseSentences()) {
            return false;
        }
        return opensHeadline(text.codePointAt(0));
    }

    /**
     * Whether a line opening on this code point may be a headline: a capital, a digit or an opening quote; in a script
     * without capitals (Arabic, Hebrew, Devanagari, Ge'ez…: Unicode category Lo) any letter.
     */
    static boolean opensHeadline(int first) {
        return Character.isUpperCase(first) || Character.getType(first) == Character.OTHER_LETTER
                || Character.isDigit(first) || "«\"“'‘".indexOf(first) >= 0;
    }

    /**
     * Two short sentences in Title Case, as an English-language opinion headline is written ("Armenia and Azerbaijan
     * Have a Peace Deal. Now They Need a Border."): a sentence of the running text never capitalises its words.
     */
    boolean titleCaseSentences() {
        return words <= 20 && capitalisedAll >= 0.75 && lowerCaseStops > 0 && SENTENCE_INSIDE.matcher(text).find();
    }

    /** A name signed with a full stop ("Maëlle Kerjean."), as some sites print their bylines. */
    boolean nameWithStop() {
        if (!text.endsWith(".") || text.endsWith("..") || chars < 2) {
            return false;
        }
        String name = text.substring(0, chars - 1);
        return new BlockFeatures(name, folded, name.length(), words, stopDensity, capitalised, lowerCaseStops,
                capitalisedAll, false, hasColon, rule).nameLike();
    }

    /** A person's name as a signature: two to five capitalised words (particles aside), no digits, no sentence. */
    boolean nameLike() {
        String bare = NAME_NOTE.matcher(text).replaceFirst("");
        if (!bare.equals(text) && !bare.isEmpty()) {
            return nameParts(bare);
        }
        if (words < 1 || chars > 50 || DIGIT.matcher(text).find() || hasColon || text.endsWith("?") || text.endsWith("..")
                || text.endsWith("…") || SENTENCE_INSIDE.matcher(text).find()) {
            return false; // "Preventing Conflict. Building Peace.": a motto of two sentences, not a name
        }
        if (text.equals(text.toUpperCase())) {
            return initials(); // "MORE OPTIONS": a button, not a signature; "A.B." initials are one
        }
        // Two reporters: "Kenji Morimoto and Aya Fujita", "Awa Traoré et Moussa Keïta".
        String[] pair = text.replace('\u00A0', ' ').strip().split("\\s+(and|et|&)\\s+|,\\s+");
        if (pair.length == 2) {
            return nameParts(pair[0]) && nameParts(pair[1]);
        }
        String[] parts = text.replace('\u00A0', ' ').split("[\\s,]+");
        if (parts.length < 2 || parts.length > 4) {
            return initials();
        }
        return nameParts(text);
    }

    /**
     * A name printed in capitals ("ABDOURAHMANE SALL"): two to four words of letters, which read as a name once
     * written in Title Case. Alone this is as much a button ("MORE OPTIONS"); only its place (right under the
     * headline, over the article's dateline) makes it a byline.
     */
    boolean capitalsName() {
        if (chars > 50 || !text.equals(text.toUpperCase()) || !text.matches("[\\p{L}'’ -]+")) {
            return false;
        }
        String[] parts = text.strip().split("\\s+");
        if (parts.length < 2 || parts.length > 4) {
            return false;
        }
        StringBuilder titled = new StringBuilder();
        for (String part : parts) {
            titled.append(titled.length() > 0 ? " " : "").append(part.charAt(0)).append(part.substring(1).toLowerCase());
        }
        return nameParts(titled.toString());
    }

    /** Two to four capitalised words (particles such as "de" aside), none a word that names no one. */
    private static boolean nameParts(String text) {
        String[] parts = text.replace('\u00A0', ' ').strip().split("[\\s,]+");
        if (parts.length < 2 || parts.length > 4) {
            return false;
        }
        for (String part : parts) {
            if (part.isEmpty() || PARTICLES.contains(part.toLowerCase())) {
                continue;
            }
            if (!Character.isUpperCase(part.codePointAt(0)) || NOT_NAMES.contains(BoilerplateRules.fold(part))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A photo credit written as "Name / Outlet" ("Hannah Cole / Prairie Post"): capitalised words on both sides of
     * a slash, nothing else.
     */
    boolean creditShaped() {
        // "ABS/OID/ASG": the initials of the agency's reporter, editor and desk signing the dispatch, not a credit.
        return chars <= 80 && CREDIT_SHAPE.matcher(text).matches() && !SIGN_OFF_INITIALS.matcher(text).matches();
    }

    /** A photo's caption written the agencies' way, one sentence ending on when (see DATED_CAPTION). */
    boolean datedCaption() {
        return words <= DATED_CAPTION_MAX_WORDS && DATED_CAPTION.matcher(text).matches()
                && !NOT_A_CAPTION.matcher(text).find();
    }

    /**
     * A caption closing on its photo's credit in brackets (see CLOSING_CREDIT): at most 400 characters, and at least
     * five words before the brackets, as a dateline ("Tunis, 8 juil. (Carthage Info avec agences)") or a quoted
     * paper's name over its city ("La Voz del Sur (Bahía Blanca)") has fewer.
     */
    boolean closingCredit() {
        Matcher credit = CLOSING_CREDIT.matcher(text);
        return chars <= 400 && credit.find() && text.substring(0, credit.start()).strip().split("\\s+").length >= 5;
    }

    /**
     * A line about the author rather than the story: "Anna Kowalski covers transport for Metro Weekly.", "Awa
     * Traoré est journaliste au service politique." A name of two to four capitalised words, then what they do.
     */
    boolean authorBio() {
        return chars <= 200 && AUTHOR_BIO.matcher(text).matches();
    }

    /** Initials such as "A.S." or "O.D." signing an article. */
    /** Initials in lower case alone, as a reporter signs under a headline ("dbo", "kv"); two to five letters. */
    boolean lowerCaseInitials() {
        return text.strip().matches("\\p{Ll}{2,5}");
    }

    private boolean initials() {
        return text.matches("(\\p{Lu}\\.){1,4}(\\s*(et|and|&)\\s*(\\p{Lu}\\.){1,4})?");
    }

    /**
     * A run of capitalised words, function words included ("What's On", "À propos"), without punctuation: a site
     * menu written on one line. A headline lowers its function words or has none of the menu's rhythm.
     */
    boolean menuLike() {
        if (navigationWords()) {
            return true;
        }
        if (text.indexOf(',') > 0 && nameLike()) {
            return false; // two reporters: "Conor Whelan, Eimear Ní Bhriain"
        }
        boolean allCaps = text.equals(text.toUpperCase()) && !text.equals(text.toLowerCase());
        // A list item of the article ends with ";" or "," ("Strassen (33,80 euros) ;"); a menu never does.
        return words >= 4 && !endsSentence && !hasColon && lowerCaseStops == 0 && capitalisedAll >= 0.75
                && !text.endsWith(";") && !text.endsWith(",")
                && !YEAR.matcher(text).find() // "Mon 24 Feb 2025 06.00 GMT" is a dateline
                && (stopDensity <= 0.15 || capitalised >= 0.8 && !allCaps); // "UN PARTENARIAT POUR LA RÉGION" is a heading
    }

    /**
     * A line made of the words of site navigation ("Reportages Photos Podcasts À propos", "News Sport Weather Jobs"):
     * three of them or more, and at least three quarters of the words that are not stop words, no sentence
     * punctuation. The words are the list of words that never name a person ({@code boilerplate-not-names.txt}).
     */
    boolean navigationWords() {
        if (endsSentence || hasColon || words < 3) {
            return false;
        }
        int navigation = 0;
        int content = 0;
        var matcher = WORD.matcher(folded);
        while (matcher.find()) {
            String word = matcher.group();
            if (NOT_NAMES.contains(word)) {
                navigation++;
                content++;
            } else if (!STOP_WORDS_BOTH.contains(word)) {
                content++;
            }
        }
        return navigation >= 3 && navigation * 4 >= content * 3;
    }

    /**
     * Items set side by side with runs of spaces, as a horizontal menu or a row of tags is copied from a page
     * ("About  Ethics Code  Contact", "Arras   Santé   Médecins"): three items or more, each of at most four words
     * and none a sentence. Sentences typed with two spaces after a full stop are longer than that.
     */
    boolean spacedItems() {
        String[] items = SPACED.split(text);
        if (items.length < 3) {
            return false;
        }
        for (String item : items) {
            long itemWords = WORD.matcher(item).results().count();
            if (itemWords == 0 || itemWords > 4 || item.endsWith(".")) {
                return false;
            }
        }
        return true;
    }

    /** Many words and no sentence at all: no full stop, colon or quote, hardly a comma, few function words. */
    boolean linkListLike() {
        long commas = text.chars().filter(c -> c == ',').count();
        return words >= 12 && !SENTENCE_PUNCTUATION.matcher(text).find() && commas * 10 <= words
                // A row of links capitalises its items, and a long one keeps some function words; a headline or a
                // standfirst without its full stop does not ("Southern Great Barrier Reef hit by severe bleaching …").
                && capitalisedAll >= LINK_ROW_CAPITALS && (stopDensity < 0.2 || words >= 25);
    }
}
