package io.atqb.qbwc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JobStepTest {

    @Test
    void shouldCarryTheKindAndOnlyTheReasonsThatExplainAStop() {
        assertThat(JobStep.work()).isEqualTo(new JobStep(JobStep.Kind.WORK, null));
        assertThat(JobStep.finished()).isEqualTo(new JobStep(JobStep.Kind.FINISHED, null));
        assertThat(JobStep.waiting("Autotask")).isEqualTo(new JobStep(JobStep.Kind.WAITING, "Autotask"));
        assertThat(JobStep.paused("later")).isEqualTo(new JobStep(JobStep.Kind.PAUSED, "later"));
        assertThat(JobStep.failed("broken")).isEqualTo(new JobStep(JobStep.Kind.FAILED, "broken"));
    }
}
