package dev.onramp.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * An IAM evaluator that is not Onramp's, for the differential test of the policy review: {@code
 * label.mjs} beside this class reads a before and an after template on its own, samples requests
 * (actions, resources, condition contexts, principals) and evaluates each under both sides with
 * {@code @cloud-copilot/iam-simulate}, then labels the pair {@code equal}, {@code escalation},
 * {@code reduction} or {@code mixed}. One Node process serves every {@link #label} call until
 * {@link #close}.
 *
 * <p>Licence: {@code @cloud-copilot/iam-simulate} is AGPL-3.0-or-later. It is a test-time external
 * tool only: it runs in its own Node process during tests, is never shipped, never on the main
 * classpath and never linked from main code; only its answers (the corpus labels) are kept.
 *
 * <p>The Node packages are pinned by {@code oracle/package-lock.json} beside this class and
 * installed by {@code npm ci} into {@code ~/.cache/onramp/iam-oracle/<digest>} on first use, as
 * {@code dev.onramp.guide.IamSimulateOracle} does. Node 20 and npm must be on the PATH; without
 * them {@link #start} fails (CI has both), it does not skip.
 */
public final class IamSimulateOracle implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  private static final List<String> INSTALL_FILES = List.of("package.json", "package-lock.json");
  private static final String SCRIPT = "label.mjs";
  private static final List<String> SCRIPTS =
      List.of(
          SCRIPT,
          "template.mjs",
          "configurations.mjs",
          "subjects.mjs",
          "sampling.mjs",
          "evaluate.mjs");
  private static final String STAMP = "node_modules/.onramp-installed";
  private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
  private static final Duration PAIR_TIMEOUT = Duration.ofMinutes(15);
  private static final int STDERR_LINES = 40;

  private final Process process;
  private final BufferedWriter requests;
  private final BlockingQueue<Optional<String>> replies = new LinkedBlockingQueue<>();
  private final Deque<String> stderrTail = new ArrayDeque<>();

  private IamSimulateOracle(Process process) {
    this.process = process;
    this.requests =
        new BufferedWriter(
            new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
  }

  /** Installs the Node packages if needed and starts the evaluator process; close it when done. */
  public static IamSimulateOracle start() throws IOException {
    Path work = install();
    Process process =
        run(
            new ProcessBuilder(node(), SCRIPT, "--serve").directory(work.toFile()),
            "start " + SCRIPT);
    IamSimulateOracle oracle = new IamSimulateOracle(process);
    oracle.drain();
    try {
      JsonNode ready = JSON.readTree(oracle.reply(READY_TIMEOUT, "start"));
      if (!ready.path("ready").asBoolean()) {
        throw oracle.failure("unexpected first line from " + SCRIPT + ": " + ready);
      }
    } catch (IOException | RuntimeException e) {
      oracle.close();
      throw e;
    }
    return oracle;
  }

  /**
   * Labels one pair of templates.
   *
   * @param name a name for failure messages (the corpus folder)
   * @param before the before template's text (YAML or JSON)
   * @param after the after template's text
   */
  public synchronized OracleLabel label(String name, String before, String after)
      throws IOException {
    Map<String, String> request = new java.util.LinkedHashMap<>();
    request.put("name", name);
    request.put("before", before);
    request.put("after", after);
    // One line per pair: Jackson writes no indentation and escapes the line breaks in the texts.
    try {
      requests.write(JSON.writeValueAsString(request));
      requests.write('\n');
      requests.flush();
    } catch (IOException e) {
      throw failure("could not send the pair " + name + " (" + e.getMessage() + ")");
    }
    JsonNode reply = JSON.readTree(reply(PAIR_TIMEOUT, "label " + name));
    if (reply.has("fatal")) {
      throw failure(SCRIPT + " could not label " + name + ": " + reply.get("fatal").asText());
    }
    if (!name.equals(reply.path("name").asText())) {
      throw failure("answered " + reply.path("name") + " for " + name);
    }
    String label = reply.path("label").asText();
    if (label.equals("unlabelled")) {
      return OracleLabel.unlabelled(reply.path("reason").asText());
    }
    List<String> witnesses = new ArrayList<>();
    reply.path("witnesses").path("escalation").forEach(w -> witnesses.add("+ " + w.asText()));
    reply.path("witnesses").path("reduction").forEach(w -> witnesses.add("- " + w.asText()));
    return OracleLabel.labelled(AccessVerdict.parse(label), witnesses);
  }

  /** Ends the Node process: it exits when its input closes. */
  @Override
  public void close() {
    try {
      requests.close();
    } catch (IOException e) {
      // Already gone: nothing to tell it.
    }
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Writes the package files from the classpath into a cache folder named by their digest and runs
   * {@code npm ci} there unless the stamp says it is done. The folder is under the user's cache,
   * not a module's target, so every module's tests (the blueprints module borrows this class from
   * the generator's test jar) and every later build share one install. A file lock keeps two test
   * JVMs from installing into the same folder at once; {@code synchronized} does the same for
   * threads.
   */
  private static synchronized Path install() throws IOException {
    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    for (String file : INSTALL_FILES) {
      files.put(file, resource(file));
    }
    String digest = digest(files);
    Path work = cacheRoot().resolve(digest.substring(0, 16));
    Files.createDirectories(work);
    try (FileChannel channel =
        FileChannel.open(
            work.resolve(".install.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
      FileLock lock = channel.lock();
      try {
        Path stamp = work.resolve(STAMP);
        if (!Files.isRegularFile(stamp) || !Files.readString(stamp).equals(digest)) {
          for (Map.Entry<String, byte[]> file : files.entrySet()) {
            Files.write(work.resolve(file.getKey()), file.getValue());
          }
          npmCi(work);
          // npm ci empties node_modules first, so a failed install never keeps an old stamp.
          Files.writeString(stamp, digest);
        }
        // Written on every start, so that an edit to the scripts needs no reinstall.
        for (String script : SCRIPTS) {
          Files.write(work.resolve(script), resource(script));
        }
      } finally {
        lock.release();
      }
    }
    return work;
  }

  /** {@code $XDG_CACHE_HOME/onramp/iam-oracle}, else {@code ~/.cache/onramp/iam-oracle}. */
  private static Path cacheRoot() {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("onramp").resolve("iam-oracle");
  }

  private static byte[] resource(String file) throws IOException {
    try (var in = IamSimulateOracle.class.getResourceAsStream("oracle/" + file)) {
      if (in == null) {
        throw new IOException(
            "No dev/onramp/review/oracle/"
                + file
                + " on the test classpath next to IamSimulateOracle");
      }
      return in.readAllBytes();
    }
  }

  private static void npmCi(Path work) throws IOException {
    Path log = work.resolve("npm-ci.log");
    // --prefer-offline: the lock file pins every version and hash, so a cached tarball is the right
    // one and npm need not ask the registry whether it changed.
    Process npm =
        run(
            new ProcessBuilder(
                    WINDOWS ? "npm.cmd" : "npm",
                    "ci",
                    "--no-audit",
                    "--no-fund",
                    "--prefer-offline")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile()),
            "install the IAM oracle packages (npm ci)");
    try {
      if (!npm.waitFor(INSTALL_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
        npm.destroyForcibly();
        throw new IOException(
            "npm ci in " + work + " took longer than " + INSTALL_TIMEOUT + ", see " + log);
      }
    } catch (InterruptedException e) {
      npm.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while npm ci ran in " + work);
    }
    if (npm.exitValue() != 0) {
      List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
      throw new IOException(
          "npm ci in "
              + work
              + " failed (exit "
              + npm.exitValue()
              + "), the end of "
              + log
              + ":\n"
              + String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size())));
    }
  }

  private static Process run(ProcessBuilder builder, String what) throws IOException {
    try {
      return builder.start();
    } catch (IOException e) {
      throw new IOException(
          "Could not "
              + what
              + ": the IAM oracle needs Node.js 20 or newer and npm on the PATH ("
              + e.getMessage()
              + ")",
          e);
    }
  }

  private static String node() {
    return WINDOWS ? "node.exe" : "node";
  }

  private static String digest(Map<String, byte[]> files) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        sha256.update(file.getKey().getBytes(StandardCharsets.UTF_8));
        sha256.update(file.getValue());
      }
      return HexFormat.of().formatHex(sha256.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  /**
   * Reads the process's stdout and stderr on daemon threads: stdout into the reply queue, so that a
   * reply can be awaited with a timeout, and stderr into a short tail for failure messages (read
   * continuously, since a full pipe would block Node).
   */
  private void drain() {
    Thread stdout =
        new Thread(
            () -> {
              try (BufferedReader reader = process.inputReader(StandardCharsets.UTF_8)) {
                for (String line; (line = reader.readLine()) != null; ) {
                  replies.add(Optional.of(line));
                }
              } catch (IOException | UncheckedIOException e) {
                // Treated as the end of output below.
              } finally {
                replies.add(Optional.empty());
              }
            },
            "iam-oracle-stdout");
    Thread stderr =
        new Thread(
            () -> {
              try (BufferedReader reader = process.errorReader(StandardCharsets.UTF_8)) {
                for (String line; (line = reader.readLine()) != null; ) {
                  synchronized (stderrTail) {
                    if (stderrTail.size() == STDERR_LINES) {
                      stderrTail.removeFirst();
                    }
                    stderrTail.addLast(line);
                  }
                }
              } catch (IOException | UncheckedIOException e) {
                // Nothing more to keep.
              }
            },
            "iam-oracle-stderr");
    stdout.setDaemon(true);
    stderr.setDaemon(true);
    stdout.start();
    stderr.start();
  }

  private String reply(Duration timeout, String what) throws IOException {
    Optional<String> line;
    try {
      line = replies.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while waiting for " + SCRIPT + " to " + what);
    }
    if (line == null) {
      process.destroyForcibly();
      throw failure("no answer within " + timeout + " to " + what);
    }
    if (line.isEmpty()) {
      throw failure("ended before it could " + what);
    }
    return line.get();
  }

  private IOException failure(String what) {
    try {
      // Lets the stderr thread catch the last words of a process that is exiting.
      process.waitFor(2, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    String status = process.isAlive() ? "running" : "exit " + process.exitValue();
    String tail;
    synchronized (stderrTail) {
      tail = String.join("\n", stderrTail);
    }
    return new IOException(
        "IAM oracle (node " + SCRIPT + ", " + status + "): " + what + "\nstderr:\n" + tail);
  }
}
