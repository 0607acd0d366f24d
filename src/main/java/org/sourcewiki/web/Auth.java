package org.sourcewiki.web;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HandlerType;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.Set;
import org.sourcewiki.account.Account;
import org.sourcewiki.account.AccountService;
import org.sourcewiki.account.Session;

/**
 * Who is asking, and whether a POST really comes from one of our forms. Sessions live in PostgreSQL (so any app
 * server can answer), found by an HttpOnly cookie. Every POST must carry _csrf equal to the reader's CSRF cookie
 * (double submit); the cookies are SameSite=Lax, and Secure when the wiki is served over https.
 */
public final class Auth {
    public static final String SESSION_COOKIE = "sw_session";
    public static final String CSRF_COOKIE = "sw_csrf";
    private static final String ACCOUNT = "sourcewiki.account";
    private static final String CSRF = "sourcewiki.csrf";
    private static final int SESSION_SECONDS = 30 * 24 * 3600;

    private final AccountService accounts;
    private final boolean secure;
    private final Set<String> trustedProxies;

    public Auth(AccountService accounts, boolean secure, Set<String> trustedProxies) {
        this.accounts = accounts;
        this.secure = secure;
        this.trustedProxies = trustedProxies;
    }

    /**
     * The client's address: the peer's, or behind a trusted reverse proxy (TRUSTED_PROXIES) the last address of
     * X-Forwarded-For that is not itself a trusted proxy (MDN, "X-Forwarded-For: security and privacy concerns").
     */
    public String clientAddress(Context ctx) {
        String peer = ctx.ip();
        String forwarded = ctx.header("X-Forwarded-For");
        if (forwarded == null || !trustedProxies.contains(peer)) {
            return peer;
        }
        String[] hops = forwarded.split(",");
        for (int i = hops.length - 1; i >= 0; i--) {
            String hop = hops[i].strip();
            if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
                return hop;
            }
        }
        return peer;
    }

    public void identify(Context ctx) {
        if (ctx.path().startsWith("/static/")) {
            return; // styles and scripts are the same for everyone: no session lookup, no cookie
        }
        String token = ctx.cookie(SESSION_COOKIE);
        Session session = token == null ? null : accounts.bySessionToken(token).orElse(null);
        if (session != null) {
            ctx.attribute(ACCOUNT, session.account());
        }
        String csrf = ctx.cookie(CSRF_COOKIE);
        if (csrf == null || !csrf.matches("[A-Za-z0-9_-]{43}")) {
            csrf = AccountService.newToken();
            ctx.cookie(cookie(CSRF_COOKIE, csrf, SESSION_SECONDS));
        }
        ctx.attribute(CSRF, csrf);
        if (ctx.method() == HandlerType.POST) {
            String sent = ctx.formParam("_csrf");
            boolean doubleSubmitted = sent != null
                    && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8), csrf.getBytes(StandardCharsets.UTF_8));
            // Signed in, the token must also be the one bound to this session at sign-in.
            boolean boundToSession = session == null || session.csrfSha256() == null
                    || AccountService.isSessionCsrf(session, sent);
            if (!doubleSubmitted || !boundToSession) {
                throw new CsrfException();
            }
        }
    }

    /**
     * Sets the cookies of a new session. The CSRF token is new at sign-in (one planted before it is worthless
     * after) and bound to the session: {@link AccountService#login} stored its digest with the session.
     */
    public void startSession(Context ctx, String token, String csrf) {
        ctx.cookie(cookie(SESSION_COOKIE, token, SESSION_SECONDS));
        ctx.cookie(cookie(CSRF_COOKIE, csrf, SESSION_SECONDS));
        ctx.attribute(CSRF, csrf);
    }

    /** Whether cookies are marked Secure (the wiki is served over https). */
    public boolean secure() {
        return secure;
    }

    /** A cookie of the wiki: path /, HttpOnly, SameSite=Lax, and Secure over https. */
    public Cookie cookie(String name, String value, int maxAge) {
        return new Cookie(name, value, "/", maxAge, secure, true, null, SameSite.LAX);
    }

    public void endSession(Context ctx) {
        accounts.logout(ctx.cookie(SESSION_COOKIE));
        ctx.cookie(cookie(SESSION_COOKIE, "", 0));
    }


    public static Optional<Account> account(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ACCOUNT));
    }

    public static String csrf(Context ctx) {
        return ctx.attribute(CSRF);
    }

    public static Account requireEditor(Context ctx) {
        Account account = account(ctx).orElseThrow(() -> new ForbiddenException("auth.signInToEdit"));
        if (!account.canEdit()) {
            throw new ForbiddenException("auth.editorsOnly");
        }
        return account;
    }

    public static Account requireAdmin(Context ctx) {
        Account account = requireEditor(ctx);
        if (!account.isAdmin()) {
            throw new ForbiddenException("auth.adminsOnly");
        }
        return account;
    }
}
