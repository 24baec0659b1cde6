package io.atqb.sandbox.quickbooks;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** A small immutable XML element tree for the *Ret aggregates of a response: either text or child elements. */
record RetNode(String name, String text, List<RetNode> children) {

    RetNode {
        Objects.requireNonNull(name, "name");
        children = List.copyOf(children);
    }

    static RetNode leaf(String name, String text) {
        return new RetNode(name, text, List.of());
    }

    static RetNode parent(String name, RetNode... children) {
        return new RetNode(name, null, Arrays.asList(children));
    }

    static RetNode parent(String name, Collection<RetNode> children) {
        return new RetNode(name, null, new ArrayList<>(children));
    }

    /** A reference aggregate such as {@code <AccountRef><ListID/><FullName/></AccountRef>}. */
    static RetNode ref(String name, String listId, String fullName) {
        List<RetNode> parts = new ArrayList<>();
        if (listId != null) {
            parts.add(leaf("ListID", listId));
        }
        if (fullName != null) {
            parts.add(leaf("FullName", fullName));
        }
        return new RetNode(name, null, parts);
    }

    /** This node with only the top-level children named in {@code includeRetElements} (all when it is empty). */
    RetNode restrictedTo(Collection<String> includeRetElements) {
        if (includeRetElements.isEmpty()) {
            return this;
        }
        List<RetNode> kept = children.stream().filter(child -> includeRetElements.contains(child.name())).toList();
        return new RetNode(name, text, kept);
    }
}
