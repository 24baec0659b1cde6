package io.atqb;

import org.apache.camel.spring.boot.actuate.health.CamelAvailabilityCheckAutoConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Keeps QuickBooks Desktop inventory in step with Autotask PSA through the QuickBooks Web Connector. */
/* Camel's liveness and readiness indicators are replaced by io.atqb.system.CamelProbes (quiet while Camel starts) */
@SpringBootApplication(exclude = CamelAvailabilityCheckAutoConfiguration.class)
@ConfigurationPropertiesScan
public class AtqbSyncApplication {

    public static void main(String[] args) {
        SpringApplication.run(AtqbSyncApplication.class, args);
    }
}
