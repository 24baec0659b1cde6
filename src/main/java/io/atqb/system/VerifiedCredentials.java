package io.atqb.system;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Admin log-ins verified recently, so a correct admin request does not spend a full bcrypt every time. Kept per
 * user name: an HMAC-SHA256 of the presented user name and password under a random key made at startup (never
 * the password, and useless to anyone without the key, which never leaves this object), the stored hash the
 * password was verified against, and the time it expires. A request matches only with the same MAC (compared in
 * constant time), the same stored hash and before expiry.
 *
 * <p>An entry goes away when its time-to-live ({@code atqb.sign-in.verified-ttl}) ends, when a wrong password is
 * tried for the user, when the user's stored hash changes (a new password), and on restart (memory only).
 */
class VerifiedCredentials {

    /** More user names than this means something is off: the cache starts afresh. */
    static final int MAX_USERS = 1000;
    private static final String ALGORITHM = "HmacSHA256";

    private final SecretKeySpec key;
    private final SignInProperties properties;
    private final Clock clock;
    private final Map<String, Verified> verified = new ConcurrentHashMap<>();

    VerifiedCredentials(SignInProperties properties, Clock clock) {
        byte[] secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, ALGORITHM);
        this.properties = properties;
        this.clock = clock;
    }

    private record Verified(byte[] mac, String storedHash, Instant expires) {
    }

    /** Whether {@code password} for {@code user} was verified against {@code storedHash} within the time-to-live. */
    boolean matches(String user, String password, String storedHash) {
        Verified entry = verified.get(user);
        if (entry == null || storedHash == null) {
            return false;
        }
        if (!clock.instant().isBefore(entry.expires())) {
            verified.remove(user, entry);
            return false;
        }
        return MessageDigest.isEqual(entry.mac(), mac(user, password))
                && MessageDigest.isEqual(entry.storedHash().getBytes(StandardCharsets.UTF_8),
                storedHash.getBytes(StandardCharsets.UTF_8));
    }

    /** Records that {@code password} for {@code user} was just verified against {@code storedHash}. */
    void remember(String user, String password, String storedHash) {
        if (properties.verifiedTtl().isZero() || storedHash == null) {
            return;
        }
        if (verified.size() >= MAX_USERS) {
            verified.clear();
        }
        verified.put(user, new Verified(mac(user, password), storedHash, clock.instant().plus(properties.verifiedTtl())));
    }

    /** Forgets the user's verified log-in (a wrong password was tried for it). */
    void forget(String user) {
        verified.remove(user);
    }

    private byte[] mac(String user, String password) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            mac.update(user.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
