package io.atqb.qbwc;

import static io.atqb.qbwc.QbwcUnitFixtures.NOW;
import static io.atqb.qbwc.QbwcUnitFixtures.TICKET;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QbwcSessionTest {

    @Test
    void shouldBeLiveOnlyWhileOpenAndBeforeItsTicketExpires() {
        QbwcSession open = QbwcUnitFixtures.session(TICKET, QbwcSession.Status.OPEN, "work", NOW, NOW.plusMillis(1));
        QbwcSession closed = QbwcUnitFixtures.session(TICKET, QbwcSession.Status.CLOSED, "work", NOW,
                NOW.plusSeconds(60));

        assertThat(open.isLive(NOW)).isTrue();
        assertThat(open.isLive(NOW.plusMillis(1))).isFalse();
        assertThat(closed.isLive(NOW)).isFalse();
    }

    @Test
    void shouldBeNewUntilItsQbxmlVersionIsSettled() {
        QbwcSession settled = QbwcUnitFixtures.open(TICKET, NOW);

        assertThat(settled.isNew()).isFalse();
        assertThat(QbwcUnitFixtures.fresh(settled).isNew()).isTrue();
    }
}
