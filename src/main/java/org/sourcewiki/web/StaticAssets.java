package org.sourcewiki.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fingerprinted addresses of the files in static/ (styles, scripts, images): {@code css/sourcewiki.css} is linked as
 * {@code /static/css/sourcewiki.3f9c2a7b1d.css}, the first ten hex digits of the SHA-256 of its bytes, and served with
 * {@code Cache-Control: public, max-age=31536000, immutable}: a changed file gets a new address, so a browser never
 * asks twice for the same one. The plain addresses keep working (with a short max-age) for pages and links made
 * before. Templates write {@code ${assets.href('css/sourcewiki.css')}}.
 */
public final class StaticAssets {
    private static final Pattern FINGERPRINTED = Pattern.compile("/static/((?:[\\w-]+/)*[\\w.-]+?)\\.([0-9a-f]{10})\\.(\\w+)");
    private static final Map<String, String> TYPES = Map.of("css", "text/css; charset=utf-8",
            "js", "text/javascript; charset=utf-8", "svg", "image/svg+xml", "png", "image/png", "ico", "image/x-icon");

    private record Asset(String fingerprint, byte[] bytes) {
    }

    private final Map<String, Optional<Asset>> assets = new ConcurrentHashMap<>();

    /** The fingerprinted address of a file of static/ (a path like "css/sourcewiki.css"); the plain one if missing. */
    public String href(String name) {
        return asset(name).map(asset -> {
            int dot = name.lastIndexOf('.');
            return "/static/" + name.substring(0, dot) + "." + asset.fingerprint() + name.substring(dot);
        }).orElse("/static/" + name);
    }

    /**
     * Serves /static/{name}.{fingerprint}.{ext}, and the plain /static/{name}.{ext}. A fingerprint of an older version of the file (a page cached
     * before a deployment) gets today's file, but not as immutable.
     */
    public void serve(Context ctx) {
        Matcher matcher = FINGERPRINTED.matcher(ctx.path());
        String name = matcher.matches() ? matcher.group(1) + "." + matcher.group(3) : ctx.path().substring("/static/".length());
        Asset asset = asset(name).orElseThrow(() -> new NotFoundException("notFound.path", ctx.path()));
        String extension = name.substring(name.lastIndexOf('.') + 1);
        ctx.contentType(TYPES.getOrDefault(extension, "application/octet-stream"));
        if (!matcher.matches()) {
            ctx.header("Cache-Control", "public, max-age=3600"); // the plain address: the file may change under it
        } else {
            ctx.header("Cache-Control", asset.fingerprint().equals(matcher.group(2))
                    ? "public, max-age=31536000, immutable" : "public, max-age=300");
        }
        ctx.result(asset.bytes());
    }

    private Optional<Asset> asset(String name) {
        Optional<Asset> known = assets.get(name);
        if (known != null) {
            return known;
        }
        // Only files found are remembered: requests for made-up names must not fill memory.
        Optional<Asset> found = load(name);
        found.ifPresent(asset -> assets.put(name, found));
        return found;
    }

    private static Optional<Asset> load(String key) {
        if (key.contains("..") || key.contains("//") || key.isEmpty() || key.endsWith("/")) {
            return Optional.empty();
        }
        try (InputStream in = StaticAssets.class.getClassLoader().getResourceAsStream("static/" + key)) {
            if (in == null) {
                return Optional.empty();
            }
            byte[] bytes = in.readAllBytes();
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(bytes);
            return Optional.of(new Asset(HexFormat.of().formatHex(hash).substring(0, 10), bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
