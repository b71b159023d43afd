package dev.onramp.importer;

import dev.onramp.aws.Partition;
import dev.onramp.template.Fn;
import dev.onramp.template.SubText;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * A template value as a raw resource writes it: intrinsic functions in their long form ({@code
 * {Fn::Sub: …}}), {@code arn:aws:} made {@code arn:${AWS::Partition}:} (raw resources must deploy
 * in every partition), and the conditions of {@code Fn::If} declared as the blueprint's named
 * switches. What had to change is counted for the report.
 */
final class LongForm {
  private final Predicate<String> conditions;
  private final List<String> changes = new ArrayList<>();
  private int partitionLiterals;

  /**
   * {@code conditions} declares a template condition as a named switch of the blueprint, and says
   * whether it could.
   */
  LongForm(Predicate<String> conditions) {
    this.conditions = conditions;
  }

  /** What changed in the values converted so far. */
  List<String> changes() {
    List<String> all = new ArrayList<>(changes);
    if (partitionLiterals > 0) {
      all.add(
          partitionLiterals
              + (partitionLiterals == 1 ? " ARN" : " ARNs")
              + " with a partition literal (arn:aws:) made partition-aware"
              + " (arn:${AWS::Partition}:), so the template deploys in every partition");
    }
    return all;
  }

  Object of(Object value) {
    if (value instanceof Fn.Sub sub) {
      return new DraftMap().put("Fn::Sub", partitionAware(sub.text()));
    }
    if (value instanceof Fn.GetAtt getAtt) {
      return new DraftMap()
          .put("Fn::GetAtt", new ArrayList<Object>(List.of(getAtt.resource(), getAtt.attribute())));
    }
    if (value instanceof Fn.If choice) {
      String condition = choice.condition();
      if (!conditions.test(condition)) {
        changes.add(
            "Fn::If on condition "
                + condition
                + ", which no switch can say: the blueprint does not generate (see the errors)");
      }
      List<Object> arguments = new ArrayList<>();
      arguments.add(condition);
      arguments.add(of(choice.whenTrue()));
      arguments.add(of(choice.whenFalse()));
      return new DraftMap().put("Fn::If", arguments);
    }
    if (value instanceof Fn fn) {
      return new DraftMap().put(fn.jsonKey(), of(fn.argument()));
    }
    if (value instanceof Map<?, ?> map) {
      DraftMap draft = new DraftMap();
      map.forEach((key, item) -> draft.put(String.valueOf(key), of(item)));
      return draft;
    }
    if (value instanceof List<?> list) {
      List<Object> items = new ArrayList<>();
      list.forEach(item -> items.add(of(item)));
      return items;
    }
    if (value instanceof String text && Partition.LITERAL_IN_ARN.matcher(text).find()) {
      return new DraftMap().put("Fn::Sub", partitionAware(SubText.escape(text)));
    }
    return value;
  }

  private String partitionAware(String text) {
    java.util.regex.Matcher literal = Partition.LITERAL_IN_ARN.matcher(text);
    while (literal.find()) {
      partitionLiterals++;
    }
    return PartitionAware.aware(text);
  }
}
