package org.sourcewiki.account;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.sourcewiki.source.ArticleParser;

/** Accounts, sign-in with slowing down of guessing, and sessions kept in PostgreSQL. */
public final class AccountService {
    public static final int MIN_PASSWORD_LENGTH = 10;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final AccountDao accounts;
    private final LoginThrottle throttle;

    public AccountService(Jdbi jdbi) {
        this.accounts = jdbi.onDemand(AccountDao.class);
        this.throttle = new LoginThrottle(jdbi);
    }

    public LoginThrottle throttle() {
        return throttle;
    }

    /** Creates an account; the message of the exception says what is wrong with the input. */
    public Account create(String name, String password, String role) {
        if (name == null || !name.matches("[\\p{L}\\p{N}_.-]{1,64}")) {
            throw new AccountException("account.nameInvalid");
        }
        if (!List.of(Account.EDITOR, Account.ADMIN).contains(role)) {
            throw new AccountException("account.roleInvalid");
        }
        checkPassword(password);
        if (accounts.findByName(name).isPresent()) {
            throw new AccountException("account.nameTaken");
        }
        return accounts.insert(name, Passwords.hash(password), role);
    }

    public Account systemAccount(String name) {
        return accounts.findByName(name).orElseGet(() -> accounts.insert(name, Passwords.unusable(), Account.SYSTEM));
    }

    public sealed interface LoginResult {
        record Success(Account account, String sessionToken) implements LoginResult {
        }

        record Failure(String messageKey, int waitSeconds) implements LoginResult {
        }
    }

    /**
     * Signs in: counts the attempt for this name from this client address first (see {@link LoginThrottle}), then
     * checks the password. A success opens a session whose CSRF token is bound to it; its token is returned once.
     */
    public LoginResult login(String name, String password, String address, String csrfToken) {
        if (name == null || name.isBlank() || password == null) {
            return new LoginResult.Failure("login.failed", 0);
        }
        LoginThrottle.Verdict verdict = throttle.attempt(name, address);
        if (!verdict.allowed()) {
            return new LoginResult.Failure("login.slowDown", verdict.waitSeconds());
        }
        // A name no account can have (control characters, too long) fails like a wrong password, after counting.
        Optional<Account> account = name.length() > 200 || name.codePoints().anyMatch(Character::isISOControl)
                ? Optional.empty() : accounts.findByName(name);
        // Verify a hash even for unknown names, so timing does not tell which names exist.
        String hash = account.map(a -> accounts.passwordHash(a.id())).orElse(DUMMY_HASH);
        boolean matches = Passwords.verify(password, hash);
        if (account.isEmpty() || !matches || !account.get().canEdit()) {
            throttle.expireOld();
            return new LoginResult.Failure("login.failed", 0);
        }
        throttle.succeeded(name, address);
        String token = newToken();
        accounts.insertSession(digest(token), account.get().id(), digest(csrfToken));
        return new LoginResult.Success(account.get(), token);
    }

    /**
     * The signed-in session of this cookie token, if it is valid: not expired (30 days after sign-in), not idle for
     * {@value #IDLE_DAYS} days, its account not disabled. Its last-seen time is refreshed at most every 5 minutes.
     */
    public Optional<Session> bySessionToken(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        Optional<Session> session = accounts.findSession(digest(token), IDLE_DAYS);
        session.filter(Session::seenLongAgo).ifPresent(s -> accounts.touchSession(digest(token)));
        return session;
    }

    /** Sessions end after this many days without a request, as well as 30 days after sign-in. */
    public static final int IDLE_DAYS = 7;

    /** Whether a CSRF token is the one bound to this session at sign-in. */
    public static boolean isSessionCsrf(Session session, String csrfToken) {
        return csrfToken != null && session.csrfSha256() != null && MessageDigest.isEqual(
                digest(csrfToken).getBytes(StandardCharsets.UTF_8), session.csrfSha256().getBytes(StandardCharsets.UTF_8));
    }

    public void logout(String token) {
        if (token != null) {
            accounts.deleteSession(digest(token));
        }
    }

    /** Changes the password and ends every other session of the account (the one in use, named by its token, stays). */
    public void changePassword(Account account, String sessionToken, String current, String replacement, String repeated) {
        if (!Passwords.verify(current == null ? "" : current, accounts.passwordHash(account.id()))) {
            throw new AccountException("password.currentWrong");
        }
        if (replacement == null || !replacement.equals(repeated)) {
            throw new AccountException("password.mismatch");
        }
        checkPassword(replacement);
        accounts.setPasswordHash(account.id(), Passwords.hash(replacement));
        accounts.deleteOtherSessionsOf(account.id(), sessionToken == null ? "" : digest(sessionToken));
    }

    public List<Account> people() {
        return accounts.listPeople();
    }

    public void setRole(long accountId, String role) {
        if (!List.of(Account.EDITOR, Account.ADMIN).contains(role)) {
            throw new AccountException("account.roleInvalid");
        }
        accounts.setRole(accountId, role);
    }

    public void setDisabled(long accountId, boolean disabled) {
        accounts.setDisabled(accountId, disabled);
        if (disabled) {
            accounts.deleteSessionsOf(accountId);
        }
    }

    private static void checkPassword(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            throw new AccountException("password.tooShort");
        }
        if (password.length() > 1000) {
            throw new AccountException("password.tooLong");
        }
    }

    public static String newToken() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    public static String digest(String token) {
        return ArticleParser.sha256(token.getBytes(StandardCharsets.UTF_8));
    }

    private static final String DUMMY_HASH = Passwords.hash(newToken());
}
