package io.atqb.qbwc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class SessionTakeoverTest {

    static final Instant LAST_CALL = Instant.parse("2026-11-30T10:00:00Z");
    final SessionTakeover takeover = new SessionTakeover(Duration.ofMinutes(2));

    @Test
    void shouldTakeOverASessionWhoseLastCallIsExactlyTheWindowAgo() {
        assertThat(takeover.canTakeOver(LAST_CALL, LAST_CALL.plus(Duration.ofMinutes(2)))).isTrue();
    }

    @Test
    void shouldKeepASessionLiveJustInsideTheWindow() {
        Instant now = LAST_CALL.plus(Duration.ofMinutes(2)).minusMillis(1);

        assertThat(takeover.canTakeOver(LAST_CALL, now)).isFalse();
        assertThat(takeover.postponeSeconds(LAST_CALL, now)).isEqualTo(1);
    }

    @Test
    void shouldTakeOverASessionJustAfterTheWindow() {
        assertThat(takeover.canTakeOver(LAST_CALL, LAST_CALL.plus(Duration.ofMinutes(2)).plusMillis(1))).isTrue();
    }

    @Test
    void shouldKeepASessionLiveRightAfterItsLastCall() {
        assertThat(takeover.canTakeOver(LAST_CALL, LAST_CALL)).isFalse();
    }

    @Test
    void shouldPostponeAtMostSixtySecondsWhileMoreThanAMinuteIsLeft() {
        assertThat(takeover.postponeSeconds(LAST_CALL, LAST_CALL)).isEqualTo(60);
        assertThat(takeover.postponeSeconds(LAST_CALL, LAST_CALL.plusSeconds(59))).isEqualTo(60);
    }

    @Test
    void shouldPostponeTheSecondsLeftRoundedUpWhenLessThanAMinuteIsLeft() {
        assertThat(takeover.postponeSeconds(LAST_CALL, LAST_CALL.plusSeconds(60))).isEqualTo(60);
        assertThat(takeover.postponeSeconds(LAST_CALL, LAST_CALL.plusSeconds(61))).isEqualTo(59);
        assertThat(takeover.postponeSeconds(LAST_CALL, LAST_CALL.plusMillis(90_500))).isEqualTo(30);
    }

    @Test
    void shouldPostponeAtLeastOneSecond() {
        assertThat(takeover.postponeSeconds(LAST_CALL, LAST_CALL.plus(Duration.ofMinutes(2)))).isEqualTo(1);
        assertThat(takeover.postponeSeconds(LAST_CALL, LAST_CALL.plus(Duration.ofMinutes(5)))).isEqualTo(1);
    }

    @Test
    void shouldPostponeTheWholeWindowWhenItIsShorterThanAMinute() {
        SessionTakeover short30 = new SessionTakeover(Duration.ofSeconds(30));

        assertThat(short30.postponeSeconds(LAST_CALL, LAST_CALL)).isEqualTo(30);
    }

    @Test
    void shouldRefuseAnEmptyWindow() {
        assertThatThrownBy(() -> new SessionTakeover(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SessionTakeover(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
