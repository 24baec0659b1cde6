package io.atqb.connector;

import io.atqb.system.ApiException;
import org.springframework.http.HttpStatus;

/**
 * A request about web connectors that cannot be carried out; the status says why (400, 404, 409), and
 * {@link #field()} names the request field the problem is about (null when it is about none), so a form can show the
 * message next to that field.
 */
public class ConnectorException extends ApiException {

    private final String field;

    public ConnectorException(HttpStatus status, String message) {
        this(status, message, null);
    }

    private ConnectorException(HttpStatus status, String message, String field) {
        super(status, message);
        this.field = field;
    }

    /** The request field (e.g. "username", "accounts.income") the problem is about, or null. */
    public String field() {
        return field;
    }

    static ConnectorException invalid(String field, String problem) {
        return new ConnectorException(HttpStatus.BAD_REQUEST, "Invalid '" + field + "': " + problem, field);
    }

    static ConnectorException notFound(long id) {
        return new ConnectorException(HttpStatus.NOT_FOUND, "No web connector with id " + id);
    }

    static ConnectorException conflict(String message) {
        return new ConnectorException(HttpStatus.CONFLICT, message);
    }

    static ConnectorException conflict(String field, String message) {
        return new ConnectorException(HttpStatus.CONFLICT, message, field);
    }
}
