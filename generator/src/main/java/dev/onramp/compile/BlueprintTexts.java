package dev.onramp.compile;

import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.schema.Key;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Every text a blueprint holds, with the YAML path it is written at ({@code
 * roles[0].statements[1].resource[0]}), read from the bound model: for a check of the compiled
 * template to point back at the text the author wrote.
 */
final class BlueprintTexts {
  /** A text and where it is written. */
  record Text(String path, String text) {}

  private BlueprintTexts() {}

  static List<Text> of(Blueprint blueprint) {
    List<Text> texts = new ArrayList<>();
    collect(blueprint, "", texts);
    return texts;
  }

  private static void collect(Object value, String path, List<Text> texts) {
    if (value instanceof String text) {
      texts.add(new Text(path, text));
    } else if (value instanceof List<?> list) {
      // A list of one may be written as its element (OneOrMany): SourceMap falls back to the list.
      for (int i = 0; i < list.size(); i++) {
        collect(list.get(i), path + "[" + i + "]", texts);
      }
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((key, item) -> collect(item, child(path, String.valueOf(key)), texts));
    } else if (value instanceof Record record) {
      for (RecordComponent component : record.getClass().getRecordComponents()) {
        Key key = component.getAnnotation(Key.class);
        collect(
            read(component, record),
            child(path, key == null ? component.getName() : key.value()),
            texts);
      }
    }
  }

  private static Object read(RecordComponent component, Record record) {
    try {
      return component.getAccessor().invoke(record);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + component.getName() + " of the model", e);
    }
  }

  private static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
