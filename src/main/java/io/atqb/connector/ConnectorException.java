package io.atqb.connector;

import io.atqb.system.ApiException;
import org.springframework.http.HttpStatus;

/** A request about web connectors that cannot be carried out; the status says why (400, 404, 409). */
public class ConnectorException extends ApiException {

    public ConnectorException(HttpStatus status, String message) {
        super(status, message);
    }

    static ConnectorException invalid(String field, String problem) {
        return new ConnectorException(HttpStatus.BAD_REQUEST, "Invalid '" + field + "': " + problem);
    }

    static ConnectorException notFound(long id) {
        return new ConnectorException(HttpStatus.NOT_FOUND, "No web connector with id " + id);
    }

    static ConnectorException conflict(String message) {
        return new ConnectorException(HttpStatus.CONFLICT, message);
    }
}
