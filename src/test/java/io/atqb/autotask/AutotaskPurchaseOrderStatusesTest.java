package io.atqb.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/** PO statuses come from the picklist labels, whatever numbers the tenant uses. */
class AutotaskPurchaseOrderStatusesTest {

    private final AutotaskPurchaseOrderStatuses statuses = new AutotaskPurchaseOrderStatuses();

    private static AutotaskEntityField.PicklistValue value(String value, String label) {
        return new AutotaskEntityField.PicklistValue(value, label, true);
    }

    private static AutotaskEntityField status(AutotaskEntityField.PicklistValue... values) {
        return new AutotaskEntityField("status", false, List.of(values));
    }

    @Test
    void shouldMapEachKnownLabelWithoutRegardToCaseOrBlanksAndAnythingElseToUnknown() {
        statuses.accept(List.of(status(value("7", "new"), value("8", " Submitted "), value("9", "Received Partial"),
                value("10", "RECEIVED FULL"), value("11", "Canceled"), value("12", "Cancelled"), value("13", "On Hold")),
                new AutotaskEntityField("externalPONumber", false, List.of())));

        assertThat(statuses.status(7L)).isEqualTo(PurchaseOrderStatus.NEW);
        assertThat(statuses.status(8L)).isEqualTo(PurchaseOrderStatus.SUBMITTED);
        assertThat(statuses.status(9L)).isEqualTo(PurchaseOrderStatus.RECEIVED_PARTIAL);
        assertThat(statuses.status(10L)).isEqualTo(PurchaseOrderStatus.RECEIVED_FULL);
        assertThat(statuses.status(11L)).isEqualTo(PurchaseOrderStatus.CANCELED);
        assertThat(statuses.status(12L)).isEqualTo(PurchaseOrderStatus.UNKNOWN);
        assertThat(statuses.status(13L)).isEqualTo(PurchaseOrderStatus.UNKNOWN);
        assertThat(statuses.status(14L)).as("not in the picklist").isEqualTo(PurchaseOrderStatus.UNKNOWN);
        assertThat(statuses.status(null)).isEqualTo(PurchaseOrderStatus.UNKNOWN);
        assertThat(statuses.values(PurchaseOrderStatus.UNKNOWN)).containsExactlyInAnyOrder(12L, 13L);
        assertThat(statuses.knownValues()).containsExactlyInAnyOrder(7L, 8L, 9L, 10L, 11L);
        assertThat(statuses.label(13L)).isEqualTo("On Hold");
        assertThat(statuses.externalPoNumberWritable()).isTrue();
    }

    @Test
    void shouldReadOnlyOnceUntilForgotten() {
        assertThat(statuses.needsReading()).isTrue();
        assertThatThrownBy(() -> statuses.status(1L)).isInstanceOf(IllegalStateException.class);

        statuses.accept(List.of(status(value("1", "New"))));
        boolean afterReading = statuses.needsReading();
        statuses.forget();

        assertThat(afterReading).isFalse();
        assertThat(statuses.needsReading()).isTrue();
    }

    @Test
    void shouldRefuseFieldInformationWithoutAStatusPicklist() {
        assertThatThrownBy(() -> statuses.accept(List.of(new AutotaskEntityField("status", false, List.of()))))
                .isInstanceOf(AutotaskException.class).hasMessageContaining("no status picklist");
        assertThatThrownBy(() -> statuses.accept(List.of()))
                .isInstanceOf(AutotaskException.class);
        assertThat(statuses.needsReading()).isTrue();
    }

    @Test
    void shouldTreatExternalPoNumberAsNotWritableWhenReadOnlyOrMissing() {
        statuses.accept(List.of(status(value("1", "New")),
                new AutotaskEntityField("externalPONumber", true, List.of())));
        boolean readOnly = statuses.externalPoNumberWritable();
        statuses.accept(List.of(status(value("1", "New"))));

        assertThat(readOnly).isFalse();
        assertThat(statuses.externalPoNumberWritable()).isFalse();
    }

    @Test
    void shouldMapLabelsToStatusesAndBack() {
        for (PurchaseOrderStatus status : PurchaseOrderStatus.values()) {
            if (status != PurchaseOrderStatus.UNKNOWN) {
                assertThat(PurchaseOrderStatus.fromLabel(status.label())).isEqualTo(status);
            }
        }
        assertThat(PurchaseOrderStatus.fromLabel(null)).isEqualTo(PurchaseOrderStatus.UNKNOWN);
        assertThat(PurchaseOrderStatus.fromLabel("Received")).isEqualTo(PurchaseOrderStatus.UNKNOWN);
    }
}
