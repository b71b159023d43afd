package dev.onramp.blueprint.yaml;

import java.util.Optional;

/**
 * A CloudFormation short-form tag ({@code !Ref}, {@code !GetAtt}, …) written in a raw resource,
 * where the fix is its long form: the reader keeps no tags, so a blueprint says {@code {Ref: X}}.
 */
record ShortFormIntrinsic(String tag, String longForm) {

  /** The short form {@code tag} stands for, when it is written under {@code resources}. */
  static Optional<ShortFormIntrinsic> inRawResource(String tag, String yamlPath) {
    if (!yamlPath.startsWith("resources.")) {
      return Optional.empty();
    }
    String name = tag.startsWith("!") ? tag.substring(1) : tag;
    String example =
        switch (name) {
          case "Ref" -> "{Ref: Name}";
          case "Condition" -> "{Condition: Name}";
          case "GetAtt" -> "{Fn::GetAtt: [Resource, Attribute]}";
          case "Sub" -> "{Fn::Sub: \"text with ${Name}\"}";
          case "If" -> "{Fn::If: [Condition, valueIfTrue, valueIfFalse]}";
          case "Join" -> "{Fn::Join: [delimiter, [values]]}";
          case "Select" -> "{Fn::Select: [index, [values]]}";
          case "Split" -> "{Fn::Split: [delimiter, text]}";
          case "Base64",
              "GetAZs",
              "ImportValue",
              "Not",
              "And",
              "Or",
              "Equals",
              "Cidr",
              "FindInMap",
              "Length",
              "ToJsonString" ->
              "{Fn::" + name + ": ...}";
          default -> null;
        };
    return example == null
        ? Optional.empty()
        : Optional.of(new ShortFormIntrinsic("!" + name, example));
  }
}
