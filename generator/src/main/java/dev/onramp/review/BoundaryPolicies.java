package dev.onramp.review;

import dev.onramp.iam.ManagedPolicyCatalog;
import dev.onramp.iam.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The content of the permissions boundaries whose documents are known: AWS managed policies of the
 * bundled {@link ManagedPolicyCatalog}. A boundary does not grant; it limits what the role's
 * identity policies may allow, so its statements are kept apart from the role's, in {@link
 * PolicyInventory#boundaryPolicies()}: keyed by the boundary's ARN as {@link
 * PermissionsBoundary#policy()} spells it (the canonical text, {@code
 * arn:${AWS::Partition}:iam::aws:policy/PowerUserAccess}), the statements merged as for any policy,
 * kind {@link PolicyKind#IDENTITY}, subject the managed policy itself ({@link
 * Subject.Type#MANAGED_POLICY} by name). An access engine evaluates a role's Allow within them; a
 * boundary absent from the map (a customer managed policy, a parameter, an AWS managed policy newer
 * than the snapshot) is known by name only.
 */
final class BoundaryPolicies {
  private BoundaryPolicies() {}

  static Map<String, List<PolicyStatement>> of(
      Collection<PermissionsBoundary> boundaries,
      ManagedPolicyCatalog managed,
      StatementReader reader) {
    Map<String, List<PolicyStatement>> out = new TreeMap<>();
    for (PermissionsBoundary boundary : boundaries) {
      if (out.containsKey(boundary.policy())) {
        continue;
      }
      Optional<ManagedPolicyCatalog.ManagedPolicy> known = managed.byArn(boundary.policy());
      if (known.isEmpty()) {
        continue;
      }
      Subject subject = new Subject("", Subject.Type.MANAGED_POLICY, known.get().name());
      List<Grant> grants = new ArrayList<>();
      for (Statement statement : Statement.allOf(known.get().document())) {
        reader.read(subject, PolicyKind.IDENTITY, statement, Guard.ALWAYS, grants::add);
      }
      out.put(boundary.policy(), GrantMerger.merge(grants));
    }
    return Collections.unmodifiableMap(out);
  }
}
