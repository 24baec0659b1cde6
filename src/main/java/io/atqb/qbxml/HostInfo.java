package io.atqb.qbxml;

import java.util.Collections;
import java.util.List;

/**
 * What QBWC reports about QuickBooks in the first sendRequestXML (strHCPResponse): HostRet and CompanyRet.
 *
 * @param supportedVersions the numeric qbXML versions (country forms such as {@code UK2.0} are left out)
 * @param fileMode {@code SingleUser} or {@code MultiUser}, null if absent
 * @param companyName null if no CompanyQueryRs was present
 */
public record HostInfo(
        String productName,
        String majorVersion,
        String country,
        List<QbxmlVersion> supportedVersions,
        String fileMode,
        String companyName) {

    public HostInfo {
        supportedVersions = supportedVersions == null ? List.of() : List.copyOf(supportedVersions);
    }

    /** The highest qbXML version the QuickBooks host accepts. */
    public QbxmlVersion highestSupported() {
        if (supportedVersions.isEmpty()) {
            throw new IllegalStateException("QuickBooks host " + productName + " reported no numeric qbXML version");
        }
        return Collections.max(supportedVersions);
    }
}
