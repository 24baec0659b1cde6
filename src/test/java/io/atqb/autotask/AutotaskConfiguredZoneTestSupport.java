package io.atqb.autotask;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Route tests with {@code autotask.base-url} set to the sandbox's zone URL (no zone discovery); they share a context. */
abstract class AutotaskConfiguredZoneTestSupport extends AutotaskRouteTestSupport {

    @DynamicPropertySource
    static void zoneUrl(DynamicPropertyRegistry registry) {
        registry.add("autotask.base-url", SERVER::zoneUrl);
    }
}
