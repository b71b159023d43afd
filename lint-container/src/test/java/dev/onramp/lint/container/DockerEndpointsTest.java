package dev.onramp.lint.container;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.lint.container.DockerEndpoints.Place;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.StandardProtocolFamily;
import java.net.UnixDomainSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a Docker engine would listen, checked against sockets this test opens and closes. */
class DockerEndpointsTest {
  @TempDir Path folder;

  @Test
  void aNamedHostIsTheOnlyPlace() {
    Properties testcontainers = new Properties();
    testcontainers.setProperty("docker.host", "tcp://from-properties:2375");
    DockerEndpoints endpoints =
        DockerEndpoints.of(
            Map.of("DOCKER_HOST", "unix:///tmp/named.sock"),
            Optional.empty(),
            testcontainers,
            folder,
            false,
            Optional.of(1000));
    assertThat(endpoints.named()).isTrue();
    assertThat(endpoints.places())
        .containsExactly(
            new Place("unix:///tmp/named.sock", "DOCKER_HOST"),
            new Place("tcp://from-properties:2375", "docker.host in ~/.testcontainers.properties"));
  }

  @Test
  void withoutANamedHostTheUsualSocketsAreThePlaces() {
    DockerEndpoints endpoints =
        DockerEndpoints.of(
            Map.of("XDG_RUNTIME_DIR", "/run/user/1000"),
            Optional.empty(),
            new Properties(),
            Path.of("/home/dev"),
            false,
            Optional.of(1000));
    assertThat(endpoints.named()).isFalse();
    assertThat(endpoints.places())
        .extracting(Place::address)
        .containsExactly(
            "unix:///var/run/docker.sock",
            "unix:///run/user/1000/docker.sock",
            "unix:///home/dev/.docker/run/docker.sock",
            "unix:///home/dev/.docker/desktop/docker.sock");
  }

  @Test
  void aNamedSocketWhereNothingListensSaysSo() throws Exception {
    Path missing = folder.resolve("missing.sock");
    Path stale = folder.resolve("stale.sock");
    ServerSocketChannel.open(StandardProtocolFamily.UNIX)
        .bind(UnixDomainSocketAddress.of(stale))
        .close(); // the socket file stays; nothing accepts on it
    assertThat(named("unix://" + missing).nothingListens())
        .contains("nothing listens at unix://" + missing + " (DOCKER_HOST: no such socket)");
    assertThat(named("unix://" + stale).nothingListens())
        .hasValueSatisfying(
            why ->
                assertThat(why)
                    .startsWith("nothing listens at unix://" + stale + " (DOCKER_HOST: ")
                    .doesNotContain("no such socket"));
  }

  @Test
  void aListeningSocketIsAnAnswer() throws Exception {
    Path socket = folder.resolve("listening.sock");
    try (ServerSocketChannel server =
        ServerSocketChannel.open(StandardProtocolFamily.UNIX)
            .bind(UnixDomainSocketAddress.of(socket))) {
      assertThat(named("unix://" + socket).nothingListens()).isEmpty();
      assertThat(server.isOpen()).isTrue();
    }
  }

  @Test
  void aTcpHostIsCheckedByConnecting() throws Exception {
    int port;
    try (ServerSocket server = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = server.getLocalPort();
      assertThat(named("tcp://127.0.0.1:" + port).nothingListens()).isEmpty();
    }
    assertThat(named("tcp://127.0.0.1:" + port).nothingListens())
        .hasValueSatisfying(why -> assertThat(why).startsWith("nothing listens at tcp://"));
  }

  @Test
  void whatCannotBeCheckedWithoutADockerClientIsLeftToTestcontainers() {
    assertThat(named("npipe:////./pipe/docker_engine").nothingListens()).isEmpty();
    assertThat(named("ssh://builder@host").nothingListens()).isEmpty();
    assertThat(named("not a uri").nothingListens()).isEmpty();
    assertThat(
            DockerEndpoints.of(
                    Map.of(), Optional.empty(), new Properties(), folder, true, Optional.empty())
                .nothingListens())
        .isEmpty();
  }

  @Test
  void theUsualPlacesSayThatDockerHostIsNotSet() {
    DockerEndpoints endpoints =
        new DockerEndpoints(
            List.of(new Place("unix://" + folder.resolve("none.sock"), "usual")), false);
    assertThat(endpoints.nothingListens())
        .contains(
            "nothing listens at unix://"
                + folder.resolve("none.sock")
                + " (no such socket); DOCKER_HOST is not set");
  }

  private DockerEndpoints named(String address) {
    return DockerEndpoints.of(
        Map.of("DOCKER_HOST", address),
        Optional.empty(),
        new Properties(),
        folder,
        false,
        Optional.empty());
  }
}
