package org.sourcewiki.account;

import java.nio.charset.StandardCharsets;
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

    public AccountService(Jdbi jdbi) {
        this.accounts = jdbi.onDemand(AccountDao.class);
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

    public LoginResult login(String name, String password) {
        if (name == null || name.isBlank() || password == null) {
            return new LoginResult.Failure("login.failed", 0);
        }
        if (accounts.isBlocked(name).orElse(false)) {
            return new LoginResult.Failure("login.slowDown", accounts.secondsBlocked(name).orElse(1));
        }
        Optional<Account> account = accounts.findByName(name);
        // Verify a hash even for unknown names, so timing does not tell which names exist.
        String hash = account.map(a -> accounts.passwordHash(a.id())).orElse(DUMMY_HASH);
        boolean matches = Passwords.verify(password, hash);
        if (account.isEmpty() || !matches || !account.get().canEdit()) {
            accounts.recordFailure(name);
            return new LoginResult.Failure("login.failed", 0);
        }
        accounts.clearFailures(name);
        String token = newToken();
        accounts.insertSession(digest(token), account.get().id());
        return new LoginResult.Success(account.get(), token);
    }

    public Optional<Account> bySessionToken(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        return accounts.findBySession(digest(token));
    }

    public void logout(String token) {
        if (token != null) {
            accounts.deleteSession(digest(token));
        }
    }

    public void changePassword(Account account, String current, String replacement, String repeated) {
        if (!Passwords.verify(current == null ? "" : current, accounts.passwordHash(account.id()))) {
            throw new AccountException("password.currentWrong");
        }
        if (replacement == null || !replacement.equals(repeated)) {
            throw new AccountException("password.mismatch");
        }
        checkPassword(replacement);
        accounts.setPasswordHash(account.id(), Passwords.hash(replacement));
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

    static String digest(String token) {
        return ArticleParser.sha256(token.getBytes(StandardCharsets.UTF_8));
    }

    private static final String DUMMY_HASH = Passwords.hash(newToken());
}
