package io.atqb.qbwc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketsTest {

    private final Tickets tickets = new Tickets();

    @Test
    void shouldIssueUrlSafeTicketsOf256RandomBits() {
        String ticket = tickets.next();

        assertThat(ticket).hasSize(43).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(ticket)).hasSize(32);
    }

    @Test
    void shouldNeverIssueTheSameTicketTwice() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(tickets.next());
        }

        assertThat(seen).hasSize(200);
    }
}
