package io.atqb.system;

import java.time.Clock;
import java.time.ZoneOffset;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * One clock for the whole service, so tests can move time. It ticks in whole milliseconds: every instant the
 * service compares is then stored exactly by H2 and PostgreSQL (microsecond columns), so a time read back
 * from the database never rounds past the one it was compared with (the session take-over window, say).
 */
@Configuration(proxyBeanMethods = false)
class ClockConfig {

    @Bean
    Clock clock() {
        return Clock.tickMillis(ZoneOffset.UTC);
    }
}
