package dev.onramp.cdk;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * What one generated class uses: the classes it imports (sorted, so output is stable) and the
 * helper methods it must declare.
 */
final class JavaImports {
  private final Set<String> classes = new TreeSet<>();
  private final EnumSet<Helper> helpers = EnumSet.noneOf(Helper.class);

  void add(String qualifiedName) {
    classes.add(qualifiedName);
  }

  /** Records that the class calls {@code helper}; returns the method's name. */
  String helper(Helper helper) {
    helpers.add(helper);
    switch (helper) {
      case MAP -> {
        add("java.util.LinkedHashMap");
        add("java.util.Map");
      }
      case LIST_OF_PRESENT -> {
        add("java.util.ArrayList");
        add("java.util.List");
      }
      case ESCAPED_FOR_SUB -> {}
    }
    return helper.method();
  }

  List<String> classes() {
    return List.copyOf(classes);
  }

  Set<Helper> helpers() {
    return helpers.clone();
  }
}
