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
     * Checks the credentials and opens a session in the requested database, schema and warehouse. As in
     * Snowflake, a database, schema or warehouse that does not exist (or that the role may not use) does not
     * fail the login: the session has none (no current database, schema or warehouse). Only when the client
     * asks for validation ({@code CLIENT_VALIDATE_DEFAULT_PARAMETERS}, snowflake-jdbc's
     * {@code validateDefaultParameters}) is it refused, with error 390201 naming which one.
     *
     * @throws SnowflakeError 390100 for an unknown user or a wrong password; 390201 for a missing database,
     *     schema or warehouse when {@code validate} is set
     */
    EmulatorSession login(String user, String password, String database, String schema, String role,
            String warehouse, boolean validate) throws SQLException {
        String expected = user == null ? null : emulator.users().get(user);
        if (expected == null || !expected.equals(password)) {
            throw new SnowflakeError("390100", "08001", "Incorrect username or password was specified.");
        }
        String db = database == null || database.isEmpty() ? null : fold(database);
        String sc = schema == null || schema.isEmpty() ? null : fold(schema);
        String wh = warehouse == null || warehouse.isEmpty() ? null : fold(warehouse);
        boolean databaseExists = db != null && emulator.databaseExists(db);
        if (validate) {
            if (db != null && !databaseExists) {
                throw SnowflakeError.requestedObjectMissing("database");
            }
            if (databaseExists && sc != null && !emulator.schemaExists(db, sc)) {
                throw SnowflakeError.requestedObjectMissing("schema");
            }
            if (wh != null && !emulator.warehouseExists(wh)) {
                throw SnowflakeError.requestedObjectMissing("warehouse");
            }
        }
        Connection connection = emulator.newSessionConnection();
        EmulatorSession session = new EmulatorSession(emulator, token("ver:1-hint:"), token("ver:1-mhint:"), user,
                connection);
        try {
            if (databaseExists) {
                session.useAtLogin(db, sc);
            }
        } catch (RuntimeException e) {
            session.close();
            throw e;
        }
        if (role != null && !role.isEmpty()) {
            session.role(fold(role));
        }
        if (wh != null) {
            session.warehouse(emulator.warehouseExists(wh) ? wh : null);
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
