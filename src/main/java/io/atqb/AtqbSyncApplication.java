package io.atqb;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Keeps QuickBooks Desktop inventory in step with Autotask PSA through the QuickBooks Web Connector. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class AtqbSyncApplication {

    public static void main(String[] args) {
        SpringApplication.run(AtqbSyncApplication.class, args);
    }
}
