package io.atqb.qbwc;

import io.atqb.qbxml.QbxmlVersion;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the QBWC SOAP service ({@code atqb.qbwc.*}); every default lives in {@code application.yaml}.
 *
 * @param sessionTimeout        sliding expiry of a session ticket
 * @param takeoverAfter         how long after its last call an open session counts as dropped, so that the
 *                              connector's next authenticate takes its work over (above 0, at most 3 minutes)
 * @param expiryCheckInterval   how often sessions whose ticket expired are ended
 * @param maxRequestBytes       largest SOAP request body accepted (QBWC posts responses of up to ~10 MB)
 * @param maxMessageBytes       upper bound of one qbXML message set we send, in bytes
 * @param maxRequestsPerMessage upper bound of requests batched into one message set
 * @param qbxmlVersion          highest qbXML version we speak; the session uses the lower of this and QBWC's
 * @param minimumQbxmlVersion   lowest qbXML version the requests we send need (iterators, IncludeRetElement)
 */
@Validated
@ConfigurationProperties("atqb.qbwc")
public record QbwcProperties(
        @NotNull Duration sessionTimeout,
        @NotNull Duration takeoverAfter,
        @NotNull Duration expiryCheckInterval,
        @NotNull @Min(1024) Long maxRequestBytes,
        @NotNull @Min(1024) Integer maxMessageBytes,
        @NotNull @Min(1) Integer maxRequestsPerMessage,
        @NotNull @Pattern(regexp = VERSION) String qbxmlVersion,
        @NotNull @Pattern(regexp = VERSION) String minimumQbxmlVersion) {

    /** The longest take-over window CONTRACT section 4 allows. */
    public static final Duration LONGEST_TAKEOVER = Duration.ofMinutes(3);

    private static final String VERSION = "\\d{1,2}\\.\\d{1,2}";

    @AssertTrue(message = "atqb.qbwc.takeover-after must be above 0 and at most 3 minutes")
    public boolean isTakeoverWithinContract() {
        return takeoverAfter == null || (takeoverAfter.compareTo(Duration.ZERO) > 0
                && takeoverAfter.compareTo(LONGEST_TAKEOVER) <= 0);
    }

    @AssertTrue(message = "atqb.qbwc.session-timeout and atqb.qbwc.expiry-check-interval must be above 0")
    public boolean isTimingPositive() {
        return (sessionTimeout == null || sessionTimeout.compareTo(Duration.ZERO) > 0)
                && (expiryCheckInterval == null || expiryCheckInterval.compareTo(Duration.ZERO) > 0);
    }

    @AssertTrue(message = "atqb.qbwc.qbxml-version must be at most 13.0 and not below atqb.qbwc.minimum-qbxml-version")
    public boolean isVersionRangeValid() {
        if (qbxmlVersion == null || minimumQbxmlVersion == null || !qbxmlVersion.matches(VERSION)
                || !minimumQbxmlVersion.matches(VERSION)) {
            return true;
        }
        QbxmlVersion highest = QbxmlVersion.parse(qbxmlVersion);
        return highest.compareTo(QbxmlVersion.V13_0) <= 0
                && QbxmlVersion.parse(minimumQbxmlVersion).compareTo(highest) <= 0;
    }
}
