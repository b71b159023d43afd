package dev.onramp.receiver;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.aws.Partition;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * CloudFormation's custom-resource request, the Message of a Notification (docs/notify.md): Create,
 * Update or Delete of the {@code VendorRegistration}. Parsing checks the fields CloudFormation
 * always sends and the StackId's form; the properties are what the customer's template wrote, read
 * as strings (CloudFormation sends every scalar as a string), and are claims until checked.
 */
public final class RegistrationRequest {
  /** CloudFormation's request types. */
  public enum RequestType {
    Create,
    Update,
    Delete
  }

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

  /** {@code arn:<partition>:cloudformation:<region>:<account>:stack/<name>/<id>}. */
  private static final Pattern STACK_ID =
      Pattern.compile(
          "arn:(?<partition>"
              + Partition.ID_REGEX
              + "):cloudformation:(?<region>"
              + Partition.REGION_REGEX
              + "):(?<account>\\d{12}):stack/[A-Za-z][A-Za-z0-9-]{0,127}/[A-Za-z0-9-]+");

  private final RequestType requestType;
  private final String responseUrl;
  private final String stackId;
  private final String requestId;
  private final String logicalResourceId;
  private final String resourceType;
  private final Optional<String> physicalResourceId;
  private final String partition;
  private final String region;
  private final String stackAccount;
  private final Properties properties;
  private final Optional<Properties> oldProperties;

  private RegistrationRequest(JsonNode root) {
    try {
      this.requestType = RequestType.valueOf(text(root, "RequestType"));
    } catch (IllegalArgumentException e) {
      throw malformed(
          "the RequestType "
              + SnsMessage.quoted(root.path("RequestType").asText(null))
              + " is not"
              + " Create, Update or Delete");
    }
    this.responseUrl = text(root, "ResponseURL");
    this.stackId = text(root, "StackId");
    this.requestId = text(root, "RequestId");
    this.logicalResourceId = text(root, "LogicalResourceId");
    this.resourceType = text(root, "ResourceType");
    this.physicalResourceId = optionalText(root, "PhysicalResourceId");
    if (requestType != RequestType.Create && physicalResourceId.isEmpty()) {
      throw malformed("a " + requestType + " request without a PhysicalResourceId");
    }
    Matcher stack = STACK_ID.matcher(stackId);
    if (!stack.matches()) {
      throw malformed("the StackId " + SnsMessage.quoted(stackId) + " is not a stack ARN");
    }
    if (!Partition.ofRegion(stack.group("region")).id().equals(stack.group("partition"))) {
      throw malformed(
          "the StackId " + SnsMessage.quoted(stackId) + " names a region of another partition");
    }
    this.partition = stack.group("partition");
    this.region = stack.group("region");
    this.stackAccount = stack.group("account");
    this.properties = Properties.of(root.get("ResourceProperties"), "ResourceProperties");
    JsonNode old = root.get("OldResourceProperties");
    this.oldProperties =
        old == null || old.isNull()
            ? Optional.empty()
            : Optional.of(Properties.of(old, "OldResourceProperties"));
  }

  /** Parses the request (the SNS Notification's Message). */
  public static RegistrationRequest parse(String message) {
    JsonNode root;
    try {
      root = JSON.readTree(message == null ? "" : message);
    } catch (JsonProcessingException e) {
      throw malformed("the Message is not a JSON document: " + e.getOriginalMessage());
    }
    if (root == null || !root.isObject()) {
      throw malformed("the Message is not a JSON object");
    }
    return new RegistrationRequest(root);
  }

  public RequestType requestType() {
    return requestType;
  }

  /** The presigned URL to PUT the answer to; never log it whole (its query is a credential). */
  public String responseUrl() {
    return responseUrl;
  }

  public String stackId() {
    return stackId;
  }

  public String requestId() {
    return requestId;
  }

  public String logicalResourceId() {
    return logicalResourceId;
  }

  public String resourceType() {
    return resourceType;
  }

  /** The id answered before (Update and Delete). */
  public Optional<String> physicalResourceId() {
    return physicalResourceId;
  }

  /** The StackId's partition: where CloudFormation runs, whatever the properties claim. */
  public String partition() {
    return partition;
  }

  /** The StackId's region. */
  public String region() {
    return region;
  }

