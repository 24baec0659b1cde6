package io.atqb.sandbox.quickbooks;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/**
 * Statuses a test asked QuickBooks to answer instead of executing (for writes touching an item, or for the next
 * requests of a type), and a pending whole-message parse failure.
 */
final class FaultInjections {

    private static final class Injection {
        private final String itemKey;
        private final String listId;
        private final Status status;
        private int remaining;

        private Injection(String itemKey, String listId, Status status, int remaining) {
            this.itemKey = itemKey;
            this.listId = listId;
            this.status = status;
            this.remaining = remaining;
        }

        private boolean matches(Collection<String> touchedKeys) {
            return touchedKeys.stream().anyMatch(key -> key.equalsIgnoreCase(itemKey)
                    || (listId != null && key.equals(listId)));
        }
    }

    /** A status for the next requests of one type, whatever they touch. */
    private static final class TypeInjection {
        private final String requestType;
        private final Status status;
        private int remaining;

        private TypeInjection(String requestType, Status status, int remaining) {
            this.requestType = requestType;
            this.status = status;
            this.remaining = remaining;
        }
    }

    private final List<Injection> injections = new ArrayList<>();
    private final List<TypeInjection> typeInjections = new ArrayList<>();
    private boolean failNextMessage;

    /** Registers a status for the next {@code times} requests of this type (e.g. {@code PurchaseOrderAddRq}). */
    void addForRequestType(String requestType, Status status, int times) {
        typeInjections.add(new TypeInjection(requestType, status, times));
    }

    /** The injected status for the next request of this type, if any; used up as it is answered. */
    Optional<Status> consumeForRequestType(String requestType) {
        Iterator<TypeInjection> iterator = typeInjections.iterator();
        while (iterator.hasNext()) {
            TypeInjection injection = iterator.next();
            if (injection.requestType.equals(requestType)) {
                injection.remaining--;
                if (injection.remaining <= 0) {
                    iterator.remove();
                }
                return Optional.of(injection.status);
            }
        }
        return Optional.empty();
    }

    /** Registers a status for the next {@code times} writes touching {@code itemKey} (name or ListID). */
    void add(String itemKey, String currentListId, Status status, int times) {
        injections.add(new Injection(itemKey.strip(), currentListId, status, times));
    }

    /** The injected status for a write touching any of {@code touchedKeys} (names, full names, ListIDs), if any. */
    Optional<Status> consume(Collection<String> touchedKeys) {
        Iterator<Injection> iterator = injections.iterator();
        while (iterator.hasNext()) {
            Injection injection = iterator.next();
            if (injection.matches(touchedKeys)) {
                injection.remaining--;
                if (injection.remaining <= 0) {
                    iterator.remove();
                }
                return Optional.of(injection.status);
            }
        }
        return Optional.empty();
    }

    void failNextMessage() {
        failNextMessage = true;
    }

    /** True once after {@link #failNextMessage()}. */
    boolean takeFailNextMessage() {
        boolean fail = failNextMessage;
        failNextMessage = false;
        return fail;
    }
}
