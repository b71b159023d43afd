package dev.onramp.lint.container;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.StandardProtocolFamily;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.SocketChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Where a Docker engine would listen, and whether anything does. The places are those
 * Testcontainers tries: a host named by {@code DOCKER_HOST} (or Testcontainers' {@code tc.host} and
 * {@code docker.host} settings), and when none is named, the usual sockets of Docker, rootless
 * Docker and Docker Desktop. A named host is the only place, as for the docker command: a build
 * that names a host where nothing listens has no Docker engine, whatever else runs. Each check is
 * one socket connect and logs nothing.
 *
 * @param places in the order tried
 * @param named whether the places were named by a setting rather than the usual ones
 */
record DockerEndpoints(List<Place> places, boolean named) {
  private static final int CONNECT_MILLIS = 2_000;

  /**
   * @param address such as {@code unix:///var/run/docker.sock} or {@code tcp://host:2375}
   * @param source the setting that named it, or {@code usual}
   */
  record Place(String address, String source) {}

  /** The places for this process: its environment, system properties and home folder. */
  static DockerEndpoints fromEnvironment() {
    Path home = Path.of(System.getProperty("user.home"));
    return of(
        System.getenv(),
        Optional.ofNullable(System.getProperty("docker.host")),
        testcontainersProperties(home),
        home,
        System.getProperty("os.name", "").startsWith("Windows"),
        uid());
  }

  static DockerEndpoints of(
      Map<String, String> environment,
      Optional<String> dockerHostProperty,
      Properties testcontainers,
      Path home,
      boolean windows,
      Optional<Integer> uid) {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("TESTCONTAINERS_TC_HOST", environment.get("TESTCONTAINERS_TC_HOST"));
    settings.put("tc.host in ~/.testcontainers.properties", testcontainers.getProperty("tc.host"));
    settings.put("DOCKER_HOST", environment.get("DOCKER_HOST"));
    settings.put("the docker.host system property", dockerHostProperty.orElse(null));
    settings.put(
        "docker.host in ~/.testcontainers.properties", testcontainers.getProperty("docker.host"));
    List<Place> named = new ArrayList<>();
    settings.forEach(
        (source, value) -> {
          if (value != null && !value.isBlank()) {
            named.add(new Place(value.strip(), source));
          }
        });
    if (!named.isEmpty()) {
      return new DockerEndpoints(named, true);
    }
    if (windows) {
      return new DockerEndpoints(List.of(usual("npipe:////./pipe/docker_engine")), false);
    }
    List<Place> usual = new ArrayList<>();
    usual.add(usual("unix:///var/run/docker.sock"));
    Optional.ofNullable(environment.get("XDG_RUNTIME_DIR"))
        .filter(folder -> !folder.isBlank())
        .ifPresent(folder -> usual.add(socket(Path.of(folder, "docker.sock"))));
    uid.ifPresent(id -> usual.add(socket(Path.of("/run/user", id.toString(), "docker.sock"))));
    usual.add(socket(home.resolve(".docker/run/docker.sock")));
    usual.add(socket(home.resolve(".docker/desktop/docker.sock")));
    return new DockerEndpoints(usual.stream().distinct().toList(), false);
  }

  /**
   * Empty when something listens at one of the places, or when a place cannot be checked without a
   * Docker client (a Windows named pipe): then Testcontainers must be asked. Else what was tried.
   */
  Optional<String> nothingListens() {
    List<String> tried = new ArrayList<>();
    for (Place place : places) {
      Optional<String> absent = absence(place.address());
      if (absent.isEmpty()) {
        return Optional.empty();
      }
      tried.add(place.address() + " (" + (named ? place.source() + ": " : "") + absent.get() + ")");
    }
    return Optional.of(
        "nothing listens at "
            + tried.stream().collect(Collectors.joining(", "))
            + (named ? "" : "; DOCKER_HOST is not set"));
  }

  /**
   * Why nothing listens at {@code address}; empty when something does, or when it cannot tell (a
   * named pipe, an address it cannot read: Testcontainers then says what is wrong).
   */
  static Optional<String> absence(String address) {
    URI uri;
    try {
      uri = new URI(address);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
    String scheme = String.valueOf(uri.getScheme());
    return switch (scheme) {
      case "unix" -> uri.getPath() == null ? Optional.empty() : unixAbsence(Path.of(uri.getPath()));
      case "tcp", "http", "https" -> tcpAbsence(uri, "https".equals(scheme) ? 2376 : 2375);
      default -> Optional.empty();
    };
  }

  private static Optional<String> unixAbsence(Path socket) {
    if (!Files.exists(socket)) {
      return Optional.of("no such socket");
    }
    try (SocketChannel channel = SocketChannel.open(StandardProtocolFamily.UNIX)) {
      channel.connect(UnixDomainSocketAddress.of(socket));
      return Optional.empty();
    } catch (IOException | UnsupportedOperationException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }

  private static Optional<String> tcpAbsence(URI uri, int defaultPort) {
    if (uri.getHost() == null) {
      return Optional.empty();
    }
    int port = uri.getPort() == -1 ? defaultPort : uri.getPort();
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(uri.getHost(), port), CONNECT_MILLIS);
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(String.valueOf(e.getMessage()));
    }
  }

  private static Place usual(String uri) {
    return new Place(uri, "usual");
  }

  private static Place socket(Path path) {
    return new Place("unix://" + path.toAbsolutePath(), "usual");
  }

  private static Properties testcontainersProperties(Path home) {
    Properties properties = new Properties();
    Path file = home.resolve(".testcontainers.properties");
    if (Files.isRegularFile(file)) {
      try (InputStream in = Files.newInputStream(file)) {
        properties.load(in);
      } catch (IOException | IllegalArgumentException e) {
        // Unreadable: Testcontainers would not read it either; the usual places remain.
      }
    }
    return properties;
  }

  /** This process's user id, for rootless Docker's socket under /run/user; empty off Linux. */
  private static Optional<Integer> uid() {
    try {
      return Optional.of((Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid"));
    } catch (IOException | RuntimeException e) {
      return Optional.empty();
    }
  }
}
