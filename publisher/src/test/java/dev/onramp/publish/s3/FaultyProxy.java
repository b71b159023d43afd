package dev.onramp.publish.s3;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.SocketException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * A reverse proxy for tests, in front of S3Proxy, that injects faults: it forwards each HTTP/1.1
 * request to the store and returns the answer, except where a {@link Rule} (or the seeded chaos
 * mode) says otherwise. Headers are forwarded verbatim (SigV4 signs Host and the x-amz-* headers,
 * so the proxy must not touch them); only the hop-by-hop {@code Connection}, {@code Keep-Alive} and
 * {@code Expect} are replaced, which the SDK does not sign. Framing is kept simple: one request per
 * client connection, a {@code Content-Length} body (after {@code 100 Continue} if the client asked
 * for it), {@code Connection: close} both ways, the store's answer read until it closes.
 *
 * <p>Every exchange is recorded ({@link #exchanges()}), with the fault applied and the status the
 * store gave, so that a test can check what reached the store: for example that no template key
 * ever took two writes. A request delayed past the client's timeout is still forwarded once its
 * delay is over, as a request stuck in a network would be; {@link #awaitIdle} waits for it.
 */
final class FaultyProxy implements AutoCloseable {

  /** What the proxy does to one request. */
  enum Kind {
    /** Answers 500 InternalError without forwarding. */
    ERROR_500,
    /** Forwards (the store acts on it), then answers 500 InternalError instead. */
    ERROR_500_AFTER,
    /** Answers 503 SlowDown (throttling) without forwarding. */
    SLOW_DOWN_503,
    /** Resets the connection (SO_LINGER 0, close) without forwarding. */
    RESET,
    /** Forwards, then resets the connection instead of answering. */
    RESET_AFTER,
    /** Forwards, sends the first half of the answer's bytes, then resets the connection. */
    TRUNCATE,
    /** Waits {@link Fault#delay()}, then forwards and answers. */
    DELAY,
    /** Forwards, then waits {@link Fault#delay()} before answering. */
    DELAY_AFTER
  }

  /** A fault: its kind, and for the delays how long. */
  record Fault(Kind kind, Duration delay) {
    Fault {
      java.util.Objects.requireNonNull(kind, "kind");
      delay = delay == null ? Duration.ZERO : delay;
    }

    static Fault of(Kind kind) {
      return new Fault(kind, Duration.ZERO);
    }

    static Fault delay(Duration delay) {
      return new Fault(Kind.DELAY, delay);
    }

    static Fault delayAfter(Duration delay) {
      return new Fault(Kind.DELAY_AFTER, delay);
    }

    /** Whether the request reaches the store. */
    boolean forwards() {
      return kind != Kind.ERROR_500 && kind != Kind.SLOW_DOWN_503 && kind != Kind.RESET;
    }

    @Override
    public String toString() {
      return delay.isZero() ? kind.name() : kind + " " + delay.toMillis() + " ms";
    }
  }

  /**
   * Applies {@code fault} to the requests with {@code method} (null: any) whose path matches {@code
   * path}, from the {@code first}-th such request (1-based) for {@code count} of them.
   */
  record Rule(String method, Pattern path, int first, int count, Fault fault) {
    /** The {@code nth} matching request only. */
    static Rule nth(String method, String pathRegex, int nth, Fault fault) {
      return new Rule(method, Pattern.compile(pathRegex), nth, 1, fault);
    }

    /** The first {@code count} matching requests. */
    static Rule first(String method, String pathRegex, int count, Fault fault) {
      return new Rule(method, Pattern.compile(pathRegex), 1, count, fault);
    }

    /** Every matching request. */
    static Rule always(String method, String pathRegex, Fault fault) {
      return new Rule(method, Pattern.compile(pathRegex), 1, Integer.MAX_VALUE, fault);
    }

    boolean matches(String method, String path) {
      return (this.method == null || this.method.equals(method)) && this.path.matcher(path).find();
    }
  }

  /** One request as the proxy saw it, once it is done. */
  record Exchange(
      int seq,
      String method,
      String path,
      Map<String, String> headers,
      Optional<Fault> fault,
      int upstreamStatus,
      boolean clientGone) {
    /** Whether the store answered 2xx: it acted on the request. */
    boolean landed() {
      return upstreamStatus >= 200 && upstreamStatus < 300;
    }

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    @Override
    public String toString() {
      return seq
          + " "
          + method
          + " "
          + path
          + fault.map(f -> " [" + f + "]").orElse("")
          + (upstreamStatus == 0 ? " (not forwarded)" : " -> S3 " + upstreamStatus)
          + (clientGone ? " (client gone)" : "");
    }
  }

  private final URI upstream;
  private final ServerSocket server;
  private final ExecutorService workers = Executors.newCachedThreadPool(daemon("faulty-proxy"));
  private final Thread acceptor;
  private final Object lock = new Object();
  // Guarded by lock.
  private final List<Rule> rules = new ArrayList<>();
  private final Map<Rule, Integer> seen = new LinkedHashMap<>();
  private final List<Exchange> exchanges = new ArrayList<>();
  private final List<Interposer> interposers = new ArrayList<>();
  private Random chaos;
  private double chaosProbability;
  private List<Fault> chaosFaults = List.of();
  private int requests;
  private int inFlight;

  private FaultyProxy(URI upstream) throws IOException {
    this.upstream = upstream;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    this.acceptor = daemon("faulty-proxy-accept").newThread(this::acceptLoop);
    acceptor.start();
  }

  /** A proxy on 127.0.0.1 and a free port, forwarding to {@code upstream} (http://host:port). */
  static FaultyProxy start(URI upstream) throws IOException {
    return new FaultyProxy(upstream);
  }

  URI endpoint() {
    return URI.create("http://127.0.0.1:" + server.getLocalPort());
  }

  /**
   * Adds a rule. Each rule counts the requests it matches; of those that apply to a request, the
   * first added decides.
   */
  FaultyProxy rule(Rule rule) {
    synchronized (lock) {
      rules.add(rule);
      seen.put(rule, 0);
    }
    return this;
  }

  /** Something another client does just before a matching request is forwarded. */
  private record Interposer(String method, Pattern path, Runnable action) {}

  /**
   * Runs {@code action} (another client's request, say) just before each request with {@code
   * method} whose path matches {@code pathRegex} is forwarded: a race made to happen every time.
   */
  FaultyProxy interpose(String method, String pathRegex, Runnable action) {
    synchronized (lock) {
      interposers.add(new Interposer(method, Pattern.compile(pathRegex), action));
    }
    return this;
  }

  /**
   * Faults each request that no rule takes with {@code probability}, the fault drawn from {@code
   * faults}; the draws come from {@code seed}, in the order requests arrive.
   */
  FaultyProxy chaos(long seed, double probability, List<Fault> faults) {
    synchronized (lock) {
      chaos = new Random(seed);
      chaosProbability = probability;
      chaosFaults = List.copyOf(faults);
    }
    return this;
  }

  /** No more faults: every request is forwarded from now on. Exchanges are kept. */
  void heal() {
    synchronized (lock) {
      rules.clear();
      seen.clear();
      interposers.clear();
      chaos = null;
    }
  }

  /** The exchanges done so far, in the order they arrived. */
  List<Exchange> exchanges() {
    synchronized (lock) {
      return exchanges.stream().sorted(java.util.Comparator.comparingInt(Exchange::seq)).toList();
    }
  }

  /** Waits until no request is in the proxy (a delayed one may land after the client gave up). */
  void awaitIdle(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    synchronized (lock) {
      while (inFlight > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IllegalStateException(inFlight + " requests still in the proxy");
        }
        TimeUnit.NANOSECONDS.timedWait(lock, left);
      }
    }
  }

  @Override
  public void close() throws IOException {
    server.close();
    workers.shutdownNow();
  }

  private void acceptLoop() {
    while (!server.isClosed()) {
      Socket client;
      try {
        client = server.accept();
      } catch (IOException e) {
        return; // closed
      }
      synchronized (lock) {
        inFlight++;
      }
      workers.execute(() -> handle(client));
    }
  }

  /** The parsed head of a request or response, and its raw bytes. */
  private record Head(String startLine, List<String[]> headers) {
    String get(String name) {
      for (String[] header : headers) {
        if (header[0].equalsIgnoreCase(name)) {
          return header[1];
        }
      }
      return null;
    }
  }

  private void handle(Socket client) {
    String method = "?";
    String path = "?";
    Map<String, String> seenHeaders = Map.of();
    Optional<Fault> fault = Optional.empty();
    int seq = -1;
    int status = 0;
    boolean clientGone = false;
    try (client) {
      InputStream in = client.getInputStream();
      OutputStream out = client.getOutputStream();
      Head request = readHead(in);
      if (request == null) {
        return; // a connection opened and closed without a request
      }
      String[] parts = request.startLine().split(" ", 3);
      method = parts[0];
      path = parts[1];
      Map<String, String> headers = new LinkedHashMap<>();
      request.headers().forEach(h -> headers.put(h[0].toLowerCase(Locale.ROOT), h[1]));
      seenHeaders = headers;
      synchronized (lock) {
        seq = ++requests;
        fault = decide(method, path);
      }
      if (request.get("Transfer-Encoding") != null) {
        throw new IllegalStateException("chunked request bodies are not supported: " + path);
      }
      if ("100-continue".equalsIgnoreCase(request.get("Expect"))) {
        out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
      }
      String length = request.get("Content-Length");
      byte[] body = in.readNBytes(length == null ? 0 : Integer.parseInt(length.strip()));

      Kind kind = fault.map(Fault::kind).orElse(null);
      if (kind == Kind.ERROR_500) {
        clientGone = !answer(out, error(500, "InternalError", "We encountered an internal error."));
        return;
      }
      if (kind == Kind.SLOW_DOWN_503) {
        clientGone = !answer(out, error(503, "SlowDown", "Please reduce your request rate."));
        return;
      }
      if (kind == Kind.RESET) {
        reset(client);
        return;
      }
      if (kind == Kind.DELAY) {
        Thread.sleep(fault.get().delay().toMillis());
      }
      List<Runnable> actions;
      synchronized (lock) {
        String m = method;
        String p = path;
        actions =
            interposers.stream()
                .filter(i -> i.method().equals(m) && i.path().matcher(p).find())
                .map(Interposer::action)
                .toList();
      }
      actions.forEach(Runnable::run);
      byte[] response = forward(request, body);
      status = status(response);
      switch (kind == null ? Kind.DELAY : kind) {
        case ERROR_500_AFTER ->
            clientGone =
                !answer(out, error(500, "InternalError", "We encountered an internal error."));
        case RESET_AFTER -> reset(client);
        case TRUNCATE -> {
          try {
            out.write(response, 0, response.length / 2);
            out.flush();
          } catch (IOException e) {
            clientGone = true;
          }
          reset(client);
        }
        case DELAY_AFTER -> {
          Thread.sleep(fault.get().delay().toMillis());
          clientGone = !answer(out, response);
        }
        default -> clientGone = !answer(out, response);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } catch (IOException e) {
      clientGone = true;
    } finally {
      synchronized (lock) {
        if (seq > 0) {
          exchanges.add(
              new Exchange(seq, method, path, Map.copyOf(seenHeaders), fault, status, clientGone));
        }
        inFlight--;
        lock.notifyAll();
      }
    }
  }

  /** Called with the lock held, in the order requests arrive. */
  private Optional<Fault> decide(String method, String path) {
    // Every rule counts every request it matches, whichever rule applies.
    Optional<Fault> decided = Optional.empty();
    for (Rule rule : rules) {
      if (rule.matches(method, path)) {
        int n = seen.merge(rule, 1, Integer::sum);
        if (decided.isEmpty() && n >= rule.first() && n - rule.first() < rule.count()) {
          decided = Optional.of(rule.fault());
        }
      }
    }
    if (decided.isPresent()) {
      return decided;
    }
    if (chaos != null && chaos.nextDouble() < chaosProbability) {
      return Optional.of(chaosFaults.get(chaos.nextInt(chaosFaults.size())));
    }
    return Optional.empty();
  }

  /** Sends the request to the store and returns its whole answer, with Connection: close. */
  private byte[] forward(Head request, byte[] body) throws IOException {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(upstream.getHost(), upstream.getPort()), 5_000);
      socket.setSoTimeout(30_000);
      StringBuilder head = new StringBuilder(request.startLine()).append("\r\n");
      for (String[] header : request.headers()) {
        if (!isHopByHop(header[0])) {
          head.append(header[0]).append(": ").append(header[1]).append("\r\n");
        }
      }
      head.append("Connection: close\r\n\r\n");
      OutputStream out = socket.getOutputStream();
      out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
      out.write(body);
      out.flush();
      byte[] response = socket.getInputStream().readAllBytes();
      // An interim 1xx (the store's own 100 Continue) is dropped: the client had ours.
      while (status(response) >= 100 && status(response) < 200) {
        int end = headEnd(response);
        response = java.util.Arrays.copyOfRange(response, end, response.length);
      }
      return closing(response);
    }
  }

  /** The answer with its Connection header replaced by Connection: close. */
  private static byte[] closing(byte[] response) {
    int end = headEnd(response);
    String head = new String(response, 0, end, StandardCharsets.ISO_8859_1);
    StringBuilder rewritten = new StringBuilder();
    String[] lines = head.split("\r\n");
    rewritten.append(lines[0]).append("\r\n");
    for (int i = 1; i < lines.length; i++) {
      if (!lines[i].isEmpty() && !isHopByHop(lines[i].substring(0, lines[i].indexOf(':')))) {
        rewritten.append(lines[i]).append("\r\n");
      }
    }
    rewritten.append("Connection: close\r\n\r\n");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(rewritten.toString().getBytes(StandardCharsets.ISO_8859_1));
    out.write(response, end, response.length - end);
    return out.toByteArray();
  }

  private static boolean isHopByHop(String name) {
    return name.equalsIgnoreCase("Connection")
        || name.equalsIgnoreCase("Keep-Alive")
        || name.equalsIgnoreCase("Expect");
  }

  private static int status(byte[] response) {
    String line = new String(response, 0, Math.min(response.length, 64), StandardCharsets.US_ASCII);
    String[] parts = line.split(" ", 3);
    if (parts.length < 2 || !parts[0].startsWith("HTTP/")) {
      throw new IllegalStateException("not an HTTP response: " + line);
    }
    return Integer.parseInt(parts[1]);
  }

  /** The index just after the blank line that ends the head. */
  private static int headEnd(byte[] bytes) {
    for (int i = 3; i < bytes.length; i++) {
      if (bytes[i - 3] == '\r'
          && bytes[i - 2] == '\n'
          && bytes[i - 1] == '\r'
          && bytes[i] == '\n') {
        return i + 1;
      }
    }
    throw new IllegalStateException("no end of the head in " + bytes.length + " bytes");
  }

  /** Reads a request head; null if the connection closed before one began. */
  private static Head readHead(InputStream in) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int matched = 0;
    int b;
    while (matched < 4 && (b = in.read()) != -1) {
      bytes.write(b);
      if ((b == '\r' && matched % 2 == 0) || (b == '\n' && matched % 2 == 1)) {
        matched++;
      } else {
        matched = b == '\r' ? 1 : 0;
      }
      if (bytes.size() > 64 * 1024) {
        throw new IOException("request head over 64 KiB");
      }
    }
    if (matched < 4) {
      if (bytes.size() == 0) {
        return null;
      }
      throw new IOException("connection closed inside a request head");
    }
    String[] lines = bytes.toString(StandardCharsets.ISO_8859_1).split("\r\n");
    List<String[]> headers = new ArrayList<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      headers.add(
          new String[] {lines[i].substring(0, colon), lines[i].substring(colon + 1).strip()});
    }
    return new Head(lines[0], headers);
  }

  /** An S3 error answer, as S3 sends it. */
  private static byte[] error(int status, String code, String message) {
    String body =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>"
            + code
            + "</Code><Message>"
            + message
            + "</Message><RequestId>faulty-proxy</RequestId></Error>";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    String head =
        "HTTP/1.1 "
            + status
            + " "
            + (status == 500 ? "Internal Server Error" : "Service Unavailable")
            + "\r\nContent-Type: application/xml\r\nContent-Length: "
            + bytes.length
            + "\r\nConnection: close\r\n\r\n";
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.writeBytes(head.getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(bytes);
    return out.toByteArray();
  }

  /** Writes the whole answer; false if the client had gone. */
  private static boolean answer(OutputStream out, byte[] response) {
    try {
      out.write(response);
      out.flush();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void reset(Socket socket) throws SocketException {
    socket.setSoLinger(true, 0);
    try {
      socket.close();
    } catch (IOException e) {
      // Already gone.
    }
  }

  private static java.util.concurrent.ThreadFactory daemon(String name) {
    return runnable -> {
      Thread thread = new Thread(runnable, name);
      thread.setDaemon(true);
      return thread;
    };
  }
}
