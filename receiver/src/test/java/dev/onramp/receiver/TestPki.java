package dev.onramp.receiver;

import java.io.InputStream;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed RSA key and certificate made at test time by the JDK's own {@code keytool} (the
 * platform has no public API to issue a certificate): the SNS signing key of the tests, and the TLS
 * identity of their local servers (for {@code localhost} and {@code 127.0.0.1}).
 */
final class TestPki {
  static final String PASSWORD = "onramp-test";
  static final String ALIAS = "sns";

  final Path keyStoreFile;
  final PrivateKey key;
  final X509Certificate certificate;

  private TestPki(Path keyStoreFile, PrivateKey key, X509Certificate certificate) {
    this.keyStoreFile = keyStoreFile;
    this.key = key;
    this.certificate = certificate;
  }

  static TestPki create(Path dir, String commonName) throws Exception {
    return create(dir, commonName, "-1d", 3);
  }

  /** A key whose certificate is valid {@code days} days from {@code startDate} (keytool's form). */
  static TestPki create(Path dir, String commonName, String startDate, int days) throws Exception {
    Path file = dir.resolve(commonName + ".p12");
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process process =
        new ProcessBuilder(
                List.of(
                    keytool.toString(),
                    "-genkeypair",
                    "-keyalg",
                    "RSA",
                    "-keysize",
                    "2048",
                    "-alias",
                    ALIAS,
                    "-dname",
                    "CN=" + commonName,
                    "-ext",
                    "san=dns:localhost,ip:127.0.0.1",
                    "-startdate",
                    startDate, // from yesterday by default: a test's "now" may precede keytool
                    "-validity",
                    String.valueOf(days),
                    "-storetype",
                    "PKCS12",
                    "-keystore",
                    file.toString(),
                    "-storepass",
                    PASSWORD,
                    "-keypass",
                    PASSWORD))
            .redirectErrorStream(true)
            .start();
    String out = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException("keytool failed: " + out);
    }
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(file)) {
      store.load(in, PASSWORD.toCharArray());
    }
    return new TestPki(
        file,
        (PrivateKey) store.getKey(ALIAS, PASSWORD.toCharArray()),
        (X509Certificate) store.getCertificate(ALIAS));
  }

  /** The certificate as PEM, as SNS serves it. */
  byte[] pem() throws Exception {
    return ("-----BEGIN CERTIFICATE-----\n"
            + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(certificate.getEncoded())
            + "\n-----END CERTIFICATE-----\n")
        .getBytes();
  }

  /** A TLS server context presenting this certificate. */
  SSLContext serverContext() throws Exception {
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (InputStream in = Files.newInputStream(keyStoreFile)) {
      store.load(in, PASSWORD.toCharArray());
    }
    KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
    kmf.init(store, PASSWORD.toCharArray());
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(kmf.getKeyManagers(), null, null);
    return context;
  }

  /** An HTTP client builder that trusts this certificate (and nothing else). */
  HttpClient.Builder trustingClient() throws Exception {
    KeyStore trust = KeyStore.getInstance("PKCS12");
    trust.load(null, null);
    trust.setCertificateEntry("local", certificate);
    TrustManagerFactory tmf =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    tmf.init(trust);
    SSLContext context = SSLContext.getInstance("TLS");
    context.init(null, tmf.getTrustManagers(), null);
    return HttpClient.newBuilder().sslContext(context);
  }
}
