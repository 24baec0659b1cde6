package io.atqb.qbwc;

/** What a job says when its queue runs dry within a session. */
public record JobStep(Kind kind, String message) {

    public enum Kind {
        /** it queued more requests */
        WORK,
        /** it waits for something outside QuickBooks (e.g. Autotask data): QBWC should NoOp and come back */
        WAITING,
        /** nothing more in this session; the job goes on in a later session */
        PAUSED,
        /** the job is complete */
        FINISHED,
        /** the job cannot go on; the message says why */
        FAILED
    }

    public static JobStep work() {
        return new JobStep(Kind.WORK, null);
    }

    public static JobStep waiting(String why) {
        return new JobStep(Kind.WAITING, why);
    }

    public static JobStep paused(String why) {
        return new JobStep(Kind.PAUSED, why);
    }

    public static JobStep finished() {
        return new JobStep(Kind.FINISHED, null);
    }

    public static JobStep failed(String reason) {
        return new JobStep(Kind.FAILED, reason);
    }
}
