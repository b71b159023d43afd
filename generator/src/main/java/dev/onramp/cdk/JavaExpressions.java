package dev.onramp.cdk;

import dev.onramp.cdk.JavaCode.Kind;
import dev.onramp.template.Fn;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Template values as Java expressions in the construct. A parameter's {@code Ref} becomes its prop,
 * a condition the props decide becomes a Java {@code boolean} (so {@code Fn::If} on it is a Java
 * choice and a left-out value is {@code null}), while pseudo parameters, resource attributes and
 * conditions decided at deployment stay CloudFormation functions through the CDK's {@code Fn} and
 * {@code Aws}. Policy documents are built from {@code PolicyStatement}s by {@link PolicyDocuments}.
 */
final class JavaExpressions {
  /** Properties that hold an IAM policy document. */
  private static final Set<String> POLICY_KEYS =
      Set.of("AssumeRolePolicyDocument", "PolicyDocument", "KeyPolicy");

  private static final Map<String, String> PSEUDO_PARAMETERS =
      Map.of(
          "AWS::AccountId", "Aws.ACCOUNT_ID",
          "AWS::Partition", "Aws.PARTITION",
          "AWS::Region", "Aws.REGION",
          "AWS::StackName", "Aws.STACK_NAME",
          "AWS::StackId", "Aws.STACK_ID",
          "AWS::URLSuffix", "Aws.URL_SUFFIX",
          "AWS::NotificationARNs", "Aws.NOTIFICATION_ARNS",
          "AWS::NoValue", "Aws.NO_VALUE");

