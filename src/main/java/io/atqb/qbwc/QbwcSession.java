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

    /** OPEN sessions are live until they expire; the others are over. */
    public enum Status { OPEN, CLOSED, REJECTED, EXPIRED, FAILED }

    public boolean isLive(Instant now) {
        return status == Status.OPEN && expiresAt.isAfter(now);
    }

    /** True until the first sendRequestXML of the session has told us the company file and qbXML version. */
    public boolean isNew() {
        return qbxmlVersion == null;
    }
}
