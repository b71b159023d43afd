package dev.onramp.publish.s3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.onramp.publish.s3.FaultyProxy.Exchange;
import dev.onramp.publish.s3.FaultyProxy.Fault;
import dev.onramp.publish.s3.FaultyProxy.Kind;
import dev.onramp.publish.s3.FaultyProxy.Rule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The proxy's own framing, with raw HTTP/1.1: {@code Expect: 100-continue} (the SDK 2.56 sends none
 * on an S3 upload, but another client or version may), {@code Connection: close}, and what the
 * reset and truncating faults do to the client.
 */
class FaultyProxyTest {
  private static LocalS3 s3;
  private FaultyProxy proxy;

  @BeforeAll
  static void startStore() throws Exception {
    s3 = LocalS3.start();
  }

  @AfterAll
  static void stopStore() {
    s3.close();
  }

  @BeforeEach
  void startProxy() throws Exception {
    proxy = FaultyProxy.start(s3.endpoint());
  }

  @AfterEach
  void stopProxy() throws Exception {
    proxy.close();
  }

  @Test
  void answers100ContinueThenForwardsTheBodyAndTheStoresAnswer() throws Exception {
    try (Socket socket = connect()) {
      socket
          .getOutputStream()
          .write(
              ("PUT /nobucket/key HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 5\r\n"
                      + "Expect: 100-continue\r\nConnection: keep-alive\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      InputStream in = socket.getInputStream();
      assertThat(new String(in.readNBytes(25), StandardCharsets.US_ASCII))
          .isEqualTo("HTTP/1.1 100 Continue\r\n\r\n");
      socket.getOutputStream().write("hello".getBytes(StandardCharsets.US_ASCII));

      String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);

      // S3Proxy refuses it (no such bucket), and the proxy passes that on, closing the connection.
      assertThat(answer).startsWith("HTTP/1.1 404 ").contains("\r\nConnection: close\r\n");
      assertThat(answer.split("\r\n\r\n", 2)[1]).contains("<Code>NoSuchBucket</Code>");
    }
    proxy.awaitIdle(Duration.ofSeconds(5));
    Exchange exchange = proxy.exchanges().get(0);
    assertThat(exchange.method()).isEqualTo("PUT");
    assertThat(exchange.path()).isEqualTo("/nobucket/key");
    assertThat(exchange.upstreamStatus()).isEqualTo(404);
    assertThat(exchange.fault()).isEmpty();
  }

  @Test
  void aResetBeforeForwardingNeverReachesTheStore() throws Exception {
    proxy.rule(Rule.always(null, "", Fault.of(Kind.RESET)));
    try (Socket socket = connect()) {
      socket.getOutputStream().write(get("/any/key"));

      Throwable thrown = catchThrowable(() -> socket.getInputStream().read());

      assertThat(thrown).isInstanceOf(SocketException.class).hasMessageContaining("reset");
    }
    proxy.awaitIdle(Duration.ofSeconds(5));
    assertThat(proxy.exchanges().get(0).upstreamStatus()).isZero();
  }

  @Test
  void aTruncatedAnswerEndsInAResetAfterHalfTheBytes() throws Exception {
    proxy.rule(Rule.nth("GET", "", 2, Fault.of(Kind.TRUNCATE)));
    byte[] whole;
    try (Socket socket = connect()) {
      socket.getOutputStream().write(get("/any/key"));
      whole = socket.getInputStream().readAllBytes();
    }
    ByteArrayOutputStream half = new ByteArrayOutputStream();
    try (Socket socket = connect()) {
      socket.getOutputStream().write(get("/any/key"));
      InputStream in = socket.getInputStream();
      byte[] buffer = new byte[256];
      try {
        for (int n; (n = in.read(buffer)) != -1; ) {
          half.write(buffer, 0, n);
        }
      } catch (SocketException e) {
        assertThat(e).hasMessageContaining("reset");
      }
    }

    // At most the first half arrives (a reset may discard what the client had not read yet).
    assertThat(half.size()).isLessThanOrEqualTo(whole.length / 2 + 16);
    assertThat(whole).asString(StandardCharsets.ISO_8859_1).startsWith("HTTP/1.1 404 ");
    proxy.awaitIdle(Duration.ofSeconds(5));
    assertThat(proxy.exchanges()).extracting(Exchange::upstreamStatus).containsExactly(404, 404);
  }

  private Socket connect() throws IOException {
    Socket socket = new Socket(proxy.endpoint().getHost(), proxy.endpoint().getPort());
    socket.setSoTimeout(5_000);
    return socket;
  }

  private static byte[] get(String path) {
    return ("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\n\r\n")
        .getBytes(StandardCharsets.US_ASCII);
  }
}
