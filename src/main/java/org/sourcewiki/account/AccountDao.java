package org.sourcewiki.account;

import java.util.List;
import java.util.Optional;
import org.jdbi.v3.sqlobject.config.RegisterConstructorMapper;
import org.jdbi.v3.sqlobject.customizer.Bind;
import org.jdbi.v3.sqlobject.statement.SqlQuery;
import org.jdbi.v3.sqlobject.statement.SqlUpdate;

@RegisterConstructorMapper(Account.class)
public interface AccountDao {
    @SqlQuery("""
            insert into account (name, password_hash, role) values (:name, :hash, :role)
            returning id, name, role, disabled, created_at
            """)
    Account insert(@Bind("name") String name, @Bind("hash") String passwordHash, @Bind("role") String role);

    @SqlQuery("select id, name, role, disabled, created_at from account where lower(name) = lower(:name)")
    Optional<Account> findByName(@Bind("name") String name);

    @SqlQuery("select password_hash from account where id = :id")
    String passwordHash(@Bind("id") long id);

    @SqlQuery("select id, name, role, disabled, created_at from account where role <> 'system' order by lower(name)")
    List<Account> listPeople();

    @SqlUpdate("update account set role = :role where id = :id and role <> 'system'")
    int setRole(@Bind("id") long id, @Bind("role") String role);

    @SqlUpdate("update account set disabled = :disabled where id = :id and role <> 'system'")
    int setDisabled(@Bind("id") long id, @Bind("disabled") boolean disabled);

    @SqlUpdate("update account set password_hash = :hash where id = :id")
    void setPasswordHash(@Bind("id") long id, @Bind("hash") String hash);

    @SqlQuery("""
            select a.id, a.name, a.role, a.disabled, a.created_at
            from session s join account a on a.id = s.account_id
            where s.token_sha256 = :digest and s.expires_at > now() and not a.disabled
            """)
    Optional<Account> findBySession(@Bind("digest") String tokenDigest);

    @SqlUpdate("insert into session (token_sha256, account_id, expires_at) values (:digest, :account, now() + interval '30 days')")
    void insertSession(@Bind("digest") String tokenDigest, @Bind("account") long accountId);

    @SqlUpdate("delete from session where token_sha256 = :digest")
    void deleteSession(@Bind("digest") String tokenDigest);

    @SqlUpdate("delete from session where account_id = :account")
    void deleteSessionsOf(@Bind("account") long accountId);

    @SqlQuery("select blocked_until > now() from login_throttle where name_key = lower(:name)")
    Optional<Boolean> isBlocked(@Bind("name") String name);

    @SqlQuery("select ceil(extract(epoch from blocked_until - now()))::int from login_throttle where name_key = lower(:name)")
    Optional<Integer> secondsBlocked(@Bind("name") String name);

    /** Counts a failure; from the fourth on, the name is blocked for 2^(n-3) seconds, at most 15 minutes. */
    @SqlUpdate("""
            insert into login_throttle (name_key, failures, blocked_until) values (lower(:name), 1, null)
            on conflict (name_key) do update set failures = login_throttle.failures + 1,
              blocked_until = case when login_throttle.failures + 1 > 3
                then now() + least(power(2, login_throttle.failures + 1 - 3), 900) * interval '1 second' end
            """)
    void recordFailure(@Bind("name") String name);

    @SqlUpdate("delete from login_throttle where name_key = lower(:name)")
    void clearFailures(@Bind("name") String name);
}
