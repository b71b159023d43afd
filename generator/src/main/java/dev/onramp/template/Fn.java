package dev.onramp.template;

import java.util.List;
import java.util.Objects;

/**
 * CloudFormation intrinsic functions as values. The writers turn each into its short YAML form
 * ({@code !Ref X}) or its JSON object form ({@code {"Ref": "X"}}).
 */
public sealed interface Fn {

  /** The function's JSON key ({@code Ref}, {@code Fn::Sub}, …). */
  String jsonKey();

  /** The YAML short-form tag ({@code !Ref}, {@code !Sub}, …). */
  String yamlTag();

  /** The function's argument as plain template values. */
  Object argument();

  /** The YAML argument, where the short form differs from JSON ({@code !GetAtt A.B}). */
  default Object yamlArgument() {
    return argument();
  }

  static Fn ref(String name) {
    return new Ref(name);
  }

  static Fn noValue() {
    return new Ref("AWS::NoValue");
  }

  static Fn sub(String text) {
    return new Sub(text);
  }

  static Fn getAtt(String resource, String attribute) {
    return new GetAtt(resource, attribute);
  }

  static Fn ifThen(String condition, Object whenTrue, Object whenFalse) {
    return new If(condition, whenTrue, whenFalse);
  }

  /** {@code Ref}: a parameter's value or a resource's primary id. */
  record Ref(String name) implements Fn {
    public Ref {
      Objects.requireNonNull(name);
    }

    @Override
    public String jsonKey() {
      return "Ref";
    }

    @Override
    public String yamlTag() {
      return "!Ref";
    }

    @Override
    public Object argument() {
      return name;
    }
  }

  /** {@code Fn::Sub} with variables from the template only. */
  record Sub(String text) implements Fn {
    @Override
    public String jsonKey() {
      return "Fn::Sub";
    }

    @Override
    public String yamlTag() {
      return "!Sub";
    }

    @Override
    public Object argument() {
      return text;
    }
  }

  /** {@code Fn::GetAtt} of a resource attribute. */
  record GetAtt(String resource, String attribute) implements Fn {
    @Override
    public String jsonKey() {
      return "Fn::GetAtt";
    }

    @Override
    public String yamlTag() {
      return "!GetAtt";
    }

    @Override
    public Object argument() {
      return List.of(resource, attribute);
    }

    @Override
    public Object yamlArgument() {
      return resource + "." + attribute;
    }
  }

  /** {@code Fn::If}. */
  record If(String condition, Object whenTrue, Object whenFalse) implements Fn {
    @Override
    public String jsonKey() {
      return "Fn::If";
    }

    @Override
    public String yamlTag() {
      return "!If";
    }

    @Override
    public Object argument() {
      return List.of(condition, whenTrue, whenFalse);
    }
  }

  /** {@code Fn::Equals}, used in conditions. */
  record Equals(Object left, Object right) implements Fn {
    @Override
    public String jsonKey() {
      return "Fn::Equals";
    }

    @Override
    public String yamlTag() {
      return "!Equals";
    }

    @Override
    public Object argument() {
      return List.of(left, right);
    }
  }

  /** {@code Fn::Or} of 2 to 10 conditions. */
  record Or(List<Object> conditions) implements Fn {
    public Or {
      conditions = List.copyOf(conditions);
    }

    @Override
    public String jsonKey() {
      return "Fn::Or";
    }

    @Override
    public String yamlTag() {
      return "!Or";
    }

    @Override
    public Object argument() {
      return conditions;
    }
  }

  /** {@code Fn::And} of 2 to 10 conditions. */
  record And(List<Object> conditions) implements Fn {
    public And {
      conditions = List.copyOf(conditions);
    }

    @Override
    public String jsonKey() {
      return "Fn::And";
    }

    @Override
    public String yamlTag() {
      return "!And";
    }

    @Override
    public Object argument() {
      return conditions;
    }
  }

  /** {@code Fn::Join}: the values joined by a delimiter, e.g. a list parameter into one string. */
  record Join(String delimiter, Object values) implements Fn {
    @Override
    public String jsonKey() {
      return "Fn::Join";
    }

    @Override
    public String yamlTag() {
      return "!Join";
    }

    @Override
    public Object argument() {
      return List.of(delimiter, values);
    }
  }

  /** {@code Fn::Select}: the item at {@code index} of a list. */
  record Select(int index, Object list) implements Fn {
    @Override
    public String jsonKey() {
      return "Fn::Select";
    }

    @Override
    public String yamlTag() {
      return "!Select";
    }

    @Override
    public Object argument() {
      return List.of(index, list);
    }
  }

  /** {@code Fn::Split}: a string cut into a list at each delimiter. */
  record Split(String delimiter, Object source) implements Fn {
    @Override
    public String jsonKey() {
      return "Fn::Split";
    }

    @Override
    public String yamlTag() {
      return "!Split";
    }

    @Override
    public Object argument() {
      return List.of(delimiter, source);
    }
  }

  /** {@code Fn::Not}. */
  record Not(Object condition) implements Fn {
    @Override
    public String jsonKey() {
      return "Fn::Not";
    }

    @Override
    public String yamlTag() {
      return "!Not";
    }

    @Override
    public Object argument() {
      return List.of(condition);
    }
  }

  /** A reference to a named condition inside another condition function. */
  record ConditionRef(String name) implements Fn {
    @Override
    public String jsonKey() {
      return "Condition";
    }

    @Override
    public String yamlTag() {
      return "!Condition";
    }

    @Override
    public Object argument() {
      return name;
    }
  }
}
