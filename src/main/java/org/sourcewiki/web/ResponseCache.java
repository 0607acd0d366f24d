package org.sourcewiki.web;

import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPOutputStream;
import org.sourcewiki.db.ContentGeneration;

/**
 * Whole responses of the reading routes, cached in this app server's memory under the content generation (see
 * {@link ContentGeneration}), so they cannot go stale: any change a reader could see bumps the generation in the same
 * transaction; this server hears of it by a notification at commit (or asks PostgreSQL when it cannot trust what it
 * heard), and the next request misses. A reader who wrote something carries its generation in a cookie
 * ({@value #WROTE_COOKIE}), so they see their own change at once on every app server.
 *
 * <p>The key is the method-independent request as a reader's page depends on it: path and query, interface language,
 * and for a signed-in reader the account and CSRF token (which the page carries), plus the generation. The value
 * keeps the body both as it is and gzipped (sent as is when the client accepts gzip, so a hit costs no compression),
 * the headers the route set (content type, Memento Link and Vary, Cache-Control) and a weak ETag of the body.
 * Every cacheable response gets the ETag, and a request whose If-None-Match names it gets 304 (RFC 9110 §13.1.2).
 * Memory is bounded (entries of an older generation are dropped as soon as a newer one is seen, and a byte budget
 * evicts the least recently used).
 *
 * <p>Old revisions' permalinks say {@code Cache-Control: immutable} for a year (their text never changes); other
 * responses say {@code no-cache}, so browsers and proxies may keep them but ask again, with the ETag, each time.
 */
public final class ResponseCache {
    /** Set by a route on a response that shows an old revision: it may be kept a year without asking again. */
    public static final String IMMUTABLE = "sourcewiki.immutable";
    private static final String KEY = "sourcewiki.cache-key";
    private static final String HIT = "sourcewiki.cache-hit";
    private static final List<String> KEPT_HEADERS = List.of("Content-Type", "Link", "Memento-Datetime", "Vary", "Cache-Control");
    private static final String IMMUTABLE_FOR_ALL = "public, max-age=31536000, immutable";
    private static final String IMMUTABLE_FOR_ONE = "private, max-age=31536000, immutable";
    /** The reading routes: pages and their history, differences and links, sources, search, indexes, page JSON. */
    private static final Pattern CACHEABLE = Pattern.compile(
            "/|/wiki/[^/]+(/history|/diff|/links)?|/sources|/sources/[^/]+|/search|/pages|/actors|/agreements|/recent"
                    + "|/api/pages/[^/]+(/revisions)?|/api/sources");

    /** The generation of a reader's last write, so they see it at once on any app server (see ContentGeneration). */
    static final String WROTE_COOKIE = "sw_gen";
    private static final int WROTE_SECONDS = 600;
    private static final Pattern NUMBER = Pattern.compile("[0-9]{1,18}");

