package dev.onramp.compile;

import dev.onramp.blueprint.model.PolicySetSpec;
import dev.onramp.compile.policy.BuiltInPolicySets;
import dev.onramp.compile.section.BlueprintSection;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The blueprint's own {@code policySets}, reusable next to the built-in ones. A set creates nothing
 * by itself: each role that attaches it gets its policies ({@link RolesSection}), so a role and its
 * policies stay together in the template.
 */
final class PolicySetsSection implements BlueprintSection {

  @Override
  public void validate(SectionContext context) {
    List<PolicySetSpec> sets = context.blueprint().policySets();
    StatementChecks statements = new StatementChecks(context);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < sets.size(); i++) {
      PolicySetSpec set = sets.get(i);
      String path = "policySets[" + i + "]";
      if (BuiltInPolicySets.names().contains(set.name())) {
        context.error(
            DiagnosticCode.DUPLICATE_NAME,
            path + ".name",
            "policy set '" + set.name() + "' has the name of a built-in set",
            "rename it; built-in sets cannot be replaced, to keep their meaning the same for"
                + " every reviewer");
      } else if (!seen.add(set.name())) {
        context.error(
            DiagnosticCode.DUPLICATE_NAME,
            path + ".name",
            "policy set '" + set.name() + "' is declared twice",
            "give each policy set its own name");
      }
      statements.check(set.statements(), path + ".statements", set.readOnly(), set.name());
    }
  }

  @Override
  public void compile(SectionContext context, TemplateBuilder template) {
    // Compiled with each role that attaches a set (RolesSection).
  }
}
