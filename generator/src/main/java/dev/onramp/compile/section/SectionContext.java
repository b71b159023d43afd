package dev.onramp.compile.section;

import dev.onramp.blueprint.ParsedBlueprint;
import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.blueprint.model.PolicySetSpec;
import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.compile.policy.BuiltInPolicySets;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What every section sees of the blueprint being compiled: the blueprint and where each of its
 * elements is written, the other blueprints of the build (an organization's member), the
 * diagnostics to report to, and the names one section may refer to in another.
 */
public final class SectionContext {
  private final ParsedBlueprint parsed;
  private final MemberTemplates members;
  private final Diagnostics diagnostics;
  private final Map<String, ParameterSpec> declaredParameters = new LinkedHashMap<>();
  private final Set<String> policySetNames = new TreeSet<>(BuiltInPolicySets.names());
  private final Set<String> roleIds = new LinkedHashSet<>();

  public SectionContext(ParsedBlueprint parsed, MemberTemplates members, Diagnostics diagnostics) {
    this.parsed = parsed;
    this.members = members;
    this.diagnostics = diagnostics;
    Blueprint blueprint = parsed.model();
    String externalId = blueprint.externalId().parameter();
    for (ParameterSpec parameter : blueprint.parameters()) {
      if (!parameter.name().equals(externalId)) {
        declaredParameters.putIfAbsent(parameter.name(), parameter);
      }
    }
    blueprint.policySets().stream().map(PolicySetSpec::name).forEach(policySetNames::add);
    blueprint.roles().stream().map(RoleSpec::id).forEach(roleIds::add);
  }

  public ParsedBlueprint parsed() {
    return parsed;
  }

  public Blueprint blueprint() {
    return parsed.model();
  }

  public SourceMap source() {
    return parsed.source();
  }

  /** The other blueprints of the build, for an organization's member. */
  public MemberTemplates members() {
    return members;
  }

  public Diagnostics diagnostics() {
    return diagnostics;
  }

  /** Reports an error at the blueprint element at {@code path}. */
  public void error(DiagnosticCode code, String path, String message, String hint) {
    diagnostics.error(code, source().at(path), message, hint);
  }

  /**
   * The parameters the blueprint declares under {@code parameters}, by name: the first of each
   * name, without one named like the ExternalId parameter (both are reported as duplicates).
   */
  public Map<String, ParameterSpec> declaredParameters() {
    return Collections.unmodifiableMap(declaredParameters);
  }

  /** The names of the built-in policy sets and the blueprint's own, sorted. */
  public Set<String> policySetNames() {
    return Collections.unmodifiableSet(policySetNames);
  }

  /** The ids of the roles the blueprint creates. */
  public Set<String> roleIds() {
    return Collections.unmodifiableSet(roleIds);
  }
}
