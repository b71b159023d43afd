package dev.onramp.compile.organization;

import dev.onramp.blueprint.ParsedBlueprint;
import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.OrganizationSpec;
import dev.onramp.compile.section.MemberTemplates;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.Map;
import java.util.Optional;

/**
 * The organization section: the StackSet that gives every member account the member blueprint's own
 * template (embedded, or by its published URL when too large), the parameters it passes on, and the
 * switch that creates the member resources in the management account too.
 */
public final class OrganizationFanOut {
  /** The logical id of the StackSet. */
  public static final String STACK_SET = "MemberStackSet";

  private final Blueprint blueprint;
  private final OrganizationSpec organization;
  private final SourceMap source;
  private final Member member;

  private OrganizationFanOut(ParsedBlueprint parsed, Member member) {
    this.blueprint = parsed.model();
    this.organization = parsed.model().organization();
    this.source = parsed.source();
    this.member = member;
  }

  /** Checks the organization and publishing sections on their own, before any member is known. */
  public static void validate(SectionContext context) {
    OrganizationValidation.check(context);
    PublishingValidation.check(context.blueprint(), context.source(), context.diagnostics());
  }

  /** Declares the parameters the section adds: where the member stacks go, the switch. */
  public static void declareParameters(OrganizationSpec organization, TemplateBuilder builder) {
    for (OrganizationParameters.Added added : OrganizationParameters.of(organization)) {
      if (!builder.hasParameter(added.name())) {
        builder.parameter(added.name(), added.spec());
      }
    }
  }

  /**
   * The section of {@code parsed}, which has an organization, with its member found among {@code
   * members}. Empty after reporting why when the member is not in the build or fans out itself;
   * empty without a report when the member failed on its own, as its errors are reported where it
   * is compiled. Either way this blueprint has no template.
   */
  public static Optional<OrganizationFanOut> of(
      ParsedBlueprint parsed, MemberTemplates members, Diagnostics diagnostics) {
    return Member.find(
            parsed, members, parsed.source().at("organization.memberBlueprint"), diagnostics)
        .map(member -> new OrganizationFanOut(parsed, member));
  }

  /**
   * Adds the fan-out to {@code builder}: the StackSet, the member's parameters it passes on, and
   * the management-account copy. Stops at the first step that reports an error to {@code
   * diagnostics}, since the later ones build on it.
   */
  public void compile(TemplateBuilder builder, Diagnostics diagnostics) {
    // Its own collection, so that only this section's errors stop it.
    Diagnostics found = new Diagnostics();
    compileSteps(builder, found);
    diagnostics.addAll(found.sorted());
  }

  private void compileSteps(TemplateBuilder builder, Diagnostics found) {
    Deployment.checkRegistrationReachable(organization, member, source, found);
    if (found.hasErrors()) {
      return;
    }
    Deployment deployment = Deployment.of(organization, member);
    String externalId = blueprint.externalId().parameter();
    MemberParameters parameters =
        new MemberParameters(member, externalId, deployment.registrationRegion());
    parameters.declare(builder, source, found);
    MemberTemplateSource body = new MemberTemplateSource(member.compiled(), blueprint.publishing());
    body.check(source, found);
    if (found.hasErrors()) {
      return;
    }
    GlobalIamNames.check(
        member.template(), deployment.regions(), source.at("organization.regions"), found);
    addStackSet(builder, deployment, parameters.passedOn(), body);
    if (organization.managementAccount() != null) {
      new ManagementAccountCopy(organization.managementAccount(), source)
          .addTo(builder, member, externalId, found);
    }
  }

  /**
   * The key the member template is published under, when it is too large to embed and the StackSet
   * reads it from S3; empty when it is embedded.
   */
  public Optional<String> publishedKey() {
    MemberTemplateSource body = new MemberTemplateSource(member.compiled(), blueprint.publishing());
    return body.published() && blueprint.publishing() != null
        ? Optional.of(body.publishedKey())
        : Optional.empty();
  }

  private void addStackSet(
      TemplateBuilder builder,
      Deployment deployment,
      Map<String, Object> passedOn,
      MemberTemplateSource body) {
    StackSetResource stackSet = new StackSetResource(organization, deployment);
    Template.Resource resource = stackSet.of(member, passedOn, body, builder);
    if (stackSet.createsAdministrationRole()) {
      builder.resource(
          AdministrationRole.ID,
          AdministrationRole.of(organization),
          source.at("organization.createAdministrationRole"));
    }
    builder.resource(STACK_SET, resource, source.at("organization"));
    builder.output(
        "MemberStackSetId",
        new Template.Output(
            "Id of the StackSet that onboards the member accounts.",
            Fn.ref(STACK_SET),
            null,
            null));
    builder.onrampMetadata("MemberTemplate", body.metadata(member.version()));
  }
}
