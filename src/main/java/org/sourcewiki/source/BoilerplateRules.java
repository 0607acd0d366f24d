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
import java.util.Optional;
import java.util.regex.Pattern;

/** The line rules of boilerplate-rules.tsv: each marks a short passage whose folded text matches its pattern. */
public final class BoilerplateRules {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

    record Rule(String name, int maxChars, Pattern pattern) {
    }

    private final List<Rule> rules;

    private BoilerplateRules(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

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

    static BoilerplateRules parse(List<String> lines) {
        List<Rule> rules = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t", 3);
            if (columns.length != 3) {
                throw new IllegalStateException("boilerplate rule is not three tab-separated columns: " + line);
            }
            rules.add(new Rule(columns[0], Integer.parseInt(columns[1]), Pattern.compile(columns[2])));
        }
        return new BoilerplateRules(rules);
    }

    /** The name of the first rule that marks this passage, if any. */
    public Optional<String> match(String passage) {
        String folded = fold(passage);
        for (Rule rule : rules) {
            if (passage.length() <= rule.maxChars() && rule.pattern().matcher(folded).find()) {
                return Optional.of(rule.name());
            }
        }
        return Optional.empty();
    }

    /** Lower case, no accents, straight apostrophes and quotes, single spaces: what the patterns are written for. */
    public static String fold(String text) {
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        String unaccented = MARKS.matcher(decomposed).replaceAll("");
        String straight = unaccented.replace('’', '\'').replace('‘', '\'').replace('ʼ', '\'');
        return SPACES.matcher(straight).replaceAll(" ").strip().toLowerCase(java.util.Locale.ROOT);
    }
}
