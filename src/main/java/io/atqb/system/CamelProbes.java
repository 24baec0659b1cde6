package io.atqb.system;

import org.apache.camel.CamelContext;
import org.apache.camel.spring.boot.actuate.health.liveness.CamelLivenessStateHealthIndicator;
import org.apache.camel.spring.boot.actuate.health.readiness.CamelReadinessStateHealthIndicator;
import org.springframework.boot.availability.ApplicationAvailability;
import org.springframework.boot.availability.AvailabilityState;
import org.springframework.boot.availability.LivenessState;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The health indicators {@code camelLivenessState} and {@code camelReadinessState}, in place of Camel's own
 * (CamelAvailabilityCheckAutoConfiguration is excluded in {@code AtqbSyncApplication}). Tomcat answers before the
 * Camel context has started, and Camel's indicators log a WARN for every health call in that window ("Camel Context
 * ... Status: 'Stopped'", then "is starting"), which is no failure. Until Camel has started these report not ready
 * (OUT_OF_SERVICE / DOWN, as Camel's do) without a log line; from then on Camel's probes answer, and a probe that
 * fails is logged as before.
 */
@Configuration(proxyBeanMethods = false)
class CamelProbes {

    @Bean
    CamelLivenessStateHealthIndicator camelLivenessStateHealthIndicator(ApplicationAvailability availability,
                                                                        CamelContext camel) {
        return new Liveness(availability, camel);
    }

    @Bean
    CamelReadinessStateHealthIndicator camelReadinessStateHealthIndicator(ApplicationAvailability availability,
                                                                          CamelContext camel) {
        return new Readiness(availability, camel);
    }

    /** Camel's liveness probe once Camel has started; BROKEN before, without a warning. */
    static final class Liveness extends CamelLivenessStateHealthIndicator {

        private final CamelContext camel;

        Liveness(ApplicationAvailability availability, CamelContext camel) {
            super(availability, camel);
            this.camel = camel;
        }

        @Override
        protected AvailabilityState getState(ApplicationAvailability availability) {
            return camel.isStarted() ? super.getState(availability) : LivenessState.BROKEN;
        }
    }

    /** Camel's readiness probe once Camel has started; REFUSING_TRAFFIC before, without a warning. */
    static final class Readiness extends CamelReadinessStateHealthIndicator {

        private final CamelContext camel;

        Readiness(ApplicationAvailability availability, CamelContext camel) {
            super(availability, camel);
            this.camel = camel;
        }

        @Override
        protected AvailabilityState getState(ApplicationAvailability availability) {
            return camel.isStarted() ? super.getState(availability) : ReadinessState.REFUSING_TRAFFIC;
        }
    }
}
