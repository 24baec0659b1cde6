package io.atqb.sandbox.autotask;

/** An error answer of the simulated API: an HTTP status with an {@code errors} message. */
final class SandboxApiException extends RuntimeException {

    private final int status;

    SandboxApiException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
