package io.atqb.quickbooks;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.qbxml.ItemQueryRs;
import io.atqb.qbxml.ItemRet;
import io.atqb.qbxml.QbxmlStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

class NameHolderTest {

    static final QbxmlStatus OK = new QbxmlStatus(0, "Info", "Status OK");

    @Test
    void shouldAskForItemsOfEveryTypeByFullName() {
        assertThat(NameHolder.inspect("Toner 12A").fullNames()).containsExactly("Toner 12A");
        assertThat(NameHolder.inspect("Toner 12A").listIds()).isEmpty();
    }

    @Test
    void shouldTellAnInventoryPartFromEveryOtherKind() {
        NameHolder part = NameHolder.of(answer("ItemInventoryRet")).orElseThrow();
        NameHolder assembly = NameHolder.of(answer("ItemInventoryAssemblyRet")).orElseThrow();
        NameHolder nonInventory = NameHolder.of(answer("ItemNonInventoryRet")).orElseThrow();

        assertThat(part.isInventoryPart()).isTrue();
        assertThat(assembly.isInventoryPart()).isFalse();
        assertThat(nonInventory.isInventoryPart()).isFalse();
        assertThat(nonInventory.kind()).isEqualTo("non-inventory item");
        assertThat(nonInventory.listId()).isEqualTo("L-1");
        assertThat(nonInventory.fullName()).isEqualTo("Toner 12A");
    }

    @Test
    void shouldFindNoHolderInAnEmptyAnswer() {
        assertThat(NameHolder.of(new ItemQueryRs("1", new QbxmlStatus(1, "Info", "none"), List.of()))).isEmpty();
    }

    @Test
    void shouldNameTheHolderByItsNameWhenQuickBooksLeftOutTheFullName() {
        NameHolder holder = NameHolder.of(new ItemQueryRs("1", OK,
                List.of(new ItemRet("ItemServiceRet", "L-2", "Installation", null, true)))).orElseThrow();

        assertThat(holder.fullName()).isEqualTo("Installation");
        assertThat(holder.kind()).isEqualTo("service item");
    }

    static ItemQueryRs answer(String itemType) {
        return new ItemQueryRs("1", OK, List.of(new ItemRet(itemType, "L-1", "Toner 12A", "Toner 12A", true)));
    }
}
