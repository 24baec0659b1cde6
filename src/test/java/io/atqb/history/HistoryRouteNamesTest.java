package io.atqb.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.RouteFiles;
import org.junit.jupiter.api.Test;

/** The history route files name their routes as {@link HistoryRouteIds} does. */
class HistoryRouteNamesTest {

    @Test
    void shouldDeclareEveryHistoryRouteInHistoryRouteIds() {
        RouteFiles routes = RouteFiles.read("history-*.camel.yaml");

        assertThat(routes.routeIds()).containsExactly(HistoryRouteIds.RECORD);
        assertThat(routes.calledRoutes()).containsExactly(HistoryRouteIds.RECORD);
    }
}
