package org.sourcewiki.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * Debian's pandoc as a real consumer of what the wiki exports. Without pandoc the tests that need it are skipped,
 * loudly; under CI they fail instead, since .ci/run installs it.
 */
public final class Pandoc {
    private static final String BINARY = System.getenv().getOrDefault("PANDOC_BINARY", "pandoc");

    private Pandoc() {
    }

    /** What a run printed and how it ended. */
    public record Run(int exitCode, String output, String errors) {
    }

    /** Skips (or, under CI, fails) the calling test when pandoc cannot be run. */
    public static void require() {
        try {
            Process process = new ProcessBuilder(BINARY, "--version").redirectErrorStream(true).start();
            if (process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0) {
                return;
            }
        } catch (IOException missing) {
            // reported below
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String message = "PANDOC TESTS SKIPPED: no pandoc on the PATH. Install it with: sudo apt-get install -y pandoc";
        System.err.println("\n*** " + message + " ***\n");
        if (System.getenv("CI") != null) {
            Assertions.fail(message + " (CI must run them)");
        }
        Assumptions.abort(message);
    }

    /** Runs pandoc with the arguments in a folder; standard output and errors are read as UTF-8. */
    public static Run run(Path folder, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(BINARY);
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(folder, "pandoc", ".out");
        Path err = Files.createTempFile(folder, "pandoc", ".err");
        Process process = new ProcessBuilder(command).directory(folder.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("pandoc did not finish: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }
}
