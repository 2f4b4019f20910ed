package org.landscapelab.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DataAccessException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;

/**
 * Instructor accounts in the learning-records database. The first administrator comes from configuration: its
 * password is {@code LAB_ADMIN_PASSWORD} when set (re-hashed when it changes), otherwise a random one made and
 * logged once, at the first start, and never again.
 */
@Service
public class InstructorAccounts implements UserDetailsService {

    private static final Logger log = LoggerFactory.getLogger(InstructorAccounts.class);
    /** Login names: letters, digits and {@code . _ @ + -}, as e-mail addresses need. */
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@+-]{2,200}");

    public static final int MIN_PASSWORD = 12;

    private final JdbcClient jdbc;
    private final PasswordEncoder encoder;
    private final String adminName;
    private final String adminPassword;
    private volatile boolean adminReady;

    public InstructorAccounts(
            JdbcClient jdbc,
            PasswordEncoder encoder,
            @Value("${lab.admin.user:admin}") String adminName,
            @Value("${lab.admin.password:}") String adminPassword) {
        this.jdbc = jdbc;
        this.encoder = encoder;
        this.adminName = adminName.toLowerCase(Locale.ROOT);
        this.adminPassword = adminPassword;
    }

    @EventListener(ApplicationReadyEvent.class)
    public void atStart() {
        ensureAdministrator();
    }

    /** Creates the first administrator if there is none; {@code false} while the database is unreachable. */
    public synchronized boolean ensureAdministrator() {
        if (adminReady) {
            return true;
        }
        try {
            Optional<String> hash = jdbc.sql("SELECT password_hash FROM instructor_account WHERE username = ?")
                    .param(adminName)
                    .query(String.class)
                    .optional();
            if (hash.isEmpty()) {
                String password = adminPassword.isBlank() ? randomPassword() : adminPassword;
                insert(adminName, encoder.encode(password), true, null);
                if (adminPassword.isBlank()) {
                    // Printed once: the only way to the first sign-in when nothing was configured.
                    log.warn(
                            "First start: administrator '{}' created with the password {} — sign in at /login and "
                                    + "keep it safe, or set LAB_ADMIN_PASSWORD. It is not shown again.",
                            adminName,
                            password);
                } else {
                    log.info("Administrator '{}' created from LAB_ADMIN_PASSWORD", adminName);
                }
            } else if (!adminPassword.isBlank() && !encoder.matches(adminPassword, hash.get())) {
                jdbc.sql("UPDATE instructor_account SET password_hash = ?, administrator = TRUE WHERE username = ?")
                        .param(encoder.encode(adminPassword))
                        .param(adminName)
                        .update();
                log.info("Administrator '{}': password updated from LAB_ADMIN_PASSWORD", adminName);
            }
            adminReady = true;
        } catch (DataAccessException e) {
            log.warn("Instructor accounts: the database is not reachable; sign-in waits for it");
        }
        return adminReady;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        ensureAdministrator();
        String name = username.toLowerCase(Locale.ROOT).strip();
        record Row(String username, @Nullable String passwordHash, boolean administrator) {}
        Row row;
        try {
            row = jdbc.sql("SELECT username, password_hash, administrator FROM instructor_account WHERE username = ?")
                    .param(name)
                    .query(Row.class)
                    .optional()
                    .orElseThrow(() -> new UsernameNotFoundException("no such instructor"));
        } catch (DataAccessException e) {
            throw new org.springframework.security.authentication.InternalAuthenticationServiceException(
                    "the accounts database is not reachable", e);
        }
        if (row.passwordHash() == null) {
            // Signs in only through the identity provider.
            throw new UsernameNotFoundException("no password sign-in for this account");
        }
        return User.withUsername(row.username())
                .password(row.passwordHash())
                .authorities(authorities(row.administrator()))
                .build();
    }

    /** The roles of an account that signed in through OpenID Connect with this e-mail address, if it is one of ours. */
    public Optional<List<GrantedAuthority>> providerAccount(String email) {
        return jdbc.sql("SELECT administrator FROM instructor_account WHERE username = ?")
                .param(email.toLowerCase(Locale.ROOT).strip())
                .query(Boolean.class)
                .optional()
                .map(InstructorAccounts::authorities);
    }

    static List<GrantedAuthority> authorities(boolean administrator) {
        List<GrantedAuthority> out = new ArrayList<>();
        out.add(new SimpleGrantedAuthority("ROLE_" + Roles.INSTRUCTOR));
        if (administrator) {
            out.add(new SimpleGrantedAuthority("ROLE_" + Roles.ADMIN));
        }
        return out;
    }

    public List<InstructorAccount> list() {
        return jdbc.sql("""
                SELECT username, password_hash IS NOT NULL AS signs_in_with_password, administrator, created_at, created_by
                FROM instructor_account ORDER BY username""")
                .query((rs, i) -> new InstructorAccount(
                        rs.getString(1),
                        rs.getBoolean(2),
                        rs.getBoolean(3),
                        rs.getObject(4, java.time.OffsetDateTime.class).toInstant(),
                        rs.getString(5)))
                .list();
    }

    /**
     * Adds an instructor. A {@code null} password makes an account that signs in through the identity provider only.
     *
     * @throws IllegalArgumentException with a message for the administrator when the name or password is refused
     */
    public void add(String username, @Nullable String password, boolean administrator, String by) {
        String name = username.toLowerCase(Locale.ROOT).strip();
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("A login name has 2 to 200 letters, digits or . _ @ + - (an e-mail "
                    + "address for sign-in through your institution).");
        }
        if (password != null && password.length() < MIN_PASSWORD) {
            throw new IllegalArgumentException("A password needs at least " + MIN_PASSWORD + " characters.");
        }
        try {
            insert(name, password == null ? null : encoder.encode(password), administrator, by);
        } catch (DuplicateKeyException e) {
            throw new IllegalArgumentException("There is already an account '" + name + "'.");
        }
    }

    /** Removes an instructor; the configured administrator stays. */
    public boolean remove(String username) {
        String name = username.toLowerCase(Locale.ROOT).strip();
        if (name.equals(adminName)) {
            throw new IllegalArgumentException("The administrator from the configuration cannot be removed.");
        }
        return jdbc.sql("DELETE FROM instructor_account WHERE username = ?")
                        .param(name)
                        .update()
                > 0;
    }

    private void insert(String name, @Nullable String hash, boolean administrator, @Nullable String by) {
        jdbc.sql("INSERT INTO instructor_account (username, password_hash, administrator, created_at, created_by) "
                        + "VALUES (?, ?, ?, ?, ?)")
                .param(name)
                .param(hash)
                .param(administrator)
                .param(java.time.OffsetDateTime.now(java.time.ZoneOffset.UTC))
                .param(by)
                .update();
    }

    private static String randomPassword() {
        // 20 characters from 56 unambiguous ones: about 116 bits.
        String alphabet = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
