package io.atqb.qbwc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ProgressTest {

    @Test
    void shouldAnswerTheShareOfRequestsAnswered() {
        assertThat(Progress.whileWorkRemains(30, 70, 0)).isEqualTo(30);
    }

    @Test
    void shouldNeverAnswer100WhileOneRequestRemains() {
        assertThat(Progress.whileWorkRemains(1_000_000, 1, 0)).isEqualTo(99);
        assertThat(Progress.whileWorkRemains(99, 1, 0)).isEqualTo(99);
    }

    @Test
    void shouldCountAtLeastOneRemainingRequestWhileWorkRemains() {
        assertThat(Progress.whileWorkRemains(10, 0, 0)).isEqualTo(90);
    }

    @Test
    void shouldNeverAnswerLessThanOne() {
        assertThat(Progress.whileWorkRemains(0, 500, 0)).isEqualTo(1);
        assertThat(Progress.whileWorkRemains(1, 1000, 0)).isEqualTo(1);
    }

    @Test
    void shouldNeverGoBackBelowWhatTheSessionReported() {
        assertThat(Progress.whileWorkRemains(10, 90, 40)).isEqualTo(40);
        assertThat(Progress.whileWorkRemains(10, 90, 5)).isEqualTo(10);
    }

    @Test
    void shouldStayBelow100EvenWhenTheSessionReported100Before() {
        assertThat(Progress.whileWorkRemains(10, 90, 100)).isEqualTo(99);
    }
}
