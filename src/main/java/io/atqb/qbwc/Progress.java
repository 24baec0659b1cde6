package io.atqb.qbwc;

/**
 * The percentage receiveResponseXML answers while work remains: the share of requests answered so far,
 * never below what the session already reported, at least 1 and at most 99 (100 means "done", and QBWC
 * ends the session on it, so it is only answered when nothing is left).
 */
final class Progress {

    private Progress() {
    }

    /**
     * @param answered  requests answered in the session so far
     * @param remaining requests still queued, sent or expected (at least 1 while work remains)
     * @param reported  the percentage the session reported last
     */
    static int whileWorkRemains(long answered, long remaining, int reported) {
        long left = Math.max(remaining, 1);
        long share = 100L * Math.max(answered, 0) / (Math.max(answered, 0) + left);
        return (int) Math.max(1, Math.min(99, Math.max(reported, share)));
    }
}
