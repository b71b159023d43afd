package dev.onramp.compile.costreport;

import java.util.LinkedHashMap;
import java.util.Map;

/** IAM policy statements as the section writes them: Sid first, optional parts left out. */
final class Statements {
  private Statements() {}

  /** A statement; {@code principal} and {@code condition} may be null (left out). */
  static Map<String, Object> of(
      String sid,
      String effect,
      Object principal,
      Object actions,
      Object resources,
      Map<String, Object> condition) {
    Map<String, Object> statement = new LinkedHashMap<>();
    statement.put("Sid", sid);
    statement.put("Effect", effect);
    if (principal != null) {
      statement.put("Principal", principal);
    }
    statement.put("Action", actions);
    statement.put("Resource", resources);
    if (condition != null) {
      statement.put("Condition", condition);
    }
    return statement;
  }

  /** An Allow statement of the account's own roles (no principal). */
  static Map<String, Object> allow(
      String sid, Object actions, Object resources, Map<String, Object> condition) {
    return of(sid, "Allow", null, actions, resources, condition);
  }
}
