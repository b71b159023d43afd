package dev.onramp.receiver;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;

/**
 * Answers CloudFormation: the response document (docs/notify.md, "Answering") PUT to the request's
 * presigned ResponseURL with an empty {@code Content-Type}, as AWS's {@code cfn-response} does (the
 * URL is presigned for a PUT without a content type), after {@link ResponseUrlPolicy} allowed the
 * URL. Never logs the URL's query, a credential. Thread-safe.
 */
public final class ResponseSender {
  /** CloudFormation's limit on the response body. */
  public static final int MAX_BODY_BYTES = 4096;

  /** Default timeout of the PUT. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The answer's status. */
  public enum Status {
    SUCCESS,
    FAILED
  }

  private final ResponseUrlPolicy policy;
  private final HttpClient http;
  private final Duration timeout;

  public ResponseSender(ResponseUrlPolicy policy) {
    this(policy, HttpClient.newBuilder(), DEFAULT_TIMEOUT);
  }

  /** A sender over {@code client} (a test's, trusting its local TLS certificate). */
  public ResponseSender(ResponseUrlPolicy policy, HttpClient.Builder client, Duration timeout) {
    this.policy = Objects.requireNonNull(policy);
    this.timeout = Objects.requireNonNull(timeout);
    this.http = client.connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
  }

  /**
   * The response document: Status, Reason, PhysicalResourceId, and StackId, RequestId and
   * LogicalResourceId copied from the request; no Data. A Reason that would make the body longer
   * than {@value #MAX_BODY_BYTES} bytes is shortened.
   */
  public static String body(
      RegistrationRequest request, Status status, String reason, String physicalResourceId) {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(physicalResourceId, "physicalResourceId");
    if (status == Status.FAILED && (reason == null || reason.isBlank())) {
      throw new IllegalArgumentException("a FAILED answer needs a Reason");
    }
    String why = reason == null ? "" : reason;
    while (true) {
      ObjectNode json = JSON.createObjectNode();
      json.put("Status", status.name());
      json.put("Reason", why);
      json.put("PhysicalResourceId", physicalResourceId);
      json.put("StackId", request.stackId());
      json.put("RequestId", request.requestId());
      json.put("LogicalResourceId", request.logicalResourceId());
      String text;
      try {
        text = JSON.writeValueAsString(json);
      } catch (JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
      int excess = text.getBytes(StandardCharsets.UTF_8).length - MAX_BODY_BYTES;
      if (excess <= 0) {
        return text;
      }
      if (why.isEmpty()) {
        throw new IllegalArgumentException(
            "the answer is longer than 4,096 bytes without a Reason");
      }
      why = shortened(why, why.getBytes(StandardCharsets.UTF_8).length - excess - 3);
    }
  }

  /**
   * The longest prefix of {@code s} of at most {@code bytes} UTF-8 bytes, whole code points, and
   * "...".
   */
  private static String shortened(String s, int bytes) {
    int end = 0;
    int used = 0;
    while (end < s.length()) {
      int cp = s.codePointAt(end);
      int size = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
      if (used + size > bytes) {
        break;
      }
      used += size;
      end += Character.charCount(cp);
    }
    return end == 0 ? "" : s.substring(0, end) + "...";
  }

  /**
   * Sends the answer; returns the HTTP status (2xx). Refused before any request if the URL is not
   * allowed ({@link ReceiverException.Kind#UNTRUSTED_RESPONSE_URL}); an error status or an I/O
   * failure is {@link ReceiverException.Kind#RESPONSE_NOT_DELIVERED}.
   */
  public int send(
      RegistrationRequest request, Status status, String reason, String physicalResourceId) {
    URI url = policy.check(request);
    String body = body(request, status, reason, physicalResourceId);
    HttpRequest put =
        HttpRequest.newBuilder(url)
            .timeout(timeout)
            .header("Content-Type", "")
            .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(put, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw notDelivered(url, e.toString(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw notDelivered(url, "interrupted", e);
    }
    if (response.statusCode() / 100 != 2) {
      throw notDelivered(url, "HTTP " + response.statusCode(), null);
    }
    return response.statusCode();
  }

  private static ReceiverException notDelivered(URI url, String why, Exception cause) {
    String where = url.getScheme() + "://" + url.getRawAuthority() + url.getRawPath();
    return new ReceiverException(
        ReceiverException.Kind.RESPONSE_NOT_DELIVERED,
        "the answer was not delivered to " + where + ": " + why,
        cause);
  }
}
