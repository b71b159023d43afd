package dev.onramp.blueprint.bind;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.onramp.aws.AccountId;
import dev.onramp.aws.Arn;
import dev.onramp.aws.Partition;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.NotifySpec;
import dev.onramp.blueprint.model.OrganizationSpec;
import dev.onramp.blueprint.model.Switch;
import dev.onramp.blueprint.model.Vendor;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The rules of the language that are checked after binding, by the header check and the compile
 * sections' validators, published in the JSON Schema as well so that an editor flags them while the
 * vendor types: the header's two constants, account ids, role and topic ARNs, region codes and a
 * switch's one form. Each is built from the constant the check itself uses ({@link
 * Blueprint#API_VERSION}, {@link AccountId#REGEX}, {@link Arn#IAM_ROLE_REGEX}, {@link
 * Partition#regionRegex()}…), never copied, and translated to ECMA-262 by {@link EcmaRegex}.
 *
 * <p>What a schema cannot state (a rule between two keys, a reference to another part of the
 * blueprint, a limit CloudFormation sets on the generated template) stays with the validators; the
 * schema corpus test lists those cases with the reason.
 */
final class SchemaRules {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** The smallest and largest account ids YAML reads as a number: twelve digits, no leading 0. */
  private static final long FIRST_NUMERIC_ACCOUNT = 100_000_000_000L;

  private static final long LAST_NUMERIC_ACCOUNT = 999_999_999_999L;

  /**
   * An SNS topic ARN as the callback accepts it: a known partition, a region of that partition that
   * is not an isolated one (or {@code {region}}, for a topic in every region), an account, a
   * standard (not FIFO) topic name.
   */
  static final String SNS_TOPIC_REGEX =
      "arn:(?:"
          + Arrays.stream(Partition.values())
              .map(
                  partition ->
                      partition.id()
                          + ":sns:(?:\\{region\\}|(?![a-z-]*-iso)"
                          + partition.regionRegex()
                          + ")")
              .collect(Collectors.joining("|"))
          + "):"
          + AccountId.REGEX
          + ":"
          + Arn.SNS_TOPIC_NAME_REGEX;

  /** Refinements of a component's schema, by record and key. */
  private static final Map<String, UnaryOperator<ObjectNode>> COMPONENTS = new LinkedHashMap<>();

  static {
    component(Blueprint.class, "apiVersion", schema -> constant(schema, Blueprint.API_VERSION));
    component(Blueprint.class, "kind", schema -> constant(schema, Blueprint.KIND));
    component(Blueprint.class, "regions", SchemaRules::regions);
    component(
        OrganizationSpec.class, "regions", schema -> regions(schema).put("uniqueItems", true));
    component(Vendor.class, "accountId", SchemaRules::accountId);
    component(Vendor.class, "roleArn", schema -> text(schema, Arn.IAM_ROLE_REGEX));
    component(NotifySpec.class, "topicArn", schema -> text(schema, SNS_TOPIC_REGEX));
    // A switch's values: at most 10, Fn::Or's limit (SwitchCheck).
    component(Switch.class, "in", schema -> schema.put("maxItems", 10));
  }

  private SchemaRules() {}

  /** The component's schema with the rules checked after binding, if it has any. */
  static ObjectNode component(Class<?> record, String key, ObjectNode schema) {
    UnaryOperator<ObjectNode> rule = COMPONENTS.get(name(record, key));
    return rule == null ? schema : rule.apply(schema);
  }

  /** The record's definition with the rules between its keys that a schema can state. */
  static ObjectNode record(Class<?> record, ObjectNode definition) {
    if (record == Switch.class) {
      // Exactly one of equals and in (SwitchCheck); an empty in counts as none, as when binding.
      var oneOf = definition.putArray("oneOf");
      oneOf.addObject().putArray("required").add("equals");
      ObjectNode in = oneOf.addObject();
      in.putArray("required").add("in");
      in.putObject("properties").putObject("in").put("type", "array").put("minItems", 1);
    }
    if (record == Vendor.class) {
      // Trusting the whole account must be chosen (VendorPrincipalChecks): an account without a
      // role ARN, a principal, a role ARN parameter or a principal ARN pattern is refused.
      definition.put(
          "$comment",
          "A vendor account without roleArn, principalArnPattern or roleArnParameter must choose"
              + " 'principal: account-root' to trust the whole account.");
      var unchosen = definition.putObject("not").putArray("allOf");
      var account = unchosen.addObject().putArray("anyOf");
      account.addObject().putArray("required").add("accountId");
      account.addObject().putArray("required").add("accountIdParameter");
      var narrowed = unchosen.addObject().putObject("not").putArray("anyOf");
      for (String key :
          List.of("roleArn", "principal", "roleArnParameter", "principalArnPattern")) {
        narrowed.addObject().putArray("required").add(key);
      }
    }
    return definition;
  }

  /** Every record and key a rule names, for the writer to check that each one was used. */
  static Set<String> names() {
    return new TreeSet<>(COMPONENTS.keySet());
  }

  static String name(Class<?> record, String key) {
    return SchemaWriter.definitionName(record) + "." + key;
  }

  private static void component(Class<?> record, String key, UnaryOperator<ObjectNode> rule) {
    COMPONENTS.put(name(record, key), rule);
  }

  private static ObjectNode constant(ObjectNode schema, String value) {
    schema.remove("type");
    schema.put("const", value);
    return schema;
  }

  private static ObjectNode text(ObjectNode schema, String javaRegex) {
    schema.put("type", "string");
    schema.put("pattern", SchemaWriter.anchored(javaRegex));
    return schema;
  }

  private static ObjectNode regions(ObjectNode schema) {
    text((ObjectNode) schema.get("items"), Partition.REGION_REGEX);
    return schema;
  }

  /**
   * Twelve digits; written unquoted, YAML reads them as a number, which the binder takes as
   * written, so a number of twelve digits is an account id too. One with a leading zero cannot be
   * told from a shorter number once read (YAML 1.1 tools even read it in octal): it must be quoted.
   */
  private static ObjectNode accountId(ObjectNode schema) {
    ObjectNode digits = NODES.objectNode();
    text(digits, AccountId.REGEX);
    ObjectNode number = NODES.objectNode();
    number.put("type", "integer");
    number.put("minimum", FIRST_NUMERIC_ACCOUNT);
    number.put("maximum", LAST_NUMERIC_ACCOUNT);
    schema.remove("type");
    schema.putArray("anyOf").add(digits).add(number);
    return schema;
  }
}
