package dev.onramp.importer;

import dev.onramp.blueprint.model.Switch;
import java.util.ArrayList;

/** A {@link Switch} as the draft writes it: {@code {parameter: P, equals: v}} or {@code in}. */
final class Switches {
  private Switches() {}

  static DraftMap draft(Switch when) {
    if (when == null) {
      return null;
    }
    DraftMap map = new DraftMap().put("parameter", when.parameter());
    if (when.equals() != null) {
      map.put("equals", when.equals());
    } else {
      map.put("in", new ArrayList<Object>(when.in()));
    }
    return map;
  }
}
