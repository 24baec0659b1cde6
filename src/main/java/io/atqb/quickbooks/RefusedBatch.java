package io.atqb.quickbooks;

import io.atqb.qbxml.QbxmlStatus;
import java.util.List;

/**
 * A many-line request (an inventory adjustment, an item receipt) is refused as a whole when one line is bad.
 * Unless QuickBooks was only busy, it is sent again in two halves, so the good lines go through and the bad
 * one is found; a single refused line settles as a {@link Refusal}.
 */
public final class RefusedBatch {

    private RefusedBatch() {
    }

    /** Whether a request of {@code lines} lines refused with this status is to be split in two. */
    public static boolean split(QbxmlStatus status, int lines) {
        return !status.isOk() && !QuickBooksCodes.isBusy(status) && lines > 1;
    }

    /** The two halves of the lines, the first one the smaller when the count is odd. */
    public static <T> List<List<T>> halves(List<T> lines) {
        if (lines.size() < 2) {
            throw new IllegalArgumentException("only a request of two or more lines can be split, not " + lines.size());
        }
        int half = lines.size() / 2;
        return List.of(List.copyOf(lines.subList(0, half)), List.copyOf(lines.subList(half, lines.size())));
    }
}
