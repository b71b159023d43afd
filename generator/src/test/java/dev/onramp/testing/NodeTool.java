package dev.onramp.testing;

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
 * A test-only Node tool served by one long-lived process: its scripts answer one JSON line per
 * request line, after a first {@code {"ready": true}} line. Used by tests that need an oracle we
 * did not write (Mermaid's parser, an IAM evaluator).
 *
 * <p>The Node packages are pinned by the {@code package-lock.json} beside the tool's class and
 * installed by {@code npm ci} into {@code ~/.cache/onramp/<cache name>/<digest>} on first use, here
 * rather than in a Maven phase so that a build with {@code -DskipTests} never runs npm and a test
 * started from an IDE or another module still finds them. A stamp of the package files' digest
 * skips the install until they change. Node and npm must be on the PATH; without them {@link
 * #start} fails (CI has both), it does not skip.
 */
public final class NodeTool implements AutoCloseable {

  /**
   * Where a tool's files are and how failures name it.
   *
   * @param anchor the class beside whose package the files are resources
   * @param folder the resource folder, relative to {@code anchor}'s package ({@code mermaid})
   * @param cacheName the folder under {@code ~/.cache/onramp} it is installed in
   * @param label how failure messages name the tool ({@code Mermaid parser})
   * @param needs what it needs on the PATH, for the failure when Node is missing
   * @param scripts the scripts to copy, the first one run with {@code --serve}
   */
  public record Spec(
      Class<?> anchor,
      String folder,
      String cacheName,
      String label,
      String needs,
      List<String> scripts) {
    public Spec {
      scripts = List.copyOf(scripts);
    }

    String script() {
      return scripts.get(0);
    }
  }

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final boolean WINDOWS =
      System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
  private static final List<String> INSTALL_FILES = List.of("package.json", "package-lock.json");
  private static final String STAMP = "node_modules/.onramp-installed";
  private static final Duration INSTALL_TIMEOUT = Duration.ofMinutes(10);
  private static final Duration READY_TIMEOUT = Duration.ofMinutes(2);
  private static final int STDERR_LINES = 40;

  private final Spec spec;
  private final Process process;
  private final BufferedWriter requests;
  private final BlockingQueue<Optional<String>> replies = new LinkedBlockingQueue<>();
  private final Deque<String> stderrTail = new ArrayDeque<>();

  private NodeTool(Spec spec, Process process) {
    this.spec = spec;
    this.process = process;
    this.requests =
        new BufferedWriter(
            new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8));
  }

  /** Installs the Node packages if needed and starts the tool's process; close it when done. */
  public static NodeTool start(Spec spec) throws IOException {
    Path work = install(spec);
    Process process =
        run(
            spec,
            new ProcessBuilder(node(), spec.script(), "--serve").directory(work.toFile()),
            "start " + spec.script());
    NodeTool tool = new NodeTool(spec, process);
    tool.drain();
    try {
      JsonNode ready = JSON.readTree(tool.reply(READY_TIMEOUT, "start"));
      if (!ready.path("ready").asBoolean()) {
        throw tool.failure("unexpected first line from " + spec.script() + ": " + ready);
      }
    } catch (IOException | RuntimeException e) {
      tool.close();
      throw e;
    }
    return tool;
  }

  /** Sends one request line ({@code request} as one line of JSON) and reads the reply's JSON. */
  public synchronized JsonNode ask(Object request, Duration timeout, String what)
      throws IOException {
    // One line per request: Jackson writes no indentation and escapes the line breaks in texts.
    try {
      requests.write(JSON.writeValueAsString(request));
      requests.write('\n');
      requests.flush();
    } catch (IOException e) {
      throw failure("could not send the request to " + what + " (" + e.getMessage() + ")");
    }
    return JSON.readTree(reply(timeout, what));
  }

  /** A failure of the tool, with its state and the end of what it wrote to stderr. */
  public IOException failure(String what) {
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
        spec.label()
            + " (node "
            + spec.script()
            + ", "
            + status
            + "): "
            + what
            + "\nstderr:\n"
            + tail);
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
  private static synchronized Path install(Spec spec) throws IOException {
    Map<String, byte[]> files = new java.util.LinkedHashMap<>();
    for (String file : INSTALL_FILES) {
      files.put(file, resource(spec, file));
    }
    String digest = digest(files);
    Path work = cacheRoot(spec).resolve(digest.substring(0, 16));
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
          npmCi(spec, work);
          // npm ci empties node_modules first, so a failed install never keeps an old stamp.
          Files.writeString(stamp, digest);
        }
        // Written on every start, so that an edit to the scripts needs no reinstall.
        for (String script : spec.scripts()) {
          Files.write(work.resolve(script), resource(spec, script));
        }
      } finally {
        lock.release();
      }
    }
    return work;
  }

  /** {@code $XDG_CACHE_HOME/onramp/<name>}, else {@code ~/.cache/onramp/<name>}. */
  private static Path cacheRoot(Spec spec) {
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Path.of(xdg)
            : Path.of(System.getProperty("user.home"), ".cache");
    return base.resolve("onramp").resolve(spec.cacheName());
  }

  private static byte[] resource(Spec spec, String file) throws IOException {
    try (var in = spec.anchor().getResourceAsStream(spec.folder() + "/" + file)) {
      if (in == null) {
        throw new IOException(
            "No "
                + spec.anchor().getPackageName().replace('.', '/')
                + "/"
                + spec.folder()
                + "/"
                + file
                + " on the test classpath next to "
                + spec.anchor().getSimpleName());
      }
      return in.readAllBytes();
    }
  }

  private static void npmCi(Spec spec, Path work) throws IOException {
    Path log = work.resolve("npm-ci.log");
    // --prefer-offline: the lock file pins every version and hash, so a cached tarball is the right
    // one and npm need not ask the registry whether it changed.
    Process npm =
        run(
            spec,
            new ProcessBuilder(
                    WINDOWS ? "npm.cmd" : "npm",
                    "ci",
                    "--no-audit",
                    "--no-fund",
                    "--prefer-offline")
                .directory(work.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile()),
            "install the packages of the " + spec.label() + " (npm ci)");
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

  private static Process run(Spec spec, ProcessBuilder builder, String what) throws IOException {
    try {
      return builder.start();
    } catch (IOException e) {
      throw new IOException(
          "Could not "
              + what
              + ": the "
              + spec.label()
              + " needs "
              + spec.needs()
              + " on the PATH ("
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
            spec.cacheName() + "-stdout");
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
            spec.cacheName() + "-stderr");
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
      throw new InterruptedIOException(
          "interrupted while waiting for " + spec.script() + " to " + what);
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
}
