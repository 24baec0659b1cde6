package io.atqb.connector;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/** A web connector as the admin API shows it (never the password). */
record ConnectorView(
        long id,
        String name,
        String username,
        String companyFile,
        int runEveryMinutes,
        @JsonProperty("default") boolean isDefault,
        boolean syncInventoryNext,
        Instant lastInventorySync,
        ConnectorAccounts accounts) {

    static ConnectorView of(WebConnector c) {
        return new ConnectorView(c.id(), c.name(), c.username(), c.companyFile(), c.runEveryMinutes(), c.isDefault(),
                c.syncInventoryNext(), c.lastInventorySync(), c.accounts());
    }
}
