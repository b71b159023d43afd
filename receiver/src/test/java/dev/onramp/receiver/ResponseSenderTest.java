package dev.onramp.receiver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import dev.onramp.receiver.ResponseSender.Status;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.gaul.s3proxy.BlobStores;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Configuration;
import software.amazon.awssdk.services.s3.presigner.S3Presigner;

/**
 * The answer PUT to a URL the AWS SDK presigned for S3Proxy (https, SigV4 enforced): S3Proxy
 * verifies the signature as S3 does, so the answer lands only through the presigned URL as given.
 */
class ResponseSenderTest {
  static final String ACCESS_KEY = "AKIAONRAMPTEST000001";
  static final String SECRET_KEY = "onramp/test/secret/key/0123456789abcdefghij";
  static final String BUCKET = "cfn-responses";
  static final ObjectMapper JSON = new ObjectMapper();

  @TempDir static Path dir;
  static TestPki tls;
  static S3Proxy proxy;
  static URI endpoint;
  static S3Presigner presigner;
  static ResponseSender sender;

  @BeforeAll
  static void start() throws Exception {
    tls = TestPki.create(dir, "localhost");
    BlobStore store = BlobStores.create("transient", new Properties());
    store.createContainer(BUCKET);
    proxy =
        S3Proxy.builder()
            .blobStore(store)
            .secureEndpoint(URI.create("https://127.0.0.1:0"))
            .keyStore(tls.keyStoreFile.toString(), TestPki.PASSWORD)
            .awsAuthentication(AuthenticationType.AWS_V4, ACCESS_KEY, SECRET_KEY)
            .build();
    proxy.start();
    for (int i = 0; i < 500 && !"STARTED".equals(proxy.getState()); i++) {
      Thread.sleep(10);
    }
    endpoint = URI.create("https://127.0.0.1:" + proxy.getSecurePort());
    presigner =
        S3Presigner.builder()
            .region(Region.US_EAST_1)
            .endpointOverride(endpoint)
            .serviceConfiguration(S3Configuration.builder().pathStyleAccessEnabled(true).build())
            .credentialsProvider(
                StaticCredentialsProvider.create(
                    AwsBasicCredentials.create(ACCESS_KEY, SECRET_KEY)))
            .build();
    sender =
        new ResponseSender(
            ResponseUrlPolicy.cloudFormation().withExtraPrefix(endpoint + "/" + BUCKET + "/"),
            tls.trustingClient(),
            Duration.ofSeconds(10));
  }

  @AfterAll
  static void stop() throws Exception {
    presigner.close();
    proxy.stop();
  }

  static String presignedPut(String key) {
    return presigner
        .presignPutObject(
            r ->
                r.signatureDuration(Duration.ofMinutes(5))
                    .putObjectRequest(p -> p.bucket(BUCKET).key(key)))
        .url()
        .toString();
  }

  static HttpResponse<String> get(String key) throws Exception {
    URI url =
        presigner
            .presignGetObject(
                r ->
                    r.signatureDuration(Duration.ofMinutes(5))
                        .getObjectRequest(g -> g.bucket(BUCKET).key(key)))
            .url()
            .toURI();
    return tls.trustingClient()
        .build()
        .send(HttpRequest.newBuilder(url).GET().build(), HttpResponse.BodyHandlers.ofString());
  }

  static RegistrationRequest requestAnsweredAt(String responseUrl) {
    return RegistrationRequest.parse(Requests.request("Create", responseUrl, "2.1.0", null));
  }

