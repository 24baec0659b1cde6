package io.atqb.system;

import java.time.Duration;
import org.springframework.security.authentication.LockedException;

/** A log-in refused at once because its user or address is locked out for {@link #retryAfter()} more. */
public class SignInLockedException extends LockedException {

    private final Duration retryAfter;

    public SignInLockedException(Duration retryAfter) {
        super("Too many wrong passwords: try again in " + SignInThrottle.retryAfterSeconds(retryAfter) + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
