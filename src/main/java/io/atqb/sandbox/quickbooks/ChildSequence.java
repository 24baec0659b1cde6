package io.atqb.sandbox.quickbooks;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3c.dom.Element;

/**
 * The allowed children of one qbXML element as an ordered sequence of slots (like an xsd:sequence of elements and
 * choices). Children out of order, unknown, repeated too often or missing make the message unparseable.
 */
final class ChildSequence {

    /** One position of the sequence: any of {@code names}, between {@code min} and {@code max} times. */
    record Slot(Set<String> names, int min, int max) {
    }

    private final String parentName;
    private final List<Slot> slots;

    private ChildSequence(String parentName, List<Slot> slots) {
        this.parentName = parentName;
        this.slots = slots;
    }

    static ChildSequence of(String parentName, Slot... slots) {
        return new ChildSequence(parentName, Arrays.asList(slots));
    }

    static Slot required(String... choice) {
        return new Slot(Set.of(choice), 1, 1);
    }

    static Slot optional(String... choice) {
        return new Slot(Set.of(choice), 0, 1);
    }

    static Slot repeated(String... choice) {
        return new Slot(Set.of(choice), 0, Integer.MAX_VALUE);
    }

    static Slot atLeastOne(String... choice) {
        return new Slot(Set.of(choice), 1, Integer.MAX_VALUE);
    }

    /** Checks the children of {@code parent} against the sequence and returns them in document order. */
    List<Element> validate(Element parent) {
        List<Element> children = Elements.children(parent);
        int slot = 0;
        int countInSlot = 0;
        for (Element child : children) {
            String name = child.getTagName();
            while (slot < slots.size() && !slots.get(slot).names().contains(name)) {
                requireMinimum(slot, countInSlot);
                slot++;
                countInSlot = 0;
            }
            if (slot == slots.size()) {
                throw new QbxmlParseFailure(describeMisplaced(name));
            }
            countInSlot++;
            if (countInSlot > slots.get(slot).max()) {
                throw new QbxmlParseFailure("<" + name + "> appears too often in <" + parentName + ">");
            }
        }
        while (slot < slots.size()) {
            requireMinimum(slot, countInSlot);
            slot++;
            countInSlot = 0;
        }
        return children;
    }

    private void requireMinimum(int slot, int count) {
        Slot expected = slots.get(slot);
        if (count < expected.min()) {
            throw new QbxmlParseFailure("<" + parentName + "> is missing the required element "
                    + String.join(" or ", expected.names().stream().sorted().toList()));
        }
    }

    private String describeMisplaced(String name) {
        boolean known = slots.stream().anyMatch(s -> s.names().contains(name));
        if (known) {
            return "<" + name + "> is out of schema order in <" + parentName + "> (expected order: "
                    + slots.stream().map(s -> String.join("|", s.names().stream().sorted().toList()))
                    .collect(Collectors.joining(", ")) + ")";
        }
        return "<" + name + "> is not an element of <" + parentName + ">";
    }
}
