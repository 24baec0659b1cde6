package io.atqb.qbwc;

import io.atqb.qbxml.QbxmlVersion;
import java.time.Instant;

/** One QBWC session, identified by its ticket, as stored in the database. */
public record QbwcSession(
        String ticket,
        long connectorId,
        Status status,
        String authAnswer,
        Instant createdAt,
        Instant lastCallAt,
        Instant expiresAt,
        String companyFile,
        QbxmlVersion qbxmlVersion,
        String fileMode,
        String lastError,
        int messagesSent,
        int requestsSent,
        int requestsAnswered,
        long bytesOut,
        long bytesIn,
        int progress) {

    /**
     * OPEN sessions are live until they expire or are taken over; the others are over. DROPPED: QBWC stopped
     * calling and a newer session of the connector took the work over.
     */
    public enum Status { OPEN, CLOSED, REJECTED, EXPIRED, FAILED, DROPPED }

    public boolean isLive(Instant now) {
        return status == Status.OPEN && expiresAt.isAfter(now);
    }

    /** True until the first sendRequestXML of the session has told us the company file and qbXML version. */
    public boolean isNew() {
        return qbxmlVersion == null;
    }
}
