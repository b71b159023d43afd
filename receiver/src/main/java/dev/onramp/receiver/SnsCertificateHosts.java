package dev.onramp.receiver;

import dev.onramp.aws.Partition;
import dev.onramp.aws.Regions;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Where a SigningCertURL may point: https, the default port, no user info, a path ending in {@code
 * .pem}, on the SNS host of a known partition and region: {@code sns.<region>.amazonaws.com} in
 * {@code aws} and {@code aws-us-gov}, {@code sns.<region>.amazonaws.com.cn} in {@code aws-cn}, for
 * the regions of Onramp's region snapshot ({@link Regions#bundled()}). {@link #production()} trusts
 * those only; a test adds its local host with {@link #withExtraHost(String)}, an exact {@code
 * host:port}, which is still fetched over https.
 */
public final class SnsCertificateHosts {
  private final Set<String> extraHosts;

  private SnsCertificateHosts(Set<String> extraHosts) {
    this.extraHosts = extraHosts;
  }

  /** The SNS hosts of the aws, aws-us-gov and aws-cn partitions, and nothing else. */
  public static SnsCertificateHosts production() {
    return new SnsCertificateHosts(Set.of());
  }

  /**
   * These hosts and also {@code hostAndPort} (such as {@code 127.0.0.1:8443}), compared exactly: a
   * test's local certificate server. Never for production.
   */
  public SnsCertificateHosts withExtraHost(String hostAndPort) {
    java.util.HashSet<String> hosts = new java.util.HashSet<>(extraHosts);
    hosts.add(hostAndPort.toLowerCase(Locale.ROOT));
    return new SnsCertificateHosts(Set.copyOf(hosts));
  }

  /** The URL, checked; refused with {@link ReceiverException.Kind#UNTRUSTED_CERTIFICATE_URL}. */
  public URI check(String signingCertUrl) {
    URI uri;
    try {
      uri = new URI(signingCertUrl);
    } catch (URISyntaxException | NullPointerException e) {
      throw refused(signingCertUrl, "it is not a URL");
    }
    if (!"https".equals(uri.getScheme())) {
      throw refused(signingCertUrl, "it is not https");
    }
    if (uri.getRawUserInfo() != null || uri.getHost() == null) {
      throw refused(signingCertUrl, "it has no plain host");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw refused(signingCertUrl, "it has a query or fragment");
    }
    String path = uri.getPath();
    if (path == null || !path.endsWith(".pem")) {
      throw refused(signingCertUrl, "its path does not end in .pem");
    }
    String host = uri.getHost().toLowerCase(Locale.ROOT);
    String authority = uri.getPort() == -1 ? host : host + ":" + uri.getPort();
    if (extraHosts.contains(authority)) {
      return uri;
    }
    if (uri.getPort() != -1 && uri.getPort() != 443) {
      throw refused(signingCertUrl, "it names a port");
    }
    if (!isSnsHost(host)) {
      throw refused(signingCertUrl, "its host is not SNS's in a known partition and region");
    }
    return uri;
  }

  /**
   * Whether {@code host} is {@code sns.<region>.<DNS suffix>} for a region AWS lists ({@link
   * Regions#bundled()}) in the aws, aws-us-gov or aws-cn partition, with that partition's suffix.
   */
  static boolean isSnsHost(String host) {
    if (!host.startsWith("sns.")) {
      return false;
    }
    String rest = host.substring("sns.".length());
    int dot = rest.indexOf('.');
    if (dot <= 0) {
      return false;
    }
    String region = rest.substring(0, dot);
    return Regions.bundled()
        .partitionOf(region)
        .flatMap(Partition::ofId)
        .filter(partition -> rest.substring(dot + 1).equals(partition.dnsSuffix()))
        .isPresent();
  }

  private static ReceiverException refused(String url, String why) {
    return new ReceiverException(
        ReceiverException.Kind.UNTRUSTED_CERTIFICATE_URL,
        "the SigningCertURL " + SnsMessage.quoted(url) + " is not trusted: " + why);
  }
}
