package io.atqb.qbxml;

/** A reference to an item by exactly one of ListID or FullName. */
public record ItemRef(String listId, String fullName) {

    public ItemRef {
        if ((listId == null) == (fullName == null)) {
            throw new IllegalArgumentException("ItemRef needs exactly one of listId or fullName");
        }
        listId = listId == null ? null : QbxmlFields.required("ItemRef.listId", listId, QbxmlFields.ID_MAX);
        fullName = fullName == null ? null
                : QbxmlFields.required("ItemRef.fullName", fullName, QbxmlFields.FULL_NAME_MAX);
    }

    public static ItemRef listId(String listId) {
        return new ItemRef(listId, null);
    }

    public static ItemRef fullName(String fullName) {
        return new ItemRef(null, fullName);
    }
}
