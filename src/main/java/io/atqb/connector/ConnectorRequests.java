package io.atqb.connector;

import com.fasterxml.jackson.databind.JsonNode;
import io.atqb.qbxml.XmlCharacters;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;

/**
 * Reads and validates the JSON bodies of the connector admin API. Every problem names its field, and
 * unknown fields are refused rather than silently ignored (a typo must not look like success).
 */
public final class ConnectorRequests {

    static final int DEFAULT_RUN_EVERY_MINUTES = 15;
    static final int MIN_PASSWORD_CHARACTERS = 8;
    /** bcrypt hashes at most 72 bytes of a password (the UTF-8 bytes); a longer one is refused, never cut. */
    static final int MAX_PASSWORD_BYTES = 72;
    private static final Set<String> CREATE_FIELDS =
            Set.of("name", "username", "password", "companyFile", "runEveryMinutes", "accounts");
    private static final Set<String> PATCH_FIELDS =
            Set.of("name", "username", "password", "companyFile", "runEveryMinutes", "accounts", "syncInventoryNext");
    private static final Set<String> ACCOUNT_FIELDS = Set.of("income", "cogs", "asset", "adjustment");

    private ConnectorRequests() {
    }

    /** A new connector as asked for by POST /api/connectors. */
    public record NewConnector(String name, String username, String password, String companyFile, int runEveryMinutes,
                        ConnectorAccounts accounts) {
    }

    /** The fields PATCH /api/connectors/{id} asked to change; null = leave as it is. */
    public record ConnectorChanges(String name, String username, String password, String companyFile,
                            Integer runEveryMinutes, ConnectorAccounts accounts, Boolean syncInventoryNext) {
    }

    /** Reads and validates a create request (the admin API's and the console's); throws ConnectorException. */
    public static NewConnector parseCreate(JsonNode body) {
        requireObject(body);
        rejectUnknown(body, CREATE_FIELDS, "");
        String name = requiredText(body, "name", 100);
        String username = username(requiredText(body, "username", 100));
        String password = password(requiredRaw(body, "password"));
        String companyFile = optionalText(body, "companyFile", 500, true);
        Integer every = optionalMinutes(body);
        ConnectorAccounts accounts = ConnectorAccounts.defaults().merge(optionalAccounts(body));
        return new NewConnector(name, username, password, companyFile == null ? "" : companyFile,
                every == null ? DEFAULT_RUN_EVERY_MINUTES : every, accounts);
    }

    /** Reads and validates a change request (the admin API's and the console's); throws ConnectorException. */
    public static ConnectorChanges parsePatch(JsonNode body) {
        requireObject(body);
        rejectUnknown(body, PATCH_FIELDS, "");
        String name = optionalText(body, "name", 100, false);
        String username = optionalText(body, "username", 100, false);
        String password = body.has("password") ? password(requiredRaw(body, "password")) : null;
        Boolean arm = null;
        if (body.has("syncInventoryNext")) {
            JsonNode flag = body.get("syncInventoryNext");
            if (!flag.isBoolean()) {
                throw ConnectorException.invalid("syncInventoryNext", "must be true or false");
            }
            arm = flag.booleanValue();
        }
        return new ConnectorChanges(name, username == null ? null : username(username), password,
                optionalText(body, "companyFile", 500, true), optionalMinutes(body), optionalAccounts(body), arm);
    }

    private static void requireObject(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ConnectorException(HttpStatus.BAD_REQUEST,
                    "The request body must be a JSON object");
        }
    }

    private static void rejectUnknown(JsonNode node, Set<String> allowed, String prefix) {
        Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
        while (fields.hasNext()) {
            String field = fields.next().getKey();
            if (!allowed.contains(field)) {
                throw ConnectorException.invalid(prefix + field, "unknown field; allowed are " + allowed);
            }
        }
    }

    private static String requiredRaw(JsonNode body, String field) {
        return requiredRaw(body, field, field);
    }

    private static String requiredRaw(JsonNode node, String field, String label) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw ConnectorException.invalid(label, "is required");
        }
        if (!value.isTextual()) {
            throw ConnectorException.invalid(label, "must be a string");
        }
        return value.textValue();
    }

    private static String requiredText(JsonNode body, String field, int maxLength) {
        return checkText(field, requiredRaw(body, field).strip(), maxLength, false);
    }

    private static String optionalText(JsonNode body, String field, int maxLength, boolean blankAllowed) {
        return optionalText(body, field, field, maxLength, blankAllowed);
    }

    private static String optionalText(JsonNode node, String field, String label, int maxLength, boolean blankAllowed) {
        if (!node.has(field)) {
            return null;
        }
        return checkText(label, requiredRaw(node, field, label).strip(), maxLength, blankAllowed);
    }

    private static String checkText(String field, String text, int maxLength, boolean blankAllowed) {
        if (text.isEmpty() && !blankAllowed) {
            throw ConnectorException.invalid(field, "must not be blank");
        }
        if (text.length() > maxLength) {
            throw ConnectorException.invalid(field, "must be at most " + maxLength + " characters");
        }
        if (text.chars().anyMatch(Character::isISOControl)) {
            throw ConnectorException.invalid(field, "must not contain control characters");
        }
        requireXmlCharacters(field, text);
        return text;
    }

    /** Every field reaches XML (the .qwc file, the SOAP answers, qbXML): refuse what XML 1.0 cannot carry. */
    private static void requireXmlCharacters(String field, String text) {
        String found = XmlCharacters.firstNotAllowed(text);
        if (found != null) {
            throw ConnectorException.invalid(field, "must contain only characters XML 1.0 can carry; " + found
                    + " cannot be written into the .qwc file or a QuickBooks request");
        }
    }

    private static String username(String username) {
        if (username.chars().anyMatch(Character::isWhitespace)) {
            throw ConnectorException.invalid("username", "must not contain spaces");
        }
        return username;
    }

    private static String password(String password) {
        if (password.codePointCount(0, password.length()) < MIN_PASSWORD_CHARACTERS) {
            throw ConnectorException.invalid("password", "must be at least " + MIN_PASSWORD_CHARACTERS
                    + " characters long");
        }
        requireXmlCharacters("password", password);
        int bytes = password.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_PASSWORD_BYTES) {
            throw ConnectorException.invalid("password", "must be at most " + MAX_PASSWORD_BYTES
                    + " bytes in UTF-8 (the limit of the bcrypt hash it is stored as) but has " + bytes);
        }
        return password;
    }

    private static Integer optionalMinutes(JsonNode body) {
        if (!body.has("runEveryMinutes")) {
            return null;
        }
        JsonNode value = body.get("runEveryMinutes");
        if (!value.canConvertToInt() || !value.isIntegralNumber() || value.intValue() < 1 || value.intValue() > 1440) {
            throw ConnectorException.invalid("runEveryMinutes", "must be a whole number of minutes from 1 to 1440");
        }
        return value.intValue();
    }

    private static ConnectorAccounts optionalAccounts(JsonNode body) {
        if (!body.has("accounts")) {
            return null;
        }
        JsonNode accounts = body.get("accounts");
        if (!accounts.isObject()) {
            throw ConnectorException.invalid("accounts", "must be an object with income, cogs, asset, adjustment");
        }
        rejectUnknown(accounts, ACCOUNT_FIELDS, "accounts.");
        return new ConnectorAccounts(
                optionalText(accounts, "income", "accounts.income", 159, false),
                optionalText(accounts, "cogs", "accounts.cogs", 159, false),
                optionalText(accounts, "asset", "accounts.asset", 159, false),
                optionalText(accounts, "adjustment", "accounts.adjustment", 159, false));
    }
}
