package dev.onramp.receiver;

import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Which ResponseURL the receiver PUTs its answer to: only CloudFormation's response bucket of the
 * request's own partition and region, the rule of the cost-report handler ({@code
 * dev/onramp/cur/cost_report.py}, {@code guard}) in Java: the URL must start with {@code
 * https://cloudformation-custom-resource-response-<region without dashes>.s3} followed by nothing,
 * {@code .<region>} or {@code -<region>}, then {@code .amazonaws.com} ({@code .amazonaws.com.cn} in
 * aws-cn) and {@code /}. So no other scheme, host, port or user info, and no bucket of another
 * region. The region and partition are the StackId's ({@link RegistrationRequest#region()}), not
 * the properties'.
 *
 * <p>A test adds its local S3 with {@link #withExtraPrefix(String)}; production never does.
 */
public final class ResponseUrlPolicy {
  private final List<String> extraPrefixes;

  private ResponseUrlPolicy(List<String> extraPrefixes) {
    this.extraPrefixes = extraPrefixes;
  }

  /** CloudFormation's response buckets only. */
  public static ResponseUrlPolicy cloudFormation() {
    return new ResponseUrlPolicy(List.of());
  }

  /**
   * This policy, also accepting every URL that starts with {@code prefix}, an origin and a path
   * ending in {@code /} (such as {@code https://127.0.0.1:9443/cfn-responses/}): a test's local S3.
   */
  public ResponseUrlPolicy withExtraPrefix(String prefix) {
    URI uri = URI.create(prefix);
    if (uri.getHost() == null || uri.getRawUserInfo() != null || !prefix.endsWith("/")) {
      throw new IllegalArgumentException(
          "an extra response URL prefix is an origin and a path ending in /");
    }
    List<String> prefixes = new java.util.ArrayList<>(extraPrefixes);
    prefixes.add(prefix);
    return new ResponseUrlPolicy(List.copyOf(prefixes));
  }

  /** Whether {@code url} may receive the answer to a request of this partition and region. */
  public boolean allows(String url, String partition, String region) {
    if (url == null) {
      return false;
    }
    for (String prefix : extraPrefixes) {
      if (url.startsWith(prefix)) {
        return true;
      }
    }
    String cn = "aws-cn".equals(partition) ? "\\.cn" : "";
    String r = Pattern.quote(region);
    Pattern bucket =
        Pattern.compile(
            "https://cloudformation-custom-resource-response-"
                + Pattern.quote(region.replace("-", ""))
                + "\\.s3(?:[.-]"
                + r
                + ")?\\.amazonaws\\.com"
                + cn
                + "/");
    return bucket.matcher(url).lookingAt();
  }

  /** The request's ResponseURL, or {@link ReceiverException.Kind#UNTRUSTED_RESPONSE_URL}. */
  public URI check(RegistrationRequest request) {
    Objects.requireNonNull(request, "request");
    if (!allows(request.responseUrl(), request.partition(), request.region())) {
      throw new ReceiverException(
          ReceiverException.Kind.UNTRUSTED_RESPONSE_URL,
          "the ResponseURL is not CloudFormation's response bucket in " + request.region());
    }
    try {
      return URI.create(request.responseUrl());
    } catch (IllegalArgumentException e) {
      throw new ReceiverException(
          ReceiverException.Kind.UNTRUSTED_RESPONSE_URL, "the ResponseURL is not a URL");
    }
  }
}
