package io.atqb.autotask;

import java.util.List;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Service;

/** Java entry to the Autotask routes for code that is not a route. */
@Service
public class AutotaskSnapshotService {

    private final ProducerTemplate producer;

    public AutotaskSnapshotService(ProducerTemplate producer) {
        this.producer = producer;
    }

    /**
     * Pulls a complete, consistent snapshot ({@code direct:autotask-snapshot}).
     *
     * @throws AutotaskException when the pull cannot complete; no partial snapshot exists then
     */
    public AutotaskSnapshot pull(SnapshotRequest request) {
        try {
            return producer.requestBody(AutotaskRouteIds.SNAPSHOT_ENDPOINT, request, AutotaskSnapshot.class);
        } catch (CamelExecutionException e) {
            throw AutotaskFailures.unwrap(e);
        }
    }
}
