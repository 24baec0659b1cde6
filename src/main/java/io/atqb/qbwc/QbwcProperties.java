package io.atqb.qbwc;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the QBWC SOAP service.
 *
 * @param sessionTimeout        sliding expiry of a session ticket (default 30 minutes)
 * @param maxRequestBytes       largest SOAP request body accepted (QBWC posts responses of up to ~10 MB)
 * @param maxMessageBytes       upper bound of one qbXML message set we send, in bytes
 * @param maxRequestsPerMessage upper bound of requests batched into one message set
 * @param qbxmlVersion          highest qbXML version we speak; the session uses the lower of this and QBWC's
 * @param minimumQbxmlVersion   lowest qbXML version the requests we send need (iterators, IncludeRetElement)
 */
@ConfigurationProperties("atqb.qbwc")
public record QbwcProperties(
        Duration sessionTimeout,
        Long maxRequestBytes,
        Integer maxMessageBytes,
        Integer maxRequestsPerMessage,
        String qbxmlVersion,
        String minimumQbxmlVersion) {

    public QbwcProperties {
        sessionTimeout = sessionTimeout == null ? Duration.ofMinutes(30) : sessionTimeout;
        maxRequestBytes = maxRequestBytes == null ? 16L * 1024 * 1024 : maxRequestBytes;
        maxMessageBytes = maxMessageBytes == null ? 256 * 1024 : maxMessageBytes;
        maxRequestsPerMessage = maxRequestsPerMessage == null ? 500 : maxRequestsPerMessage;
        qbxmlVersion = qbxmlVersion == null || qbxmlVersion.isBlank() ? "13.0" : qbxmlVersion;
        minimumQbxmlVersion = minimumQbxmlVersion == null || minimumQbxmlVersion.isBlank() ? "7.0" : minimumQbxmlVersion;
    }
}
