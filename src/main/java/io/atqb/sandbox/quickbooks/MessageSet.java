package io.atqb.sandbox.quickbooks;

import java.util.List;

/** A parsed qbXML request message set: version, error policy and the requests in order. */
record MessageSet(QbxmlVersion version, boolean stopOnError, boolean includeResponseData,
                  List<QbxmlRequest> requests) {

    MessageSet {
        requests = List.copyOf(requests);
    }
}
