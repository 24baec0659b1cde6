package io.atqb.console;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The browser tests skip without Chromium on a developer machine, and fail without it in CI. */
class BrowserAvailabilityTest {

    @TempDir
    Path dir;

    @Test
    void shouldSkipWithAClearMessageWhenChromiumIsMissingOutsideCi() throws IOException {
        File driver = executable("chromedriver");
        assertThatThrownBy(() -> Browser.requireBrowser(dir.resolve("no-chromium").toFile(), driver, false))
                .isInstanceOf(TestAbortedException.class)
                .hasMessageContaining("chromium and chromium-driver").hasMessageContaining("Skipped");
    }

    @Test
    void shouldFailWhenChromiumIsMissingInCi() throws IOException {
        File driver = executable("chromedriver");
        assertThatThrownBy(() -> Browser.requireBrowser(dir.resolve("no-chromium").toFile(), driver, true))
                .isInstanceOf(AssertionFailedError.class).hasMessageContaining("CI is set");
    }

    @Test
    void shouldFailWhenOnlyTheDriverIsMissingInCi() throws IOException {
        File chromium = executable("chromium");
        assertThatThrownBy(() -> Browser.requireBrowser(chromium, dir.resolve("no-driver").toFile(), true))
                .isInstanceOf(AssertionFailedError.class);
    }

    @Test
    void shouldGoAheadWhenBothAreExecutable() throws IOException {
        File chromium = executable("chromium");
        File driver = executable("chromedriver");
        assertThatCode(() -> Browser.requireBrowser(chromium, driver, true)).doesNotThrowAnyException();
    }

    @Test
    void shouldNotTakeAFileThatCannotRunForTheBrowser() throws IOException {
        File chromium = Files.createFile(dir.resolve("chromium-not-executable"),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-r--r--"))).toFile();
        File driver = executable("chromedriver");
        assertThatThrownBy(() -> Browser.requireBrowser(chromium, driver, false))
                .isInstanceOf(TestAbortedException.class);
    }

    private File executable(String name) throws IOException {
        return Files.createFile(dir.resolve(name),
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x"))).toFile();
    }
}
