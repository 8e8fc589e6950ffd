package dev.assetflow.testing.snowflake;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** Logs users in, hands out session tokens and finds the session of a request's token. */
final class SessionRegistry {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final SnowflakeEmulator emulator;
    private final Map<String, EmulatorSession> byToken = new ConcurrentHashMap<>();
    private final AtomicLong ids = new AtomicLong(1_000);

    SessionRegistry(SnowflakeEmulator emulator) {
        this.emulator = emulator;
    }

    /**
     * Checks the credentials and opens a session in the requested database and schema.
     *
     * @throws SnowflakeError 390100 for an unknown user or a wrong password
     */
    EmulatorSession login(String user, String password, String database, String schema, String role,
            String warehouse) throws SQLException {
        String expected = user == null ? null : emulator.users().get(user);
        if (expected == null || !expected.equals(password)) {
            throw new SnowflakeError("390100", "08001", "Incorrect username or password was specified.");
        }
        Connection connection = emulator.newSessionConnection();
        EmulatorSession session = new EmulatorSession(emulator, token("ver:1-hint:"), token("ver:1-mhint:"), user,
                connection);
        try {
            if (database != null && !database.isEmpty()) {
                session.use(fold(database), schema == null || schema.isEmpty() ? null : fold(schema));
            }
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        if (role != null && !role.isEmpty()) {
            session.role(fold(role));
        }
        if (warehouse != null && !warehouse.isEmpty()) {
            session.warehouse(fold(warehouse));
        }
        byToken.put(session.token(), session);
        return session;
    }

    long nextSessionId() {
        return ids.incrementAndGet();
    }

    /** The session of a token, or null. */
    EmulatorSession find(String token) {
        return token == null ? null : byToken.get(token);
    }

    /** The session whose master token this is, or null. */
    EmulatorSession findByMasterToken(String masterToken) {
        return byToken.values().stream().filter(s -> s.masterToken().equals(masterToken)).findFirst().orElse(null);
    }

    void close(EmulatorSession session) {
        byToken.remove(session.token());
        session.close();
    }

    void closeAll() {
        byToken.values().forEach(EmulatorSession::close);
        byToken.clear();
    }

    /** Connection-string names follow SQL rules: quoted keeps case, unquoted folds to upper case. */
    private static String fold(String name) {
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1).replace("\"\"", "\"");
        }
        return name.toUpperCase(java.util.Locale.ROOT);
    }

    private static String token(String prefix) {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
