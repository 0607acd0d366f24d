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
            select a.id, a.name, a.role, a.disabled, a.created_at, s.csrf_sha256,
                   s.last_seen_at < now() - interval '5 minutes' as seen_long_ago
            from session s join account a on a.id = s.account_id
            where s.token_sha256 = :digest and s.expires_at > now()
              and s.last_seen_at > now() - make_interval(days => :idleDays) and not a.disabled
            """)
    @RegisterConstructorMapper(Session.class)
    Optional<Session> findSession(@Bind("digest") String tokenDigest, @Bind("idleDays") int idleDays);

    @SqlUpdate("update session set last_seen_at = now() where token_sha256 = :digest")
    void touchSession(@Bind("digest") String tokenDigest);

    @SqlUpdate("""
            insert into session (token_sha256, account_id, expires_at, csrf_sha256)
            values (:digest, :account, now() + interval '30 days', :csrf)
            """)
    void insertSession(@Bind("digest") String tokenDigest, @Bind("account") long accountId, @Bind("csrf") String csrfDigest);

    @SqlUpdate("delete from session where account_id = :account and token_sha256 <> :keep")
    void deleteOtherSessionsOf(@Bind("account") long accountId, @Bind("keep") String keptTokenDigest);

    @SqlUpdate("delete from session where token_sha256 = :digest")
    void deleteSession(@Bind("digest") String tokenDigest);

    @SqlUpdate("delete from session where account_id = :account")
    void deleteSessionsOf(@Bind("account") long accountId);

}