  @Test
  void the_answer_lands_in_s3_through_the_presigned_url() throws Exception {
    String key = "answers/" + UUID.randomUUID();
    RegistrationRequest request = requestAnsweredAt(presignedPut(key));

    int status =
        sender.send(
            request, Status.SUCCESS, "Account 444455556666 registered", Requests.PHYSICAL_ID);

    assertThat(status).isEqualTo(200);
    HttpResponse<String> stored = get(key);
    assertThat(stored.statusCode()).isEqualTo(200);
    JsonNode answer = JSON.readTree(stored.body());
    assertThat(answer.get("Status").asText()).isEqualTo("SUCCESS");
    assertThat(answer.get("Reason").asText()).isEqualTo("Account 444455556666 registered");
    assertThat(answer.get("PhysicalResourceId").asText()).isEqualTo(Requests.PHYSICAL_ID);
    assertThat(answer.get("StackId").asText()).isEqualTo(Requests.STACK_ID);
    assertThat(answer.get("RequestId").asText()).isEqualTo(request.requestId());
    assertThat(answer.get("LogicalResourceId").asText()).isEqualTo("VendorRegistration");
    assertThat(answer.has("Data")).isFalse();
  }

  @Test
  void a_tampered_presigned_url_is_refused_by_s3() throws Exception {
    String key = "answers/" + UUID.randomUUID();
    String url = presignedPut(key).replace("X-Amz-Signature=", "X-Amz-Signature=0");

    assertThatThrownBy(
            () -> sender.send(requestAnsweredAt(url), Status.FAILED, "no", Requests.PHYSICAL_ID))
        .isInstanceOfSatisfying(
            ReceiverException.class,
            e -> {
              assertThat(e.kind()).isEqualTo(ReceiverException.Kind.RESPONSE_NOT_DELIVERED);
              assertThat(e.getMessage()).contains("HTTP 403").doesNotContain("X-Amz-Signature");
            });
    assertThat(get(key).statusCode()).isEqualTo(404);
  }

  @Test
  void a_url_the_policy_does_not_allow_gets_no_request() throws Exception {
    String key = "answers/" + UUID.randomUUID();
    ResponseSender production =
        new ResponseSender(
            ResponseUrlPolicy.cloudFormation(), tls.trustingClient(), Duration.ofSeconds(10));

    assertThatThrownBy(
            () ->
                production.send(
                    requestAnsweredAt(presignedPut(key)), Status.SUCCESS, "", Requests.PHYSICAL_ID))
        .isInstanceOfSatisfying(
            ReceiverException.class,
            e -> assertThat(e.kind()).isEqualTo(ReceiverException.Kind.UNTRUSTED_RESPONSE_URL));
    assertThat(get(key).statusCode()).isEqualTo(404);
  }

  @Test
  void the_put_has_an_empty_content_type() throws Exception {
    List<String> contentTypes = new ArrayList<>();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext(
        "/r/",
        exchange -> {
          contentTypes.add(String.valueOf(exchange.getRequestHeaders().get("Content-Type")));
          contentTypes.add(exchange.getRequestMethod());
          exchange.getRequestBody().readAllBytes();
          exchange.sendResponseHeaders(200, -1);
          exchange.close();
        });
    server.start();
    try {
      String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/r/";
      new ResponseSender(
              ResponseUrlPolicy.cloudFormation().withExtraPrefix(base),
              HttpClient.newBuilder(),
              Duration.ofSeconds(5))
          .send(requestAnsweredAt(base + "k?sig=1"), Status.SUCCESS, "ok", "p");
    } finally {
      server.stop(0);
    }
    assertThat(contentTypes).containsExactly("[]", "PUT");
  }

  @Test
  void a_failed_answer_needs_a_reason_and_the_body_stays_within_4096_bytes() throws Exception {
    RegistrationRequest request = RegistrationRequest.parse(Requests.CREATE);

    assertThatThrownBy(() -> ResponseSender.body(request, Status.FAILED, " ", "p"))
        .isInstanceOf(IllegalArgumentException.class);
    String body = ResponseSender.body(request, Status.FAILED, "é".repeat(5000), "p");
    assertThat(body.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(4096);
    assertThat(JSON.readTree(body).get("Reason").asText()).endsWith("...");
  }
}
