package io.atqb.qbwc;

import java.security.SecureRandom;
import java.util.Base64;
import org.springframework.stereotype.Component;

/** Session tickets: 256 random bits from a SecureRandom, URL-safe Base64 (43 characters). */
@Component
class Tickets {

    private final SecureRandom random = new SecureRandom();

    String next() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
