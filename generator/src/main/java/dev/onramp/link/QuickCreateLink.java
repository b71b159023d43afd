package dev.onramp.link;

import dev.onramp.aws.Partition;
import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.template.Template;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Console quick-create links for one template, uploaded at one S3 URL, launched in one region:
 *
 * <pre>
 * https://&lt;region&gt;.&lt;console host&gt;/cloudformation/home?region=&lt;region&gt;#/stacks/quickcreate
 *     ?templateURL=&lt;percent-encoded&gt;&amp;stackName=&lt;name&gt;&amp;param_&lt;Name&gt;=&lt;value&gt;
 * </pre>
 *
 * <p>The console host is the region's partition's ({@link Partition#consoleHost()}). What the
 * console or CloudFormation would refuse, or silently drop, is refused here with a {@link
 * LinkException}: a template URL that is not https, not S3 or longer than {@value
 * #MAX_TEMPLATE_URL} characters; a stack name CloudFormation rejects; a parameter the template does
 * not have; a NoEcho parameter (the console ignores it, and a secret has no place in a URL); a
 * value outside the parameter's AllowedValues, AllowedPattern, MinLength or MaxLength.
 *
 * <p>Values are percent-encoded as RFC 3986 query components (unreserved characters kept, every
 * other UTF-8 byte {@code %XX} in upper case); parameters follow the template's order, whatever the
 * order of the map passed, so the same input always gives the same link. Immutable and thread-safe;
 * make one per template and call {@link #url} per tenant.
 */
public final class QuickCreateLink {
  /** The longest {@code TemplateURL} CloudFormation accepts. */
  public static final int MAX_TEMPLATE_URL = 1024;

  /** CloudFormation's stack name rule. */
  public static final Pattern STACK_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{0,127}");

  /**
   * The S3 endpoints, virtual-hosted or path style: {@code s3.amazonaws.com}, {@code
   * s3.<region>.amazonaws.com}, {@code s3-<region>.amazonaws.com}, {@code
   * s3.dualstack.<region>.amazonaws.com}, each optionally after {@code <bucket>.}, in {@code .cn}
   * for China.
   */
  private static final Pattern S3_HOST =
      Pattern.compile(
          "([a-z0-9][a-z0-9.-]*\\.)?s3([.-]dualstack)?([.-][a-z0-9-]+)?\\.amazonaws\\.com(\\.cn)?");

  private final String region;
  private final Partition partition;
  private final String templateUrl;
  private final String prefix;
  private final Map<String, Template.Parameter> parameters;
  private final Map<String, Pattern> patterns;

  /** {@code https://host/} of the template URL, which has been checked. */
  private final String origin;

  private QuickCreateLink(
      String region,
      Partition partition,
      String templateUrl,
      Map<String, Template.Parameter> parameters,
      Map<String, Pattern> patterns) {
    this.region = region;
    this.partition = partition;
    this.templateUrl = templateUrl;
    this.parameters = parameters;
    this.patterns = patterns;
    this.origin = originOf(templateUrl);
    StringBuilder start = new StringBuilder(256);
    start
        .append("https://")
        .append(region)
        .append('.')
        .append(partition.consoleHost())
        .append("/cloudformation/home?region=")
        .append(region)
        .append("#/stacks/quickcreate?templateURL=");
    PercentEncoding.encodeTo(start, templateUrl);
    this.prefix = start.toString();
  }

  private static String originOf(String checkedUrl) {
    int slash = checkedUrl.indexOf('/', "https://".length());
    return slash < 0 ? checkedUrl + "/" : checkedUrl.substring(0, slash + 1);
  }

  private static Map<String, Pattern> patternsOf(Map<String, Template.Parameter> parameters) {
    Map<String, Pattern> compiled = new HashMap<>();
    parameters.forEach(
        (name, parameter) -> {
          if (parameter.allowedPattern() != null && !parameter.allowedPattern().isEmpty()) {
            compiled.put(name, compile(name, parameter.allowedPattern()));
          }
        });
    return Map.copyOf(compiled);
  }

  /**
   * Links to create stacks of {@code template}, uploaded at {@code templateUrl}, in {@code region}.
   *
   * @throws LinkException if the region is not a region code or the template URL is not an https S3
   *     URL of at most {@value #MAX_TEMPLATE_URL} characters in the region's partition
   */
  public static QuickCreateLink of(Template template, String region, String templateUrl) {
    if (template == null) {
      throw new LinkException("no template", "pass the template the link launches");
    }
    if (!Partition.isRegion(region)) {
      throw new LinkException(
          "'" + region + "' is not a region code",
          "use a region such as us-east-1, us-gov-west-1 or cn-north-1");
    }
    Partition partition = Partition.ofRegion(region);
    checkTemplateUrl(templateUrl, partition);
    return new QuickCreateLink(
        region, partition, templateUrl, template.parameters(), patternsOf(template.parameters()));
  }

  /**
   * The same links for the template at another URL in the same region, such as a freshly presigned
   * one; cheaper than {@link #of}, which compiles the parameters' patterns.
   *
   * @throws LinkException if the URL is refused, as by {@link #of}
   */
  public QuickCreateLink withTemplateUrl(String otherTemplateUrl) {
    if (otherTemplateUrl != null
        && otherTemplateUrl.startsWith(origin)
        && otherTemplateUrl.length() <= MAX_TEMPLATE_URL) {
      // Same scheme and host as the checked URL (a presigned URL of the same object): only its
      // length could differ, and that was just checked.
      return new QuickCreateLink(region, partition, otherTemplateUrl, parameters, patterns);
    }
    checkTemplateUrl(otherTemplateUrl, partition);
    return new QuickCreateLink(region, partition, otherTemplateUrl, parameters, patterns);
  }

  /**
   * The link for one stack.
   *
   * @param stackName 1 to 128 letters, digits and hyphens, starting with a letter
   * @param values parameter values by parameter name; in the link in the template's order
   * @throws LinkException if the stack name, a parameter name or a value is refused
   */
  public String url(String stackName, Map<String, String> values) {
    checkStackName(stackName);
    for (String name : values.keySet()) {
      if (!parameters.containsKey(name)) {
        throw new LinkException(
            "the template has no parameter '" + name + "'",
            parameters.isEmpty()
                ? "the template has no parameters at all"
                : DidYouMean.hint(name, parameters.keySet()));
      }
    }
    StringBuilder link = new StringBuilder(prefix.length() + 64 * (values.size() + 1));
    link.append(prefix).append("&stackName=").append(stackName);
    if (values.isEmpty()) {
      return link.toString();
    }
    for (Map.Entry<String, Template.Parameter> entry : parameters.entrySet()) {
      String name = entry.getKey();
      if (values.containsKey(name)) {
        String value = values.get(name);
        checkValue(name, entry.getValue(), value);
        link.append("&param_");
        PercentEncoding.encodeTo(link, name);
        link.append('=');
        PercentEncoding.encodeTo(link, value);
      }
    }
    return link.toString();
  }

  /**
   * Checks one parameter value as {@link #url} does, without making a link.
   *
   * @throws LinkException if the template has no such parameter, it is NoEcho, or the value is
   *     outside its AllowedValues, AllowedPattern, MinLength or MaxLength
   */
  public void checkValue(String name, String value) {
    Template.Parameter parameter = parameters.get(name);
    if (parameter == null) {
      throw new LinkException(
          "the template has no parameter '" + name + "'",
          parameters.isEmpty()
              ? "the template has no parameters at all"
              : DidYouMean.hint(name, parameters.keySet()));
    }
    checkValue(name, parameter, value);
  }

  /** The region the stacks are created in. */
  public String region() {
    return region;
  }

  /** The region's partition, whose console the link opens. */
  public Partition partition() {
    return partition;
  }

  /** The template's S3 URL, as given (not encoded). */
  public String templateUrl() {
    return templateUrl;
  }

  private static void checkTemplateUrl(String templateUrl, Partition partition) {
    if (templateUrl == null || templateUrl.isEmpty()) {
      throw new LinkException("no template URL", "pass the https S3 URL the template is at");
    }
    if (templateUrl.length() > MAX_TEMPLATE_URL) {
      boolean session = templateUrl.toLowerCase(Locale.ROOT).contains("x-amz-security-token=");
      throw new LinkException(
          String.format(
              Locale.ROOT,
              "the template URL is %,d characters long, CloudFormation accepts at most %,d",
              templateUrl.length(),
              MAX_TEMPLATE_URL),
          (session
                  ? "it is presigned with session credentials (X-Amz-Security-Token), whose token"
                      + " alone"
                  : "a URL presigned with session credentials carries their token, which")
              + " makes it too long; presign with long-term credentials (an IAM user's access"
              + " key), or make the template object readable without a signature");
    }
    URI uri;
    try {
      uri = new URI(templateUrl);
    } catch (URISyntaxException e) {
      throw new LinkException(
          "the template URL '" + templateUrl + "' is not a URL (" + e.getReason() + ")",
          "pass the object's URL as S3 shows it, with special characters percent-encoded");
    }
    if (!"https".equalsIgnoreCase(uri.getScheme())) {
      throw new LinkException(
          "the template URL '" + templateUrl + "' is not https",
          "CloudFormation reads templates from https S3 URLs only; use https://");
    }
    String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    if (!S3_HOST.matcher(host).matches()) {
      throw new LinkException(
          "the template URL's host '" + host + "' is not an S3 endpoint",
          "CloudFormation reads templates from S3 only; use a URL such as"
              + " https://<bucket>.s3.<region>."
              + partition.dnsSuffix()
              + "/<key>");
    }
    boolean china = host.endsWith(".cn");
    if (china != (partition == Partition.AWS_CN)) {
      throw new LinkException(
          "the template URL's host '"
              + host
              + "' is in another partition than the stack ("
              + partition.id()
              + ")",
          "upload the template to a bucket in the " + partition.id() + " partition");
    }
  }

  private static void checkStackName(String stackName) {
    if (stackName == null || !STACK_NAME.matcher(stackName).matches()) {
      throw new LinkException(
          "'" + stackName + "' is not a valid stack name",
          "a stack name has 1 to 128 characters, letters, digits and hyphens, and starts with a"
              + " letter");
    }
  }

  private void checkValue(String name, Template.Parameter parameter, String value) {
    if (parameter.noEcho()) {
      throw new LinkException(
          "parameter '" + name + "' is NoEcho and must not be in a link",
          "the console ignores NoEcho parameters in quick-create links, and a secret in a URL"
              + " ends up in browser history and logs; let the customer type it in");
    }
    if (value == null) {
      throw new LinkException(
          "parameter '" + name + "' has no value", "leave it out to keep the template's default");
    }
    if (!parameter.allowedValues().isEmpty() && !parameter.allowedValues().contains(value)) {
      throw new LinkException(
          "'" + value + "' is not an allowed value of parameter '" + name + "'",
          "use one of: " + String.join(", ", parameter.allowedValues()));
    }
    Pattern pattern = patterns.get(name);
    if (pattern != null && !pattern.matcher(value).matches()) {
      throw new LinkException(
          "'" + value + "' does not match the AllowedPattern of parameter '" + name + "'",
          parameter.constraintDescription() != null && !parameter.constraintDescription().isEmpty()
              ? parameter.constraintDescription()
              : "it must match " + parameter.allowedPattern());
    }
    int length = value.codePointCount(0, value.length());
    if (parameter.minLength() != null && length < parameter.minLength()) {
      throw new LinkException(
          "the value of parameter '" + name + "' is " + length + " characters long",
          "MinLength is " + parameter.minLength());
    }
    if (parameter.maxLength() != null && length > parameter.maxLength()) {
      throw new LinkException(
          "the value of parameter '" + name + "' is " + length + " characters long",
          "MaxLength is " + parameter.maxLength());
    }
  }

  private static Pattern compile(String name, String allowedPattern) {
    try {
      return Pattern.compile(allowedPattern);
    } catch (PatternSyntaxException e) {
      throw new LinkException(
          "the AllowedPattern of parameter '" + name + "' is not a regular expression",
          e.getDescription());
    }
  }
}
