package io.atqb.connector;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.databind.JsonNode;
import io.atqb.system.LogText;
import java.util.ArrayList;
import java.util.List;

/**
 * A JSON request body of the connector API. It carries a password, so its text form (which Spring MVC logs at DEBUG
 * and TRACE when it reads a body) names the fields, on one line, and never their values.
 */
record ConnectorBody(JsonNode json) {

    /** The most of the field names the text form shows (they come from the caller). */
    private static final int MAX_LOGGED = 200;

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    static ConnectorBody of(JsonNode json) {
        return new ConnectorBody(json);
    }

    @Override
    public String toString() {
        if (json == null || !json.isObject()) {
            return "connector request (not a JSON object)";
        }
        List<String> fields = new ArrayList<>();
        json.fieldNames().forEachRemaining(fields::add);
        return "connector request with fields " + LogText.of(fields.toString(), MAX_LOGGED);
    }
}
