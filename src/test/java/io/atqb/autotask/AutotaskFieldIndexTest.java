package io.atqb.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Finding an asked field by any spelling of its name, and the bound on remembered spellings. */
class AutotaskFieldIndexTest {

    private static final List<String> FIELDS = List.of("id", "productID", "quantityOnHand");

    @Test
    void shouldFindTheAskedSpellingAndAnyOtherCaseOfIt() {
        AutotaskFieldIndex index = AutotaskFieldIndex.of(FIELDS);

        assertThat(index.position("id")).isZero();
        assertThat(index.position("productID")).isEqualTo(1);
        assertThat(index.position("ProductId")).isEqualTo(1);
        assertThat(index.position("QUANTITYONHAND")).isEqualTo(2);
        assertThat(index.position("ProductId")).as("the same spelling again").isEqualTo(1);
    }

    @Test
    void shouldAnswerMinusOneForANameNotAskedForAndForTheEmptyName() {
        AutotaskFieldIndex index = AutotaskFieldIndex.of(FIELDS);

        assertThat(index.position("userDefinedFields")).isEqualTo(-1);
        assertThat(index.position("")).isEqualTo(-1);
        assertThat(index.position("productID ")).as("not trimmed").isEqualTo(-1);
    }

    @Test
    void shouldStillFindNamesOnceTheRememberedSpellingsReachTheirBound() {
        AutotaskFieldIndex index = AutotaskFieldIndex.of(FIELDS);
        for (int i = 0; i < AutotaskFieldIndex.MAX_SPELLINGS + 10; i++) {
            assertThat(index.position("unknown" + i)).isEqualTo(-1);
        }

        assertThat(index.rememberedSpellings()).isEqualTo(AutotaskFieldIndex.MAX_SPELLINGS);
        assertThat(index.position("PRODUCTid")).as("a new spelling beyond the bound").isEqualTo(1);
        assertThat(index.position("unknown" + (AutotaskFieldIndex.MAX_SPELLINGS + 5))).isEqualTo(-1);
        assertThat(index.rememberedSpellings()).isEqualTo(AutotaskFieldIndex.MAX_SPELLINGS);
    }

    @Test
    void shouldAnswerMinusOneForEverythingWhenNoFieldWasAsked() {
        AutotaskFieldIndex index = AutotaskFieldIndex.of(List.of());

        assertThat(index.position("id")).isEqualTo(-1);
    }
}
