package io.atqb.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Autotask answers at the edges of what the reader accepts: wrong shapes, odd error lists, the 300-char cut. */
class AutotaskJsonReaderEdgesTest {

    private static final List<String> FIELDS = List.of("id", "name");

    private static InputStream json(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }

    private static List<String> errorMessages(String body) {
        return AutotaskJsonReader.readErrorMessages(body.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void shouldRefuseAPageWhoseItemIsNoObjectAndNameWhatCame() {
        assertThatThrownBy(() -> AutotaskJsonReader.readPage(json("{\"items\":[5]}"), "Products", FIELDS))
                .isInstanceOf(AutotaskJsonReader.MalformedAnswerException.class)
                .hasMessage("expected an item object but found VALUE_NUMBER_INT");
    }

    @Test
    void shouldRefuseAnEmptyAnswerAndAListWhereAnObjectBelongs() {
        assertThatThrownBy(() -> AutotaskJsonReader.readPage(json(""), "Products", FIELDS))
                .hasMessage("expected a JSON object but found the end of the answer");
        assertThatThrownBy(() -> AutotaskJsonReader.readObject(json("[{\"id\":1}]")))
                .isInstanceOf(AutotaskJsonReader.MalformedAnswerException.class)
                .hasMessage("expected a JSON object but found [");
    }

    @Test
    void shouldReadAnEmptyLastPageAsNoRows() throws Exception {
        AutotaskJsonReader.Parsed<AutotaskPage> parsed = AutotaskJsonReader.readPage(
                json("{\"items\":[],\"pageDetails\":{\"count\":0}}"), "Products", FIELDS);

        assertThat(parsed.value().rows()).isEmpty();
        assertThat(parsed.value().itemCount()).isZero();
    }

    @Test
    void shouldSayWhatTheConnectionReportedWhenTheAnswerCannotBeRead() {
        InputStream broken = new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                throw new IOException("connection reset");
            }
        };

        assertThatThrownBy(() -> AutotaskJsonReader.readObject(broken)).hasMessage("connection reset");
    }

    @Test
    void shouldReadErrorsGivenAsOneStringAndIgnoreErrorsGivenAsAnObject() throws Exception {
        assertThat(AutotaskJsonReader.readObject(json("{\"errors\":\"one failure\",\"id\":1}")).errors())
                .containsExactly("one failure");
        assertThat(AutotaskJsonReader.readObject(json("{\"errors\":{\"message\":\"x\"},\"id\":1}")).errors())
                .isEmpty();
        assertThat(errorMessages("{\"errors\":\"one failure\"}")).containsExactly("one failure");
    }

    @Test
    void shouldTakeTheMessageOfA405OnlyWhenItIsText() {
        assertThat(errorMessages("{\"Message\":\"The requested resource does not support http method 'PUT'.\"}"))
                .containsExactly("The requested resource does not support http method 'PUT'.");
        assertThat(errorMessages("{\"message\":{\"text\":\"nested\"},\"errors\":[\"Invalid filter\"]}"))
                .containsExactly("Invalid filter");
        assertThat(errorMessages("{\"other\":\"x\"}")).isEmpty();
    }

    @Test
    void shouldGiveTheRawTextWhenTheErrorBodyIsNoJsonObject() {
        assertThat(errorMessages("[\"a\", \"b\"]")).containsExactly("[\"a\", \"b\"]");
        assertThat(errorMessages("<html>Bad   Gateway</html>")).containsExactly("<html>Bad Gateway</html>");
        assertThat(AutotaskJsonReader.readErrorMessages(new byte[0])).isEmpty();
        assertThat(AutotaskJsonReader.readErrorMessages(null)).isEmpty();
    }

    @Test
    void shouldKeepAMessageOfExactly300CharactersWholeAndCutTheNextLonger() {
        String exactly = "m".repeat(300);

        assertThat(errorMessages("{\"errors\":[\"" + exactly + "\"]}")).containsExactly(exactly);
        assertThat(errorMessages("{\"errors\":[\"" + exactly + "x\"]}")).containsExactly(exactly + "...");
    }
}
