package dev.onramp.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One run of {@code onramp} in this JVM through {@link Main#run}, with its exit code and what it
 * printed on stdout and stderr.
 */
record CliRun(int code, String out, String err) {

  static final String SECRET = "cli-test-secret-0123456789-abcdefghijklmnopqrstuvwxyz";

  /** Runs {@code args} with the vendor secret in ONRAMP_TENANT_SECRET. */
  static CliRun run(String... args) {
    return run(Map.of("ONRAMP_TENANT_SECRET", SECRET), args);
  }

  static CliRun run(Map<String, String> environment, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code;
    try (PrintStream o = new PrintStream(out, true, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      code = Main.run(args, o, e, environment);
    }
    return new CliRun(
        code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  /** Runs {@code command} in the project folder {@code base}. */
  static CliRun in(Path base, String command, String... options) {
    List<String> args = new ArrayList<>();
    args.add(command);
    args.add("--base-directory");
    args.add(base.toString());
    args.addAll(List.of(options));
    return run(args.toArray(String[]::new));
  }

  /**
   * Copies the fixture project {@code name} (src/test/resources/fixtures/name) into {@code dir}.
   */
  static Path fixture(String name, Path dir) {
    try {
      Path source = Path.of(CliRun.class.getResource("/fixtures/" + name).toURI());
      Path target = dir.resolve(name);
      try (Stream<Path> files = Files.walk(source)) {
        for (Path file : files.toList()) {
          Path copy = target.resolve(source.relativize(file).toString());
          if (Files.isDirectory(file)) {
            Files.createDirectories(copy);
          } else {
            Files.copy(file, copy);
          }
        }
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How often {@code text} occurs in stderr. */
  int errCount(String text) {
    int count = 0;
    for (int at = err.indexOf(text); at >= 0; at = err.indexOf(text, at + 1)) {
      count++;
    }
    return count;
  }

  @Override
  public String toString() {
    return "exit " + code + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
