package dev.onramp.compile;

import dev.onramp.compile.callback.CallbackSection;
import dev.onramp.compile.costreport.CostReportSection;
import dev.onramp.compile.organization.OrganizationSection;
import dev.onramp.compile.resources.RawResourcesSection;
import dev.onramp.compile.section.BlueprintSection;
import java.util.List;

/** The sections a blueprint is compiled from: the one list a new section is added to. */
public final class Sections {
  /**
   * Every section, in the order they compile, which is the order of what they add to the template:
   * the ExternalId parameter before the blueprint's own parameters, the roles (with their switch
   * conditions) before the cost report, the callback and the organization, the raw resources after
   * everything generated (whose logical ids they may not take), and the suppressions last, since
   * they waive findings on everything before them.
   */
  public static final List<BlueprintSection> ALL =
      List.of(
          new StackSection(),
          new KnownRegionsSection(),
          new TrustSection(),
          new ParametersSection(),
          new PolicySetsSection(),
          new RolesSection(),
          new CostReportSection(),
          new CallbackSection(),
          new OrganizationSection(),
          new RawResourcesSection(),
          new SwitchedReferencesSection(),
          new SuppressionsSection(),
          new CdkOptionsSection());

  private Sections() {}
}
