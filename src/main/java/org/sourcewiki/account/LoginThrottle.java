package org.sourcewiki.account;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Locale;
import java.util.Optional;
import org.jdbi.v3.core.Jdbi;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;
import org.sourcewiki.source.ArticleParser;

/**
 * Slows down password guessing the way the OWASP Authentication Cheat Sheet advises, without letting anyone lock
 * an account's owner out:
 * <ul>
 *   <li>attempts are counted per client address, and per account name <em>at that address</em>: a stranger's
 *       wrong guesses block the stranger's address, never the owner signing in from elsewhere;</li>
 *   <li>every attempt is counted <em>before</em> the password is checked, in one atomic statement per counter, so
 *       24 parallel guesses cannot all slip under the limit;</li>
 *   <li>counts decay: a counter untouched for {@value #DECAY_MINUTES} minutes starts again from zero, and a block
 *       lasts 2^(n − limit) seconds, at most 15 minutes;</li>
 *   <li>unknown names are counted like known ones (under a digest of the name, so any text is a safe key), and
 *       counters older than a day are deleted.</li>
 * </ul>
 */
public final class LoginThrottle {
    /** Wrong attempts for one name from one address before it is slowed down. */
    static final int PAIR_LIMIT = 5;
    /** Attempts from one address, for any names, before the address is slowed down. */
    static final int ADDRESS_LIMIT = 30;
    static final int DECAY_MINUTES = 15;
    private static final int MAX_BLOCK_SECONDS = 900;

    private final Jdbi jdbi;
    private final Dao dao;

    public LoginThrottle(Jdbi jdbi) {
        this.jdbi = jdbi;
        this.dao = jdbi.onDemand(Dao.class);
    }

    /** An attempt that may go ahead, or the seconds to wait. */
    public record Verdict(boolean allowed, int waitSeconds) {
    }

    /**
     * Counts a sign-in attempt for this name from this address and says whether it may be checked. Blocked
     * attempts are not counted again (a block does not grow while one waits it out).
     */
    public Verdict attempt(String name, String address) {
        String pair = pairKey(name, address);
        String addr = addressKey(address);
        Optional<OffsetDateTime> blocked = dao.blockedUntil(pair, addr);
        if (blocked.isPresent()) {
            return new Verdict(false, secondsUntil(blocked.get()));
        }
        int wait = Math.max(count(pair, PAIR_LIMIT), count(addr, ADDRESS_LIMIT));
        return new Verdict(wait == 0, wait);
    }

    /**
     * Counts one attempt on a counter and returns the seconds to wait (0: go ahead). The attempt right after a block
     * ran out is checked, not refused: someone who waits as told can sign in; if it fails, the next block is longer.
     * The counter's row stays locked from the look to the count, so parallel attempts take turns.
     */
    private int count(String key, int limit) {
        return jdbi.inTransaction(handle -> {
            Dao counters = handle.attach(Dao.class);
            boolean served = counters.lockServed(key).orElse(false);
            Counted counted = counters.count(key, limit, DECAY_MINUTES, MAX_BLOCK_SECONDS);
            return served ? 0 : counted.waitSeconds(limit);
        });
    }

    /** A right password: the name's counter at this address is cleared, and this attempt no longer counts. */
    public void succeeded(String name, String address) {
        dao.clear(pairKey(name, address));
        dao.uncount(addressKey(address));
    }

    /** Forgets old counters; called after failures, so the table holds only the last day's. */
    public void expireOld() {
        dao.deleteOlderThanADay();
    }

    /** Clears every block on a name (all addresses), for an admin; returns the number of counters cleared. */
    public int clearName(String name) {
        return dao.clearPrefix("pair:" + nameDigest(name) + "|");
    }

    /** Clears the block on a client address, for an admin. */
    public int clearAddress(String address) {
        return dao.clear(addressKey(address));
    }

    static String pairKey(String name, String address) {
        return "pair:" + nameDigest(name) + "|" + trimmedAddress(address);
    }

    static String addressKey(String address) {
        return "addr:" + trimmedAddress(address);
    }

    private static String nameDigest(String name) {
        String folded = name == null ? "" : name.strip().toLowerCase(Locale.ROOT);
        return ArticleParser.sha256(folded.getBytes(StandardCharsets.UTF_8)).substring(0, 32);
    }

    private static String trimmedAddress(String address) {
        String value = address == null || address.isBlank() ? "unknown" : address;
        return value.length() > 100 ? value.substring(0, 100) : value;
    }

    private static int secondsUntil(OffsetDateTime instant) {
        long seconds = Duration.between(OffsetDateTime.now(), instant).toSeconds() + 1;
        return (int) Math.max(1, Math.min(seconds, MAX_BLOCK_SECONDS));
    }

    /** A counter after counting one more attempt. */
    public record Counted(int attempts, OffsetDateTime blockedUntil) {
        int waitSeconds(int limit) {
            return attempts > limit && blockedUntil != null ? secondsUntil(blockedUntil) : 0;
        }
    }

    @RegisterConstructorMapper(Counted.class)
    interface Dao {
        @SqlQuery("""
                select max(blocked_until) from login_throttle
                where key in (:pair, :address) and blocked_until > now()
                """)
        Optional<OffsetDateTime> blockedUntil(@Bind("pair") String pairKey, @Bind("address") String addressKey);

        /** Locks a counter for the rest of the transaction; true when it holds a block that has run out. */
        @SqlQuery("select blocked_until <= now() from login_throttle where key = :key and blocked_until is not null for update")
        Optional<Boolean> lockServed(@Bind("key") String key);

        /** One atomic upsert: the row lock makes parallel attempts count one after another. */
        @SqlQuery("""
                insert into login_throttle as t (key, attempts, last_attempt, blocked_until)
                values (:key, 1, now(), null)
                on conflict (key) do update set
                  attempts = case when t.last_attempt < now() - make_interval(mins => :decay) then 1 else t.attempts + 1 end,
                  last_attempt = now(),
                  blocked_until = case
                    when (case when t.last_attempt < now() - make_interval(mins => :decay) then 1 else t.attempts + 1 end) > :limit
                    then now() + make_interval(secs => least(power(2, least(30, (case when t.last_attempt < now()
                         - make_interval(mins => :decay) then 1 else t.attempts + 1 end) - :limit)), :maxBlock))
                    else null end
                returning attempts, blocked_until
                """)
        Counted count(@Bind("key") String key, @Bind("limit") int limit, @Bind("decay") int decayMinutes,
                      @Bind("maxBlock") int maxBlockSeconds);

        @SqlUpdate("delete from login_throttle where key = :key")
        int clear(@Bind("key") String key);

        @SqlUpdate("update login_throttle set attempts = greatest(attempts - 1, 0) where key = :key")
        void uncount(@Bind("key") String key);

        @SqlUpdate("""
                delete from login_throttle where last_attempt < now() - interval '1 day'
                  and (blocked_until is null or blocked_until < now())
                """)
        void deleteOlderThanADay();

        @SqlUpdate("delete from login_throttle where starts_with(key, :prefix)")
        int clearPrefix(@Bind("prefix") String prefix);
    }
}
