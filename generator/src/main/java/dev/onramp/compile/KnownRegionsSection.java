package dev.onramp.compile;

import dev.onramp.aws.Partition;
import dev.onramp.aws.Regions;
import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.blueprint.model.RoleSpec;
import dev.onramp.compile.section.BlueprintSection;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.DiagnosticCode;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Every region a blueprint names, checked against the regions AWS lists ({@link Regions}): the
 * stack's {@code regions} (links and the guide), {@code organization.regions} (the StackSet),
 * {@code publishing.bucketRegion} (the publishing bucket) and the defaults of the region lists of
 * roles' {@code regionsParameter}. A name that is not a region code at all is reported by the
 * section it belongs to; this one reports well-formed codes no partition has ({@code eu-west-9}),
 * with the partition's regions. A region newer than the list is waived with a {@code suppressions}
 * entry for {@link DiagnosticCode#UNKNOWN_REGION}.
 */
final class KnownRegionsSection implements BlueprintSection {

  @Override
  public void validate(SectionContext context) {
    Blueprint blueprint = context.blueprint();
    boolean waived =
        blueprint.suppressions().stream()
            .anyMatch(suppression -> suppression.rule().equals(DiagnosticCode.UNKNOWN_REGION.id()));
    if (waived) {
      return;
    }
    checkAll(context, blueprint.regions(), "regions");
    if (blueprint.organization() != null) {
      checkAll(context, blueprint.organization().regions(), "organization.regions");
    }
    if (blueprint.publishing() != null && blueprint.publishing().bucketRegion() != null) {
      check(context, blueprint.publishing().bucketRegion(), "publishing.bucketRegion");
    }
    checkRegionListDefaults(context, blueprint);
  }

  @Override
  public void compile(SectionContext context, TemplateBuilder template) {}

  private static void checkAll(SectionContext context, List<String> regions, String path) {
    for (int i = 0; i < regions.size(); i++) {
      check(context, regions.get(i), path + "[" + i + "]");
    }
  }

  /** The defaults of the CommaDelimitedList parameters roles limit their regions to. */
  private static void checkRegionListDefaults(SectionContext context, Blueprint blueprint) {
    Set<String> names = new LinkedHashSet<>();
    for (RoleSpec role : blueprint.roles()) {
      if (role.regionsParameter() != null) {
        names.add(role.regionsParameter());
      }
    }
    for (String name : names) {
      ParameterSpec declared = context.declaredParameters().get(name);
      if (declared == null
          || !declared.type().isList()
          || declared.type().fromSsm()
          || declared.defaultValue() == null) {
        continue;
      }
      String path = "parameters[" + blueprint.parameters().indexOf(declared) + "].default";
      for (String region : declared.defaultValue().split(",", -1)) {
        check(context, region.strip(), path);
      }
    }
  }

  private static void check(SectionContext context, String region, String path) {
    Regions known = Regions.bundled();
    if (!Partition.isRegion(region) || known.isKnown(region)) {
      return;
    }
    Partition partition = Partition.ofRegion(region);
    List<String> regions = known.of(partition);
    context.error(
        DiagnosticCode.UNKNOWN_REGION,
        path,
        "'"
            + region
            + "' is not a region of partition "
            + partition.id()
            + " (Onramp's region list, botocore "
            + known.version()
            + ")",
        DidYouMean.closest(region, regions).map(near -> "did you mean " + near + "? ").orElse("")
            + "The regions of "
            + partition.id()
            + " are "
            + String.join(", ", regions)
            + "; if AWS opened the region after this list, waive the check with 'suppressions:"
            + " [{rule: "
            + DiagnosticCode.UNKNOWN_REGION.id()
            + ", reason: ...}]'");
  }
}
