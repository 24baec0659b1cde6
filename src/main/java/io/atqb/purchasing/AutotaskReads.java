package io.atqb.purchasing;

import io.atqb.autotask.AutotaskException;
import io.atqb.system.ApiException;
import org.springframework.http.HttpStatus;

/** Autotask reads of the purchase-order API: a failure to read Autotask is a 502 with Autotask's reason. */
final class AutotaskReads {

    private AutotaskReads() {
    }

    static <T> T read(Read<T> read) {
        try {
            return read.get();
        } catch (AutotaskException e) {
            throw new ApiException(HttpStatus.BAD_GATEWAY, "Autotask could not be read: " + e.getMessage());
        }
    }

    /** An Autotask read that may throw {@link AutotaskException}. */
    @FunctionalInterface
    interface Read<T> {
        T get();
    }
}
