package io.atqb.autotask;

import java.util.List;

/**
 * One field of an entity as {@code entityInformation/fields} describes it.
 *
 * @param name           the field name
 * @param readOnly       true when the API refuses to write it
 * @param picklistValues the picklist (empty for a field without one)
 */
public record AutotaskEntityField(String name, boolean readOnly, List<PicklistValue> picklistValues) {

    /**
     * One picklist value: the stored value (Autotask sends it as text even for integer fields) and its label.
     *
     * @param value  the value as text, or null when the answer had none
     * @param label  the label users see, or null
     * @param active false for a retired value (records may still hold it)
     */
    public record PicklistValue(String value, String label, boolean active) {
    }

    public AutotaskEntityField {
        picklistValues = List.copyOf(picklistValues);
    }
}
