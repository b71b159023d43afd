package dev.onramp.compile.organization;

import dev.onramp.blueprint.SourceMap;
import dev.onramp.blueprint.model.ParameterSpec;
import dev.onramp.compile.callback.CallbackCompiler;
import dev.onramp.compile.section.TemplateBuilder;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The member's parameters as the StackSet passes them on: each from the parameter of the same name
 * in this template, declared here when this blueprint does not have it. The member's ExternalId is
 * this stack's ExternalId (one tenant, one ExternalId), and the registration region is the one the
 * fan-out chose. The account of a hub role the member's roles trust is this stack's account, where
 * the hub role is, unless this blueprint declares that parameter itself: the customer need not type
 * the management account's id.
 */
final class MemberParameters {
  private final Member member;
  private final String externalId;
  private final Object registrationRegion;
  // The hub account parameters this stack fills in with its own account id; found by declare().
  private final java.util.Set<String> hubAccounts = new java.util.TreeSet<>();

  MemberParameters(Member member, String externalId, Object registrationRegion) {
    this.member = member;
    this.externalId = externalId;
    this.registrationRegion = registrationRegion;
  }

  /** This template's name for the member parameter {@code name}. */
  private String here(String name) {
    return name.equals(member.externalIdParameter()) ? externalId : name;
  }

  /**
   * Declares in {@code builder} each member parameter this template does not have yet, and reports
   * one that this template has with another type.
   */
  void declare(TemplateBuilder builder, SourceMap source, Diagnostics diagnostics) {
    ConsoleText console = ConsoleText.of(member.template());
    member
        .template()
        .parameters()
        .forEach(
            (name, parameter) -> {
              String here = here(name);
              if (name.equals(CallbackCompiler.REGION_PARAMETER) || here.equals(externalId)) {
                return;
              }
              ParameterSpec existing = builder.parameters().get(here);
              if (existing == null && member.hubAccountParameters().contains(name)) {
                hubAccounts.add(name);
                return;
              }
              if (existing == null) {
                builder.parameter(here, declared(here, parameter, console));
              } else if (!existing.type().cloudFormationType().equals(parameter.type())) {
                diagnostics.error(
                    DiagnosticCode.INVALID_ORGANIZATION,
                    source.at("organization.memberBlueprint"),
                    "the member's parameter '"
                        + name
                        + "' is a "
                        + parameter.type()
                        + ", but this blueprint's '"
                        + here
                        + "' is a "
                        + existing.type().cloudFormationType()
                        + ", and the StackSet passes one to the other",
                    "give the two the same type, or rename one of them");
              }
            });
  }

  /** What the StackSet passes for each member parameter, in the member's order. */
  Map<String, Object> passedOn() {
    Map<String, Object> passedOn = new LinkedHashMap<>();
    member
        .template()
        .parameters()
        .forEach(
            (name, parameter) -> {
              if (name.equals(CallbackCompiler.REGION_PARAMETER)) {
                passedOn.put(name, registrationRegion);
              } else if (hubAccounts.contains(name)) {
                passedOn.put(name, Fn.ref("AWS::AccountId"));
              } else if (parameter.type().equals("CommaDelimitedList")) {
                passedOn.put(name, new Fn.Join(",", Fn.ref(here(name))));
              } else {
                passedOn.put(name, Fn.ref(here(name)));
              }
            });
    return passedOn;
  }

  private static ParameterSpec declared(
      String name, Template.Parameter parameter, ConsoleText console) {
    return new ParameterSpec(
        name,
        switch (parameter.type()) {
          case "Number" -> ParameterSpec.Type.NUMBER;
          case "CommaDelimitedList" -> ParameterSpec.Type.COMMA_DELIMITED_LIST;
          default -> ParameterSpec.Type.STRING;
        },
        parameter.description(),
        console.labels().getOrDefault(name, ""),
        console.groups().getOrDefault(name, OrganizationParameters.GROUP),
        parameter.defaultValue(),
        parameter.allowedValues(),
        parameter.allowedPattern(),
        parameter.constraintDescription(),
        parameter.noEcho(),
        parameter.minLength(),
        parameter.maxLength());
  }
}
