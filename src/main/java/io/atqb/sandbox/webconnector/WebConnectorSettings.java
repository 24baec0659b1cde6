package io.atqb.sandbox.webconnector;

import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/** The validated configuration of a {@link SandboxWebConnector}. */
record WebConnectorSettings(
        List<URI> endpoints,
        String userName,
        String password,
        String companyFilePath,
        SandboxCompanyFile company,
        String clientVersion,
        int qbXmlMajorVersion,
        int qbXmlMinorVersion,
        String qbXmlCountry,
        Duration noOpDelay,
        int maxNoOps,
        int maxMessages,
        int maxConnectionErrorRetries,
        Duration httpTimeout,
        Integer dropAfterMessages,
        Integer dropBeforeResponseToMessage,
        Map<Integer, HresultInjection> hresultInjections,
        int maxBusyRetries,
        PostponeWait postponeWait) {

    WebConnectorSettings {
        hresultInjections = Map.copyOf(hresultInjections);
        endpoints = List.copyOf(endpoints);
    }

    /** The first endpoint: the only one, unless calls alternate between several instances. */
    URI endpoint() {
        return endpoints.get(0);
    }

    WebConnectorSettings withoutFaults() {
        return new WebConnectorSettings(endpoints, userName, password, companyFilePath, company, clientVersion,
                qbXmlMajorVersion, qbXmlMinorVersion, qbXmlCountry, noOpDelay, maxNoOps, maxMessages,
                maxConnectionErrorRetries, httpTimeout, null, null, Map.of(), maxBusyRetries, postponeWait);
    }
}
