package io.atqb;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.camel.CamelContext;
import org.apache.camel.test.spring.junit5.CamelSpringBootTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@CamelSpringBootTest
@SpringBootTest
@ActiveProfiles("test")
class AtqbSyncApplicationTest {

    @Autowired
    CamelContext camelContext;

    @Test
    void shouldStartCamelWhenTheApplicationStarts() {
        assertThat(camelContext.isStarted()).isTrue();
    }
}
