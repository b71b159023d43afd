package dev.onramp.receiver;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

/** An https server on 127.0.0.1 serving one PEM certificate, as SNS serves its signing one. */
final class LocalCertServer implements AutoCloseable {
  static final String PATH = "/SimpleNotificationService-onramp-test.pem";

  private final HttpsServer server;
  final AtomicInteger fetches = new AtomicInteger();

  LocalCertServer(TestPki tls, byte[] pem) throws Exception {
    server = HttpsServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.setHttpsConfigurator(new HttpsConfigurator(tls.serverContext()));
    server.createContext(
        PATH,
        exchange -> {
          fetches.incrementAndGet();
          exchange.getResponseHeaders().add("Content-Type", "application/x-pem-file");
          exchange.sendResponseHeaders(200, pem.length);
          exchange.getResponseBody().write(pem);
          exchange.close();
        });
    server.start();
  }

  /** {@code 127.0.0.1:<port>}, the host to trust. */
  String hostAndPort() {
    return "127.0.0.1:" + server.getAddress().getPort();
  }

  String certUrl() {
    return "https://" + hostAndPort() + PATH;
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
