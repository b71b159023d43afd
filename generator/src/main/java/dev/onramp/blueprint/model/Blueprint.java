package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Key;
import dev.onramp.blueprint.schema.Required;
import java.util.List;
import java.util.Map;

/** The root of a blueprint file: one onboarding stack a vendor's customers create. */
@Doc("An Onramp blueprint: the cross-account onboarding stack a vendor's customers create.")
public record Blueprint(
    @Required @Doc("Language version of this file; 'onramp.dev/v1'.") String apiVersion,
    @Required @Doc("What this file describes; 'Blueprint'.") String kind,
    @Required @Doc("Name, description and version of the blueprint.") Metadata metadata,
    @Required @Doc("The vendor's AWS principal that the customer's roles trust.") Vendor vendor,
    @Doc("The ExternalId parameter every trust policy requires. Never has a default.")
        ExternalIdSpec externalId,
    @Doc("Stack parameters the customer fills in (or the quick-create link pre-fills).")
        List<ParameterSpec> parameters,
    @Doc("Reusable policy sets of this blueprint, in addition to the built-in ones.")
        List<PolicySetSpec> policySets,
    @Required @Doc("The roles the stack creates, each trusted by the vendor.") List<RoleSpec> roles,
    @Doc("Stack outputs.") List<OutputSpec> outputs,
    @Doc("The Cost and Usage Report: hardened bucket, report and its creation.")
        CostReportSpec costReport,
    @Doc("The organization fan-out: a StackSet that gives every member account a member blueprint.")
        OrganizationSpec organization,
    @Doc("The callback that tells the vendor, per account, that the role exists.") @Key("notify")
        NotifySpec callback,
    @Doc("Where the vendor publishes templates; needed for member templates too large to embed.")
        PublishingSpec publishing,
    @Doc(
            "The AWS CDK construct (Java) generated alongside the template, with the same resources:"
                + " its package and class name.")
        CdkSpec cdk,
    @Doc("Regions the stack is meant for (links are made for these). Default: any region.")
        List<String> regions,
    @Doc("Validation rules this blueprint's template deliberately breaks, each with its reason.")
        List<Suppression> suppressions,
    @Doc(
            "CloudFormation resources written as is, by logical id, for what no section covers;"
                + " checked, reviewed and shown in the guide like the rest.")
        Map<String, RawResourceSpec> resources,
    @Doc(
            "Named switches, for raw resources: each name becomes a template Condition that tests"
                + " one parameter, which raw resources name with condition: and Fn::If.")
        Map<String, Switch> conditions) {

  public static final String API_VERSION = "onramp.dev/v1";
  public static final String KIND = "Blueprint";

  public Blueprint {
    externalId = externalId == null ? ExternalIdSpec.DEFAULT : externalId;
    parameters = parameters == null ? List.of() : List.copyOf(parameters);
    policySets = policySets == null ? List.of() : List.copyOf(policySets);
    roles = roles == null ? List.of() : List.copyOf(roles);
    outputs = outputs == null ? List.of() : List.copyOf(outputs);
    suppressions = suppressions == null ? List.of() : List.copyOf(suppressions);
    regions = regions == null ? List.of() : List.copyOf(regions);
    conditions =
        conditions == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(conditions));
    resources =
        resources == null
            ? Map.of()
            : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(resources));
  }
}