  /** {@code ${Name}}, {@code ${Resource.Attribute}} or the literal {@code ${!text}} of a Sub. */
  private static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{(!?)([^}]*)}");

  private final TemplateSymbols symbols;
  private final JavaImports imports;
  private final PolicyDocuments policies;

  JavaExpressions(TemplateSymbols symbols, JavaImports imports) {
    this.symbols = symbols;
    this.imports = imports;
    this.policies = new PolicyDocuments(this, imports);
  }

  /** A property value; {@code key} is the property's name, which marks policy documents. */
  JavaCode value(String key, Object value) {
    if (POLICY_KEYS.contains(key) && value instanceof Map<?, ?> document) {
      var built = policies.document(document);
      if (built.isPresent()) {
        return built.get();
      }
    }
    return value(value);
  }

  JavaCode value(Object value) {
    if (value instanceof String text) {
      return JavaCode.of(JavaLiterals.string(text), Kind.STRING);
    }
    if (value instanceof Boolean bool) {
      return JavaCode.of(bool.toString(), Kind.BOOLEAN);
    }
    if (value instanceof Number number) {
      if (!(number instanceof Integer || number instanceof Long)) {
        imports.add("java.math.BigDecimal");
      }
      return JavaCode.of(JavaLiterals.number(number), Kind.NUMBER);
    }
    if (value instanceof List<?> list) {
      return list(list.stream().map(this::value).toList());
    }
    if (value instanceof Map<?, ?> map) {
      return map(map);
    }
    if (value instanceof Fn fn) {
      return function(fn);
    }
    throw new IllegalArgumentException("no Java form for template value " + value);
  }

  /** {@code List.of(...)}, or {@code listOfPresent(...)} when a switch may leave elements out. */
  JavaCode list(List<JavaCode> elements) {
    imports.add("java.util.List");
    boolean absent = elements.stream().anyMatch(JavaCode::mayBeAbsent);
    String function = absent ? imports.helper(Helper.LIST_OF_PRESENT) : "List.of";
    return new JavaCode(
        JavaCode.call(function, elements.stream().map(JavaCode::text).toList()),
        Kind.LIST,
        false,
        elements.stream().anyMatch(JavaCode::deployTime));
  }

  /** {@code map("Key", value, ...)}: template order kept, left-out values dropped. */
  JavaCode map(Map<?, ?> map) {
    List<String> pairs = new ArrayList<>();
    boolean deployTime = false;
    for (Map.Entry<?, ?> entry : map.entrySet()) {
      String key = String.valueOf(entry.getKey());
      JavaCode code = value(key, entry.getValue());
      deployTime |= code.deployTime();
      pairs.add(JavaLiterals.quoted(key) + ", " + code.text());
    }
    return new JavaCode(
        JavaCode.call(imports.helper(Helper.MAP), pairs), Kind.MAP, false, deployTime);
  }

  private JavaCode function(Fn fn) {
    if (fn instanceof Fn.Ref ref) {
      return ref(ref.name());
    }
    if (fn instanceof Fn.GetAtt getAtt) {
      return attribute(getAtt.resource(), getAtt.attribute());
    }
    if (fn instanceof Fn.Sub sub) {
      return sub(sub.text());
    }
    if (fn instanceof Fn.If choice) {
      return choice(choice);
    }
    if (fn instanceof Fn.Join join) {
      return join(join);
    }
    if (fn instanceof Fn.Select select) {
      return select(select);
    }
    if (fn instanceof Fn.Split split) {
      return split(split);
    }
    throw new IllegalArgumentException(fn.jsonKey() + " cannot stand in a property value: " + fn);
  }

  JavaCode ref(String name) {
    PropView prop = symbols.parameters().get(name);
    if (prop != null && prop.fromSsm()) {
      return JavaCode.of(
              prop.ssmField() + (prop.ssmList() ? ".getValueAsList()" : ".getValueAsString()"),
              prop.ssmList() ? Kind.LIST : Kind.STRING)
          .atDeployTime();
    }
    if (prop != null) {
      // CloudFormation hands every parameter to a property as text (a list as a list).
      return prop.isBoolean() || prop.isNumber()
          ? JavaCode.of("String.valueOf(" + prop.read() + ")", Kind.STRING)
          : JavaCode.of(prop.read(), prop.isList() ? Kind.LIST : Kind.STRING);
    }
    if (name.equals("AWS::NoValue")) {
      return new JavaCode("null", Kind.ABSENT, true, false);
    }
    String pseudo = PSEUDO_PARAMETERS.get(name);
    if (pseudo != null) {
      imports.add("software.amazon.awscdk.Aws");
      return JavaCode.of(pseudo, name.equals("AWS::NotificationARNs") ? Kind.LIST : Kind.STRING)
          .atDeployTime();
    }
    TemplateSymbols.ResourceSymbol resource = resource(name);
    return JavaCode.of(resource.field() + ".getRef()", Kind.STRING).atDeployTime();
  }

  private JavaCode attribute(String logicalId, String attribute) {
    TemplateSymbols.ResourceSymbol resource = resource(logicalId);
    if (resource.cdkClass().hasAttributeGetter(attribute)) {
      return JavaCode.of(resource.field() + ".getAttr" + attribute + "()", Kind.STRING)
          .atDeployTime();
    }
    imports.add("software.amazon.awscdk.Token");
    return JavaCode.of(
            "Token.asString("
                + resource.field()
                + ".getAtt("
                + JavaLiterals.quoted(attribute)
                + "))",
            Kind.STRING)
        .atDeployTime();
  }

  private TemplateSymbols.ResourceSymbol resource(String logicalId) {
    TemplateSymbols.ResourceSymbol resource = symbols.resources().get(logicalId);
    if (resource == null) {
      throw new IllegalArgumentException("the template refers to an unknown name: " + logicalId);
    }
    return resource;
  }

  /**
   * {@code Fn::Sub}: parameters are put in by Java; what is left ({@code ${AWS::Partition}}, {@code
   * ${Bucket.Arn}}) stays for CloudFormation, so the text stays a Sub. Text with nothing left for
   * CloudFormation is a plain string, its {@code ${!literal}} escapes undone.
   */
  JavaCode sub(String text) {
    boolean keepsVariables = false;
    Matcher scan = SUB_VARIABLE.matcher(text);
    while (scan.find()) {
      keepsVariables |= scan.group(1).isEmpty() && !symbols.parameters().containsKey(scan.group(2));
    }
    List<String> parts = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    Matcher matcher = SUB_VARIABLE.matcher(text);
    int last = 0;
    while (matcher.find()) {
      literal.append(text, last, matcher.start());
      last = matcher.end();
      PropView prop =
          matcher.group(1).isEmpty() ? symbols.parameters().get(matcher.group(2)) : null;
      if (prop == null) {
        literal.append(keepsVariables ? matcher.group() : "${" + matcher.group(2) + "}");
        continue;
      }
      if (!literal.isEmpty()) {
        parts.add(JavaLiterals.quoted(literal.toString()));
        literal.setLength(0);
      }
      String read = prop.isList() ? "String.join(\",\", " + prop.read() + ")" : prop.read();
      // A value put into a Sub that CloudFormation still reads must not open a variable.
      parts.add(
          keepsVariables && !prop.isBoolean() && !prop.isNumber()
              ? imports.helper(Helper.ESCAPED_FOR_SUB) + "(" + read + ")"
              : prop.isBoolean() || prop.isNumber() ? "String.valueOf(" + read + ")" : read);
    }
    literal.append(text.substring(last));
    if (!literal.isEmpty() || parts.isEmpty()) {
      parts.add(JavaLiterals.quoted(literal.toString()));
    }
    String concatenation = String.join(" + ", parts);
    if (!keepsVariables) {
      return JavaCode.of(concatenation, Kind.STRING);
    }
    imports.add("software.amazon.awscdk.Fn");
    return JavaCode.of("Fn.sub(" + concatenation + ")", Kind.STRING).atDeployTime();
  }

  private JavaCode choice(Fn.If choice) {
    JavaCode whenTrue = value(choice.whenTrue());
    JavaCode whenFalse = value(choice.whenFalse());
    String condition = choice.condition();
    if (symbols.parameterConditions().containsKey(condition)) {
      Kind kind =
          whenTrue.kind() == whenFalse.kind() || whenFalse.kind() == Kind.ABSENT
              ? whenTrue.kind()
              : whenTrue.kind() == Kind.ABSENT ? whenFalse.kind() : Kind.OBJECT;
      String text =
          symbols.parameterConditions().get(condition)
              + " ? "
              + JavaCode.indentContinuation(whenTrue.text(), 4)
              + " : "
              + JavaCode.indentContinuation(whenFalse.text(), 4);
      return new JavaCode(
          text,
          kind,
          whenTrue.mayBeAbsent() || whenFalse.mayBeAbsent(),
          whenTrue.deployTime() || whenFalse.deployTime());
    }
    String field = symbols.deployTimeConditions().get(condition);
    if (field == null) {
      throw new IllegalArgumentException("Fn::If names an unknown condition: " + condition);
    }
    imports.add("software.amazon.awscdk.Fn");
    return JavaCode.of(
            JavaCode.call(
                "Fn.conditionIf",
                List.of(
                    field + ".getLogicalId()",
                    deployTimeValue(whenTrue).text(),
                    deployTimeValue(whenFalse).text())),
            Kind.OBJECT)
        .atDeployTime();
  }

  /** In a CloudFormation function a left-out value is {@code AWS::NoValue}, not {@code null}. */
  private JavaCode deployTimeValue(JavaCode code) {
    if (code.kind() == Kind.ABSENT) {
      imports.add("software.amazon.awscdk.Aws");
      return JavaCode.of("Aws.NO_VALUE", Kind.STRING).atDeployTime();
    }
    return code;
  }

  private JavaCode join(Fn.Join join) {
    JavaCode values = value(join.values());
    String delimiter = JavaLiterals.quoted(join.delimiter());
    if (!values.deployTime() && !values.mayBeAbsent()) {
      return JavaCode.of("String.join(" + delimiter + ", " + values.text() + ")", Kind.STRING);
    }
    imports.add("software.amazon.awscdk.Fn");
    return JavaCode.of(JavaCode.call("Fn.join", List.of(delimiter, values.text())), Kind.STRING)
        .atDeployTime();
  }

  /** {@code Fn.select(index, list)}: known only at deploy time. */
  private JavaCode select(Fn.Select select) {
    JavaCode list = value(select.list());
    imports.add("software.amazon.awscdk.Fn");
    return JavaCode.of(
            JavaCode.call("Fn.select", List.of(String.valueOf(select.index()), list.text())),
            Kind.STRING)
        .atDeployTime();
  }

  /** {@code Fn.split(delimiter, text)}: a list known only at deploy time. */
  private JavaCode split(Fn.Split split) {
    JavaCode source = asString(value(split.source()));
    imports.add("software.amazon.awscdk.Fn");
    return JavaCode.of(
            JavaCode.call(
                "Fn.split", List.of(JavaLiterals.quoted(split.delimiter()), source.text())),
            Kind.LIST)
        .atDeployTime();
  }

  /** A string-typed argument: a token of another type is turned into its string form. */
  JavaCode asString(JavaCode code) {
    if (code.kind() == Kind.STRING || code.kind() == Kind.ABSENT) {
      return code;
    }
    imports.add("software.amazon.awscdk.Token");
    return new JavaCode(
        "Token.asString(" + code.text() + ")", Kind.STRING, code.mayBeAbsent(), code.deployTime());
  }

  TemplateSymbols symbols() {
    return symbols;
  }
}
