package io.atqb.system;

import org.springframework.http.HttpStatus;

/** An admin API request that cannot be carried out, with the HTTP status that says why. */
public class ApiException extends RuntimeException {

    private final HttpStatus status;

    public ApiException(HttpStatus status, String message) {
        super(message);
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
