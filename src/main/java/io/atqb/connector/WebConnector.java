package io.atqb.connector;

import java.time.Instant;

/**
 * A web connector: the link between one QuickBooks company file (through its QBWC user) and this service.
 * The password is held only as a hash and never leaves the repository layer.
 */
public record WebConnector(
        long id,
        String name,
        String username,
        String companyFile,
        int runEveryMinutes,
        boolean isDefault,
        boolean syncInventoryNext,
        Instant lastInventorySync,
        ConnectorAccounts accounts,
        String ownerId,
        String fileId) {
}