  /** The StackId's account. */
  public String stackAccount() {
    return stackAccount;
  }

  public Properties properties() {
    return properties;
  }

  /** The properties before an Update. */
  public Optional<Properties> oldProperties() {
    return oldProperties;
  }

  @Override
  public String toString() {
    return "RegistrationRequest[" + requestType + " " + requestId + " of " + stackId + "]";
  }

  /** ResourceProperties (or OldResourceProperties): the standard ones by name, and all of them. */
  public static final class Properties {
    private final Map<String, String> scalars;
    private final Map<String, String> outputs;
    private final Optional<ManagementAccount> managementAccount;

    private Properties(
        Map<String, String> scalars,
        Map<String, String> outputs,
        Optional<ManagementAccount> managementAccount) {
      this.scalars = scalars;
      this.outputs = outputs;
      this.managementAccount = managementAccount;
    }

    static Properties of(JsonNode node, String what) {
      if (node == null || !node.isObject()) {
        throw malformed("the request has no " + what + " object");
      }
      Map<String, String> scalars = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> field = it.next();
        if (field.getValue().isValueNode() && !field.getValue().isNull()) {
          scalars.put(field.getKey(), field.getValue().asText());
        }
      }
      JsonNode management = node.get("ManagementAccount");
      Optional<ManagementAccount> managementAccount = Optional.empty();
      if (management != null && management.isObject()) {
        managementAccount =
            Optional.of(
                new ManagementAccount(
                    optionalText(management, "Blueprint"),
                    optionalText(management, "RoleArn"),
                    stringMap(management.get("Outputs"), what + ".ManagementAccount.Outputs")));
      } else if (management != null && !management.isNull()) {
        throw malformed(what + ".ManagementAccount is not an object");
      }
      return new Properties(
          Collections.unmodifiableMap(scalars),
          stringMap(node.get("Outputs"), what + ".Outputs"),
          managementAccount);
    }

    /** Any scalar property by name (a vendor's own schema's, too). */
    public Optional<String> get(String name) {
      return Optional.ofNullable(scalars.get(name));
    }

    /** Every scalar property, in the request's order. */
    public Map<String, String> scalars() {
      return scalars;
    }

    public Optional<String> roleArn() {
      return get("RoleArn");
    }

    public Optional<String> externalId() {
      return get("ExternalId");
    }

    public Optional<String> accountId() {
      return get("AccountId");
    }

    public Optional<String> partition() {
      return get("Partition");
    }

    public Optional<String> region() {
      return get("Region");
    }

    public Optional<String> blueprint() {
      return get("Blueprint");
    }

    public Optional<String> templateVersion() {
      return get("TemplateVersion");
    }

    public Optional<String> templateSha256() {
      return get("TemplateSha256");
    }

    /** The chosen stack outputs by name; empty if none were sent. */
    public Map<String, String> outputs() {
      return outputs;
    }

    public Optional<ManagementAccount> managementAccount() {
      return managementAccount;
    }
  }

  /** The member's roles in the management account, carried by the organization stack. */
  public record ManagementAccount(
      Optional<String> blueprint, Optional<String> roleArn, Map<String, String> outputs) {}

  private static Map<String, String> stringMap(JsonNode node, String what) {
    if (node == null || node.isNull()) {
      return Map.of();
    }
    if (!node.isObject()) {
      throw malformed(what + " is not an object");
    }
    Map<String, String> map = new LinkedHashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      if (!field.getValue().isValueNode()) {
        throw malformed(what + "." + field.getKey() + " is not a string");
      }
      map.put(field.getKey(), field.getValue().asText());
    }
    return Collections.unmodifiableMap(map);
  }

  private static String text(JsonNode root, String name) {
    return optionalText(root, name).orElseThrow(() -> malformed("the request has no " + name));
  }

  private static Optional<String> optionalText(JsonNode root, String name) {
    JsonNode value = root.get(name);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (!value.isTextual()) {
      throw malformed("the request's " + name + " is not a string");
    }
    return value.textValue().isEmpty() ? Optional.empty() : Optional.of(value.textValue());
  }

  private static ReceiverException malformed(String message) {
    return new ReceiverException(ReceiverException.Kind.MALFORMED, message);
  }
}
