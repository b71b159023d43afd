package dev.onramp.publish.s3;

import dev.onramp.publish.StoredObject;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.core.exception.ApiCallAttemptTimeoutException;
import software.amazon.awssdk.core.exception.ApiCallTimeoutException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.services.s3.model.S3Exception;

/**
 * Turns what the SDK throws into a {@link PublishException} that says what failed (the s3:// URI
 * and region), why (S3's error code and message) and how to fix it. Failures of the read phase are
 * collected, so that one run reports every missing bucket at once. S3's error messages never
 * contain a secret, and neither does anything added here.
 */
final class S3Errors {
  private final Set<String> problems = new LinkedHashSet<>();
  private final Set<String> hints = new LinkedHashSet<>();
  private SdkException first;

  void add(String action, StoredObject object, SdkException e) {
    PublishException single = single(action, object, e);
    problems.add(single.problem());
    hints.add(single.hint());
    if (first == null) {
      first = e;
    }
  }

  /** Notes that the read phase stopped with {@code count} objects left unread. */
  void notRead(int count) {
    if (count > 0) {
      problems.add(
          count == 1
              ? "The 1 object after it was not read."
              : "The " + count + " objects after it were not read.");
    }
  }

  void throwIfAny() throws PublishException {
    if (!problems.isEmpty()) {
      throw new PublishException(
          String.join("\n", problems) + "\nNothing was written.", String.join("\n", hints), first);
    }
  }

  static PublishException single(String action, StoredObject object, SdkException e) {
    String where = object.s3Uri() + " in " + object.region();
    if (!(e instanceof S3Exception s3)) {
      String hint;
      if (e instanceof SdkClientException && mentionsCredentials(e)) {
        hint = credentialHint(object);
      } else if (e instanceof ApiCallAttemptTimeoutException
          || e instanceof ApiCallTimeoutException) {
        // The SDK's message names only its configuration ("did not complete before the specified
        // timeout configuration"); say what it means (PublishUnderFaultsTest).
        hint =
            "S3 did not answer in time on any attempt; check the network connection and proxy"
                + " settings, then publish again";
      } else {
        hint = "check the network connection and proxy settings, then publish again";
      }
      return new PublishException(
          "could not " + action + " " + where + ": " + clientMessage(e), hint, e);
    }
    String code = errorCode(s3);
    String problem = "could not " + action + " " + where + ": " + code(s3);
    String hint;
    if ("NoSuchBucket".equals(code)) {
      problem =
          "bucket "
              + object.bucket()
              + " does not exist in "
              + object.region()
              + " ("
              + code
              + ", while trying to "
              + action
              + " "
              + object.s3Uri()
              + ")";
      hint =
          "create the bucket "
              + object.bucket()
              + " in "
              + object.region()
              + ", or remove "
              + object.region()
              + " from the blueprint's regions";
    } else if (s3.statusCode() == 403) {
      hint = credentialHint(object);
    } else if (s3.statusCode() == 301
        || "AuthorizationHeaderMalformed".equals(code)
        || "PermanentRedirect".equals(code)) {
      hint =
          "the bucket "
              + object.bucket()
              + " is not in "
              + object.region()
              + "; CloudFormation reads a template from the stack's region, so create the"
              + " bucket there or fix publishing.bucket";
    } else if (s3.statusCode() >= 500 || s3.statusCode() == 429 || s3.statusCode() == 503) {
      hint = "S3 is failing or throttling even after retries; publish again later";
    } else {
      hint = "see S3's error code above; publishing again after fixing it is safe";
    }
    return new PublishException(problem, hint, e);
  }

  /** S3's error code, e.g. {@code NoSuchBucket}; {@code HTTP <status>} if it sent none. */
  static String errorCode(S3Exception e) {
    return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
        ? "HTTP " + e.statusCode()
        : e.awsErrorDetails().errorCode();
  }

  /**
   * S3's error code, status and message, e.g. {@code AccessDenied (HTTP 403: Access Denied)}; S3's
   * messages never contain a secret.
   */
  static String code(S3Exception e) {
    String code = errorCode(e);
    String message = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorMessage();
    if (code.startsWith("HTTP ")) {
      // No error code, as in an answer to HEAD, which has no body: "HTTP 500: Internal Server
      // Error", not "HTTP 500 (HTTP 500: Internal Server Error)".
      return message == null || message.isEmpty() ? code : code + ": " + message;
    }
    return message == null || message.isEmpty()
        ? code + " (HTTP " + e.statusCode() + ")"
        : code + " (HTTP " + e.statusCode() + ": " + message + ")";
  }

  private static String clientMessage(SdkException e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  private static boolean mentionsCredentials(SdkException e) {
    String message = clientMessage(e).toLowerCase(Locale.ROOT);
    return message.contains("credential");
  }

  private static String credentialHint(StoredObject object) {
    return "check the credentials: the default chain (AWS_PROFILE, AWS_ACCESS_KEY_ID, ~/.aws,"
        + " an instance or container role) or the settings.xml server; they need s3:GetObject"
        + " and s3:PutObject on arn:"
        + object.partition().id()
        + ":s3:::"
        + object.bucket()
        + "/*, and s3:ListBucket on the bucket (without it S3 answers 403 instead of 404 for a"
        + " key that does not exist yet)";
  }
}
