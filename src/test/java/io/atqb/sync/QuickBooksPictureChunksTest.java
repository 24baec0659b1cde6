package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The stored chunks of the QuickBooks picture: every item comes back as it was, in chunks of at most 250. */
class QuickBooksPictureChunksTest {

    @Test
    void shouldGiveBackEveryFieldExactlyAsItWas() {
        List<QuickBooksItem> items = List.of(
                new QuickBooksItem("80000001-1234567890", "Widget", new BigDecimal("-3.50000"), true),
                new QuickBooksItem("80000002-1", "Gadget \"Pro\" \\ 5\u00a0cm \u00e9t\u00e9 \ud83d\ude00\n\t", null,
                        false),
                new QuickBooksItem("80000003-1", "Zero", BigDecimal.ZERO, true),
                new QuickBooksItem("80000004-1", "Big", new BigDecimal("12345678901234.12345"), true));

        List<String> chunks = QuickBooksPictureChunks.encode(items);

        assertThat(chunks).hasSize(1);
        assertThat(QuickBooksPictureChunks.decode(chunks.get(0))).containsExactlyElementsOf(items);
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 249, 250, 251, 500, 501})
    void shouldCutTheItemsIntoChunksOfAtMost250InTheirOrder(int count) {
        List<QuickBooksItem> items = IntStream.range(0, count)
                .mapToObj(i -> new QuickBooksItem("L" + i, "Item " + i, BigDecimal.valueOf(i), i % 2 == 0)).toList();

        List<String> chunks = QuickBooksPictureChunks.encode(items);

        assertThat(chunks).hasSize((count + 249) / 250);
        List<QuickBooksItem> back = new ArrayList<>();
        chunks.forEach(chunk -> {
            List<QuickBooksItem> decoded = QuickBooksPictureChunks.decode(chunk);
            assertThat(decoded).hasSizeBetween(1, QuickBooksPictureChunks.ITEMS_PER_CHUNK);
            back.addAll(decoded);
        });
        assertThat(back).containsExactlyElementsOf(items);
    }

    @Test
    void shouldKeepAFullChunkOfTheLongestEscapedNamesUnderAMillionCharacters() {
        String name = "\u0001".repeat(159);
        List<QuickBooksItem> items = IntStream.range(0, QuickBooksPictureChunks.ITEMS_PER_CHUNK)
                .mapToObj(i -> new QuickBooksItem("80000000-" + "9".repeat(30), name,
                        new BigDecimal("-99999999999999.99999"), true)).toList();

        String chunk = QuickBooksPictureChunks.encode(items).get(0);

        assertThat(chunk.length()).isLessThan(1_000_000);
        assertThat(QuickBooksPictureChunks.decode(chunk).get(0).fullName()).isEqualTo(name);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "{}", "[[\"L1\",\"A\",\"1\"]]", "[[\"L1\",\"A\",\"x\",true]]", "[[\"L1\",\"A\",1,true]]",
            "[[null,\"A\",\"1\",true]]", "[[\"L1\",\"A\",\"1\",true]] []", "[[\"L1\",\"A\",\"1\",true]",
            "[[\"L1\",\"A\",\"1\",\"yes\"]]"})
    void shouldRefuseAChunkItCannotReadWithAClearError(String chunk) {
        assertThatThrownBy(() -> QuickBooksPictureChunks.decode(chunk))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Unreadable QuickBooks picture chunk");
    }
}
