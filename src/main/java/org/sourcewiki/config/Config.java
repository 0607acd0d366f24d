package org.sourcewiki.config;

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
        String databaseReadUrl) {

    public static final long DEFAULT_IMPORT_MAX_BYTES = 5L * 1024 * 1024;

    public static Config fromEnvironment() {
        return fromMap(System.getenv());
    }

    public static Config fromMap(Map<String, String> env) {
        int port = parsePort(env.getOrDefault("PORT", "7070"));
        String publicUrl = env.getOrDefault("PUBLIC_URL", "http://localhost:" + port);
        return new Config(
                blankToNull(env.get("DATABASE_URL")),
                blankToNull(env.get("DATABASE_USER")),
                blankToNull(env.get("DATABASE_PASSWORD")),
                port,
                publicUrl.replaceAll("/+$", ""),
                Path.of(env.getOrDefault("DATA_DIR", "data")),
                Path.of(env.getOrDefault("SEEDS_DIR", "seeds")),
                parseSize(env.getOrDefault("IMPORT_MAX_BYTES", String.valueOf(DEFAULT_IMPORT_MAX_BYTES))),
                parseList(env.getOrDefault("TRUSTED_PROXIES", "")),
                wikiName(env.get("WIKI_NAME")),
                parseBoolean("IMPORT_ALLOW_PRIVATE", env.getOrDefault("IMPORT_ALLOW_PRIVATE", "false")),
                blankToNull(env.get("DATABASE_READ_URL")));
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
