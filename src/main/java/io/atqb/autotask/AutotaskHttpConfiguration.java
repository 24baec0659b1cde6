package io.atqb.autotask;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The HTTP client configurers the Autotask endpoints in {@code routes/autotask-call.camel.yaml} refer to. */
@Configuration(proxyBeanMethods = false)
public class AutotaskHttpConfiguration {

    /** API calls to the zone: credentials on the wire, no automatic retries. */
    @Bean("autotaskHttpClientConfigurer")
    AutotaskHttpClientConfigurer autotaskHttpClientConfigurer(AutotaskProperties properties) {
        return AutotaskHttpClientConfigurer.withCredentials(properties);
    }

    /** Zone discovery: no credentials, no automatic retries. */
    @Bean("autotaskLookupHttpClientConfigurer")
    AutotaskHttpClientConfigurer autotaskLookupHttpClientConfigurer() {
        return AutotaskHttpClientConfigurer.withoutCredentials();
    }
}
