package io.atqb.sandbox.quickbooks;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The open query iterators of the current QuickBooks session. Like QuickBooks, an iterator remembers the matching
 * objects when it starts and hands them out page by page; it ends with the last page or with the session.
 */
final class IteratorRegistry {

    /** An open iterator: which request type started it, the matches and how many were returned already. */
    record Cursor(String requestType, List<String> listIds, int position, int pageSize) {

        int remaining() {
            return listIds.size() - position;
        }
    }

    private final Map<String, Cursor> cursors = new HashMap<>();

    /** Opens an iterator and returns its iteratorID, a GUID in braces. */
    String open(String requestType, List<String> listIds, int pageSize) {
        String id = "{" + UUID.randomUUID() + "}";
        cursors.put(id, new Cursor(requestType, List.copyOf(listIds), 0, pageSize));
        return id;
    }

    Optional<Cursor> find(String iteratorId, String requestType) {
        Cursor cursor = iteratorId == null ? null : cursors.get(iteratorId);
        return cursor != null && cursor.requestType().equals(requestType) ? Optional.of(cursor) : Optional.empty();
    }

    /** Hands out the next page of ListIDs (at most {@code pageSize}); the iterator closes when it is exhausted. */
    List<String> nextPage(String iteratorId, int pageSize) {
        Cursor cursor = cursors.get(iteratorId);
        int end = Math.min(cursor.listIds().size(), cursor.position() + pageSize);
        List<String> page = cursor.listIds().subList(cursor.position(), end);
        Cursor advanced = new Cursor(cursor.requestType(), cursor.listIds(), end, cursor.pageSize());
        if (advanced.remaining() == 0) {
            cursors.remove(iteratorId);
        } else {
            cursors.put(iteratorId, advanced);
        }
        return page;
    }

    int remaining(String iteratorId) {
        Cursor cursor = cursors.get(iteratorId);
        return cursor == null ? 0 : cursor.remaining();
    }

    void close(String iteratorId) {
        cursors.remove(iteratorId);
    }

    int openCount() {
        return cursors.size();
    }

    void closeAll() {
        cursors.clear();
    }
}
