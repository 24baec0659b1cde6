package io.atqb.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.RouteFiles;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The Autotask route files name routes, route configurations and exchange properties only as the Java side does. */
class AutotaskRouteNamesTest {

    private static final RouteFiles ROUTES = RouteFiles.read("autotask-*.camel.yaml");
    private static final Set<String> DECLARED_IDS = RouteFiles.constantsOf(AutotaskRouteIds.class);

    @Test
    void shouldDeclareEveryAutotaskRouteAndRouteConfigurationInAutotaskRouteIds() {
        Set<String> named = new TreeSet<>(ROUTES.routeIds());
        named.addAll(ROUTES.routeConfigurationIds());
        Set<String> declared = new TreeSet<>(DECLARED_IDS);
        declared.removeIf(id -> id.startsWith("direct:"));

        assertThat(named).isEqualTo(declared);
        assertThat(ROUTES.usedConfigurations()).isSubsetOf(ROUTES.routeConfigurationIds());
        assertThat(ROUTES.calledRoutes()).isSubsetOf(ROUTES.routeIds());
    }

    @Test
    void shouldSetOnlyExchangePropertiesDeclaredInAutotaskExchangeKeys() {
        assertThat(ROUTES.exchangeKeys()).isNotEmpty()
                .isSubsetOf(RouteFiles.constantsOf(AutotaskExchangeKeys.class));
    }
}
