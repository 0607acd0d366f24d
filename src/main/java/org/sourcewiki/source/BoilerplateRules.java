package org.sourcewiki.source;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The line rules of {@code boilerplate-rules.tsv}: each names a kind of line (a share widget, a cookie banner, a
 * section label closing the article, a byline …) and says what it is evidence of ({@link Effect}). A rule decides a
 * passage whose folded text matches its pattern and that is no longer than the rule's limit, so that a long
 * paragraph merely mentioning the same words stays with the article. The file's header documents the columns.
 */
public final class BoilerplateRules {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    /** What a matching line is evidence of. */
    public enum Effect {
        /** The passage is boilerplate. */
        JUNK,
        /** A section label closing the article: boilerplate, and what follows it is not the article. */
        END,
        /** A "read also" teaser line: boilerplate; several closing the page make a teaser list. */
        READ_ALSO,
        /** A photo credit: boilerplate; a caption next to it is a caption. */
        CREDIT,
        /** A bare time or relative date: boilerplate; after the article, the sign of a teaser list. */
        TIMESTAMP,
        /** A byline, dateline or signature the article states: evidence for the article. */
        KEEP;

        static Effect fromCode(String code) {
            return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
        }

        /** Whether a matching passage is boilerplate (every effect but {@link #KEEP}). */
        public boolean isJunk() {
            return this != KEEP;
        }
    }

    /** One rule: its name (the reason recorded on the passage), its effect, its length limit and its pattern. */
    public record Rule(String name, Effect effect, int maxChars, Pattern pattern) {
    }

    private final List<Rule> rules;

    private BoilerplateRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** The rules of {@code /boilerplate-rules.tsv} on the classpath; a missing or malformed file is a build fault. */
    public static BoilerplateRules load() {
        try (InputStream in = BoilerplateRules.class.getResourceAsStream("/boilerplate-rules.tsv")) {
            if (in == null) {
                throw new IllegalStateException("boilerplate-rules.tsv is missing from the classpath");
            }
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads rule lines: name, effect, longest passage in characters, pattern (tab-separated; # starts a comment). */
    static BoilerplateRules parse(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", 4);
            if (columns.length != 4) {
                throw new IllegalStateException("boilerplate rule is not four tab-separated columns: " + line);
            }
            rules.add(new Rule(columns[0], Effect.fromCode(columns[1]), Integer.parseInt(columns[2]),
                    Pattern.compile(columns[3])));
        }
        return new BoilerplateRules(rules);
    }

    /** The first rule that decides this passage, if any. */
    public Optional<Rule> match(String passage) {
        String folded = fold(passage);
        int length = passage.strip().length();
        for (Rule rule : rules) {
            if (length <= rule.maxChars() && rule.pattern().matcher(folded).find()) {
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }

    /**
     * French inclusive writing ("abonné·es", "lecteur·rice·s", "salarié.e.s"): the ending after the middle dot (or
     * after two full stops) is dropped, keeping a plural "s", so that "abonné·es" reads as "abonnés" does.
     */
    private static final Pattern INCLUSIVE = Pattern.compile(
            "(?<=\\p{L})(?:[·•‧⋅](?:e|rice|trice|euse|ice|ne|le|te)(?:[·•‧⋅]?(s))?|\\.(?:e|rice|trice|euse|ne|le|te)\\.(s))(?!\\p{L})");

    /**
     * Lower case, no accents, straight apostrophes and quotes, single spaces, inclusive writing read as its plain
     * form: what the patterns are written for.
     */
    public static String fold(String text) {
        String plain = INCLUSIVE.matcher(text).replaceAll(m -> m.group(1) != null || m.group(2) != null ? "s" : "");
        String decomposed = Normalizer.normalize(plain, Normalizer.Form.NFD);
        String unaccented = MARKS.matcher(decomposed).replaceAll("");
        String straight = unaccented.replace('’', '\'').replace('‘', '\'').replace('ʼ', '\'');
        return SPACES.matcher(straight).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