    private final ContentGeneration generation;
    private final Auth auth;
    private final long budgetBytes;
    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true);
    private long bytes;
    private long seenGeneration;

    /** A cached response: body as is and gzipped, the headers the route set, its ETag. */
    record Entry(byte[] body, byte[] gzipped, Map<String, List<String>> headers, String etag) {
        long size() {
            return body.length + gzipped.length + 200L;
        }
    }

    public ResponseCache(ContentGeneration generation, Auth auth, long budgetBytes) {
        this.generation = generation;
        this.auth = auth;
        this.budgetBytes = budgetBytes;
    }

    /**
     * Before the route (after the session lookup): answers from the cache when it can, with 304 when the client
     * already holds the same body; otherwise notes the key for {@link #store}.
     */
    public void serveCached(Context ctx) {
        if ((ctx.method() != HandlerType.GET && ctx.method() != HandlerType.HEAD) || !CACHEABLE.matcher(ctx.path()).matches()
                || ctx.header("Accept-Datetime") != null) {
            return;
        }
        String wrote = ctx.cookie(WROTE_COOKIE);
        long now = generation.current(wrote != null && NUMBER.matcher(wrote).matches() ? Long.parseLong(wrote) : 0);
        String key = key(ctx, now);
        Entry entry;
        synchronized (this) {
            if (now > seenGeneration) {
                // Nothing cached under an older generation can be asked for again by a reader of this one.
                entries.clear();
                bytes = 0;
                seenGeneration = now;
            }
            entry = entries.get(key);
        }
        if (entry == null) {
            ctx.attribute(KEY, key);
            return;
        }
        ctx.attribute(HIT, true);
        entry.headers().forEach((name, values) -> values.forEach(value -> {
            if (name.equals("Content-Type")) {
                ctx.contentType(value);
            } else {
                ctx.res().addHeader(name, value);
            }
        }));
        ctx.header("ETag", entry.etag());
        String accepted = ctx.header("Accept-Encoding");
        if (entry.etag().equals(ctx.header("If-None-Match"))) {
            ctx.status(304);
        } else if (accepted != null && accepted.toLowerCase(Locale.ROOT).contains("gzip")) {
            ctx.header("Content-Encoding", "gzip");
            write(ctx, entry.gzipped());
        } else {
            write(ctx, entry.body());
        }
        ctx.skipRemainingHandlers();
    }

    /**
     * Writes stored bytes straight to the connection with their length: handing them to the framework as a result
     * would copy them through buffers of its own on every hit (most of what a cached page view allocated).
     */
    private static void write(Context ctx, byte[] bytes) {
        ctx.res().setContentLength(bytes.length);
        if (ctx.method() == HandlerType.HEAD) {
            return;
        }
        try {
            ctx.res().getOutputStream().write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // the reader went away
        }
    }

    /** After the route and its after-handlers: keeps a 200 answer to a GET, and gives it its ETag and Cache-Control. */
    public void store(Context ctx) {
        String key = ctx.attribute(KEY);
        if (key == null || ctx.attribute(HIT) != null || ctx.status().getCode() != 200) {
            return;
        }
        boolean signedIn = Auth.account(ctx).isPresent();
        boolean immutable = Boolean.TRUE.equals(ctx.attribute(IMMUTABLE));
        ctx.header("Cache-Control", immutable ? (signedIn ? IMMUTABLE_FOR_ONE : IMMUTABLE_FOR_ALL) : "no-cache");
        // A field of its own (RFC 9110 §5.3: repeated fields combine), beside any Vary the route set.
        ctx.res().addHeader("Vary", "Accept-Language, Cookie, Accept-Encoding");
        if (ctx.method() != HandlerType.GET) {
            return;
        }
        byte[] body = body(ctx);
        if (body == null) {
            return;
        }
        String etag = "W/\"" + digest(body) + "\"";
        ctx.header("ETag", etag);
        Map<String, List<String>> headers = new LinkedHashMap<>();
        for (String name : KEPT_HEADERS) {
            List<String> values = List.copyOf(ctx.res().getHeaders(name));
            if (!values.isEmpty()) {
                headers.put(name, values);
            }
        }
        Entry entry = new Entry(body, gzip(body), headers, etag);
        if (entry.size() > budgetBytes / 8) {
            return;
        }
        synchronized (this) {
            if (!key.endsWith("#" + seenGeneration)) {
                return; // the generation moved on while this response was made
            }
            Entry old = entries.put(key, entry);
            bytes += entry.size() - (old == null ? 0 : old.size());
            var eldest = entries.entrySet().iterator();
            while (bytes > budgetBytes && eldest.hasNext()) {
                bytes -= eldest.next().getValue().size();
                eldest.remove();
            }
        }
    }

    /**
     * After a request that may have written (any method but GET and HEAD): this server knows the new generation at
     * once, and the reader carries it in a cookie, so that their next request, on whichever app server, is answered
     * at that generation or later even before the change's notification has reached that server.
     */
    public void rememberWrite(Context ctx) {
        if (ctx.method() == HandlerType.GET || ctx.method() == HandlerType.HEAD || ctx.path().startsWith("/static/")) {
            return;
        }
        ctx.cookie(auth.cookie(WROTE_COOKIE, String.valueOf(generation.afterWrite()), WROTE_SECONDS));
    }

    /** How many responses are cached now (for tests). */
    public synchronized int size() {
        return entries.size();
    }

    private static String key(Context ctx, long generation) {
        String query = ctx.queryString();
        StringBuilder key = new StringBuilder(ctx.path());
        if (query != null && !query.isEmpty()) {
            key.append('?').append(query);
        }
        key.append('|').append(Locales.of(ctx).getLanguage());
        Auth.account(ctx).ifPresent(account -> key.append("|account ").append(account.id()).append(' ').append(Auth.csrf(ctx)));
        return key.append('#').append(generation).toString();
    }

    private static byte[] body(Context ctx) {
        InputStream stream = ctx.resultInputStream();
        if (stream == null) {
            return null;
        }
        try {
            byte[] body = stream.readAllBytes();
            ctx.result(body); // the stream is spent: give the route's answer back
            return body;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String digest(byte[] body) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(hash).substring(0, 22);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] gzip(byte[] body) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
