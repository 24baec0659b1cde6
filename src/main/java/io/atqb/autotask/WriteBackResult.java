package io.atqb.autotask;

/**
 * The outcome of a write to Autotask.
 *
 * @param written true when Autotask accepted the write
 * @param message Autotask's message when it refused the write, else null
 */
public record WriteBackResult(boolean written, String message) {

    public static WriteBackResult accepted() {
        return new WriteBackResult(true, null);
    }

    public static WriteBackResult refused(String message) {
        return new WriteBackResult(false, message);
    }
}
