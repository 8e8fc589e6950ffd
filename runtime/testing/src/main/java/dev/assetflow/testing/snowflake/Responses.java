package dev.assetflow.testing.snowflake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;

/** The JSON bodies the driver expects: login, query results, errors and plain acknowledgements. */
final class Responses {

    static final ObjectMapper JSON = new ObjectMapper();

    private Responses() {
    }

    static ObjectNode ok() {
        ObjectNode body = JSON.createObjectNode();
        body.put("success", true);
        body.putNull("code");
        body.putNull("message");
        return body;
    }

    static ObjectNode error(SnowflakeError error, String queryId) {
        ObjectNode body = JSON.createObjectNode();
        body.put("success", false);
        body.put("code", error.code());
        body.put("message", error.getMessage());
        ObjectNode data = body.putObject("data");
        data.put("errorCode", error.code());
        data.put("sqlState", error.sqlState());
        if (queryId != null) {
            data.put("queryId", queryId);
        }
        data.put("internalError", false);
        return body;
    }

    static ObjectNode loginError(SnowflakeError error) {
        ObjectNode body = JSON.createObjectNode();
        body.put("success", false);
        body.put("code", error.code());
        body.put("message", error.getMessage());
        body.putNull("data");
        return body;
    }

    static ObjectNode login(EmulatorSession session, long sessionId) {
        ObjectNode body = ok();
        ObjectNode data = body.putObject("data");
        data.put("token", session.token());
        data.put("masterToken", session.masterToken());
        data.put("validityInSeconds", 3600);
        data.put("masterValidityInSeconds", 14400);
        data.putNull("idToken");
        data.putNull("mfaToken");
        data.put("displayUserName", session.user());
        data.put("serverVersion", "8.0.0-emulator");
        data.put("firstLogin", false);
        data.put("sessionId", sessionId);
        data.put("healthCheckInterval", 45);
        ObjectNode info = data.putObject("sessionInfo");
        info.put("databaseName", session.database());
        info.put("schemaName", session.schema());
        info.put("warehouseName", session.warehouse());
        info.put("roleName", session.role());
        parameters(data.putArray("parameters"), session);
        return body;
    }

    static ObjectNode query(EmulatorSession session, QueryResult result, String queryId, int numberOfBinds,
            boolean arrayBindSupported) {
        ObjectNode body = ok();
        ObjectNode data = body.putObject("data");
        parameters(data.putArray("parameters"), session);
        ArrayNode rowtype = data.putArray("rowtype");
        for (ResultColumn column : result.columns()) {
            ObjectNode c = rowtype.addObject();
            c.put("name", column.name());
            c.put("database", "");
            c.put("schema", "");
            c.put("table", "");
            c.put("type", column.type());
            putNullable(c, "precision", column.precision());
            putNullable(c, "scale", column.scale());
            putNullable(c, "length", column.length());
            putNullable(c, "byteLength", column.byteLength());
            c.put("nullable", column.nullable());
            c.putNull("collation");
        }
        ArrayNode rowset = data.putArray("rowset");
        for (List<String> row : result.rows()) {
            ArrayNode r = rowset.addArray();
            row.forEach(r::add);
        }
        data.put("total", result.rows().size());
        data.put("returned", result.rows().size());
        data.put("queryId", queryId);
        data.put("finalDatabaseName", session.database());
        data.put("finalSchemaName", session.schema());
        data.put("finalWarehouseName", session.warehouse());
        data.put("finalRoleName", session.role());
        data.put("numberOfBinds", numberOfBinds);
        data.put("arrayBindSupported", arrayBindSupported);
        data.put("statementTypeId", result.statementTypeId());
        data.put("version", 1);
        data.put("queryResultFormat", "json");
        return body;
    }

    static ObjectNode put(Map<String, Object> data) {
        ObjectNode body = ok();
        body.set("data", JSON.valueToTree(data));
        return body;
    }

    private static void parameters(ArrayNode parameters, EmulatorSession session) {
        session.parameters().forEach((name, value) -> {
            ObjectNode parameter = parameters.addObject();
            parameter.put("name", name);
            parameter.set("value", JSON.valueToTree(value));
        });
    }

    private static void putNullable(ObjectNode node, String field, Integer value) {
        if (value == null) {
            node.putNull(field);
        } else {
            node.put(field, value);
        }
    }
}
