package org.sourcewiki.config;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Settings read once from the environment, so that nothing else reads System.getenv. */
public record Config(
        String databaseUrl,
        String databaseUser,
        String databasePassword,
        int port,
        String publicUrl,
        Path dataDirectory,
        Path seedsDirectory,
        long importMaxBytes,
        Set<String> trustedProxies,
        String wikiName,
        boolean importAllowPrivate,
        String wikiLanguage,
        String databaseReadUrl) {

    public static final long DEFAULT_IMPORT_MAX_BYTES = 5L * 1024 * 1024;

    public static Config fromEnvironment() {
        return fromMap(System.getenv());
    }

    public static Config fromMap(Map<String, String> env) {
        return fromMap(env, home(Path.of("").toAbsolutePath(), jarFolder()));
    }

    /**
     * The settings, with the relative DATA_DIR and SEEDS_DIR (defaults {@code data} and {@code seeds}) resolved
     * against home (see {@link #home}).
     */
    public static Config fromMap(Map<String, String> env, Path home) {
        int port = parsePort(env.getOrDefault("PORT", "7070"));
        String publicUrl = env.getOrDefault("PUBLIC_URL", "http://localhost:" + port);
        return new Config(
                blankToNull(env.get("DATABASE_URL")),
                blankToNull(env.get("DATABASE_USER")),
                blankToNull(env.get("DATABASE_PASSWORD")),
                port,
                publicUrl.replaceAll("/+$", ""),
                home.resolve(env.getOrDefault("DATA_DIR", "data")),
                home.resolve(env.getOrDefault("SEEDS_DIR", "seeds")),
                parseSize(env.getOrDefault("IMPORT_MAX_BYTES", String.valueOf(DEFAULT_IMPORT_MAX_BYTES))),
                parseList(env.getOrDefault("TRUSTED_PROXIES", "")),
                wikiName(env.get("WIKI_NAME")),
                parseBoolean("IMPORT_ALLOW_PRIVATE", env.getOrDefault("IMPORT_ALLOW_PRIVATE", "false")),
                wikiLanguage(env.get("WIKI_LANGUAGE")),
                blankToNull(env.get("DATABASE_READ_URL")));
    }

    /**
     * The folder that relative data and seeds folders are read from: the working directory when it holds a
     * {@code seeds} or {@code data} folder (running from the repository, or a folder of one's own); otherwise the
     * repository the jar was built in ({@code target/..}) when that holds {@code seeds}, so that
     * {@code java -jar /path/to/sourcewiki/target/sourcewiki.jar} started anywhere finds the seeds and the same data
     * as a start from the repository; otherwise the working directory (a new, empty wiki, which the start says).
     *
     * @param jarFolder the folder holding the running jar, or null when not run from a jar (tests, an IDE)
     */
    static Path home(Path workingDirectory, Path jarFolder) {
        if (Files.isDirectory(workingDirectory.resolve("seeds")) || Files.isDirectory(workingDirectory.resolve("data"))) {
            return workingDirectory;
        }
        if (jarFolder != null && jarFolder.getParent() != null && Files.isDirectory(jarFolder.getParent().resolve("seeds"))) {
            return jarFolder.getParent();
        }
        return workingDirectory;
    }

    private static Path jarFolder() {
        try {
            Path code = Path.of(Config.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code.toString().endsWith(".jar") ? code.toAbsolutePath().getParent() : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null; // an unusual class loader: fall back to the working directory
        }
    }

    /** Comma- or space-separated values, such as the addresses of trusted reverse proxies. */
    private static Set<String> parseList(String value) {
        Set<String> items = new LinkedHashSet<>();
        for (String item : value.split("[,\\s]+")) {
            if (!item.isBlank()) {
                items.add(item.strip());
            }
        }
        return Set.copyOf(items);
    }

    public static final String DEFAULT_WIKI_NAME = "Sourcewiki";

    /** The name references give the wiki (container title, publisher, "… contributors"): WIKI_NAME, one line. */
    static String wikiName(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_WIKI_NAME;
        }
        String name = value.strip();
        if (name.length() > 200 || name.chars().anyMatch(Character::isISOControl)) {
            throw new ConfigException("WIKI_NAME must be one line of at most 200 characters");
        }
        return name;
    }

    /** The language pages are written in unless a page says otherwise (its lang=), for screen readers and hyphenation. */
    public static final String DEFAULT_WIKI_LANGUAGE = "fr";

    /** WIKI_LANGUAGE: a BCP 47 language tag (RFC 5646) such as fr, en or pt-BR; default fr, the demo corpus's. */
    static String wikiLanguage(String value) {
        if (value == null || value.isBlank()) {
            return DEFAULT_WIKI_LANGUAGE;
        }
        String tag = value.strip();
        if (!LanguageTags.isValid(tag)) {
            throw new ConfigException("WIKI_LANGUAGE must be a language tag such as fr, en or pt-BR, not " + tag);
        }
        return tag;
    }

    public boolean usesEmbeddedDatabase() {
        return databaseUrl == null;
    }

    private static int parsePort(String value) {
        try {
            int port = Integer.parseInt(value.trim());
            if (port < 0 || port > 65535) {
                throw new ConfigException("PORT must be between 0 and 65535, not " + value);
            }
            return port;
        } catch (NumberFormatException e) {
            throw new ConfigException("PORT must be a number, not '" + value + "'");
        }
    }

    /** Accepts plain bytes or a number with a K, M or G suffix (powers of 1024). */
    public static long parseSize(String value) {
        String text = value.trim().toUpperCase();
        long unit = 1;
        if (text.endsWith("B")) {
            text = text.substring(0, text.length() - 1);
        }
        if (text.endsWith("K")) {
            unit = 1024;
        } else if (text.endsWith("M")) {
            unit = 1024 * 1024;
        } else if (text.endsWith("G")) {
            unit = 1024L * 1024 * 1024;
        }
        if (unit > 1) {
            text = text.substring(0, text.length() - 1);
        }
        try {
            long size = Long.parseLong(text.trim()) * unit;
            if (size <= 0) {
                throw new ConfigException("a size limit must be positive, not " + value);
            }
            return size;
        } catch (NumberFormatException e) {
            throw new ConfigException("not a size: '" + value + "' (examples: 5000000, 5M, 512K)");
        }
    }

    /** true or false (also yes/no, 1/0), for IMPORT_ALLOW_PRIVATE: may `import URL` fetch non-public addresses. */
    static boolean parseBoolean(String name, String value) {
        String text = value.trim().toLowerCase(Locale.ROOT);
        if (text.equals("true") || text.equals("yes") || text.equals("1")) {
            return true;
        }
        if (text.isEmpty() || text.equals("false") || text.equals("no") || text.equals("0")) {
            return false;
        }
        throw new ConfigException(name + " must be true or false, not '" + value + "'");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
