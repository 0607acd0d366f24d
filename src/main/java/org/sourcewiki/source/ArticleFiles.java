package org.sourcewiki.source;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which files an import reads, one rule for the command line's folder walk, a file it is given by name, and the web
 * upload (whose browsers send a picked folder's files with their paths, "folder/.git/config"): a hidden file, or any
 * file inside a hidden folder (a path part starting with a dot), is left alone as "hidden file"; a file whose
 * extension names no kind of article the importer reads is left alone as "not an article file (jpg)". A file
 * without extension is read (as text, or by what its bytes say).
 */
public final class ArticleFiles {
    /** Extensions of the kinds of article files an import reads, lower case, without the dot. */
    static final Set<String> EXTENSIONS = Set.of(
            "txt", "text", "md", "markdown", "html", "htm", "xhtml", "pdf", "docx", "odt");

    public static final String HIDDEN = "hidden file";
    public static final String IN_HIDDEN_FOLDER = "in a hidden folder";

    private static final Pattern SEPARATORS = Pattern.compile("[/\\\\]");

    private ArticleFiles() {
    }

    /**
     * Why an import leaves this file alone, or empty when it reads it: {@link #hidden} first, then
     * {@link #notAnArticle}.
     *
     * @param path the file's path inside what was given (a folder walked, or an upload's file name as the browser
     *             sent it), parts separated by {@code /} or {@code \}
     */
    public static Optional<String> skipReason(String path) {
        return hidden(path).or(() -> notAnArticle(path));
    }

    /**
     * "hidden file" when the file's name starts with a dot (".DS_Store"), "in a hidden folder" when a folder of its
     * path does (".git/config"); "." and ".." are steps of a path, not names, and hide nothing.
     */
    public static Optional<String> hidden(String path) {
        String[] parts = SEPARATORS.split(path == null ? "" : path);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith(".") && !part.equals(".") && !part.equals("..")) {
                return Optional.of(i == parts.length - 1 ? HIDDEN : IN_HIDDEN_FOLDER);
            }
        }
        return Optional.empty();
    }

    /**
     * "not an article file (jpg)" when the last part of the path has an extension that names no kind of article
     * the importer reads (see {@link #EXTENSIONS}); empty for article files and files without extension.
     */
    public static Optional<String> notAnArticle(String path) {
        String extension = extension(path);
        if (extension.isEmpty() || EXTENSIONS.contains(extension)) {
            return Optional.empty();
        }
        return Optional.of("not an article file (" + extension + ")");
    }

    /** The extension of the path's last part, lower case without the dot; empty for none (".profile" has none). */
    static String extension(String path) {
        String name = path == null ? "" : path.substring(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1).strip();
        int dot = name.lastIndexOf('.');
        return dot <= 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }
}
