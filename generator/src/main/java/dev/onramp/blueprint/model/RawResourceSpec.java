package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.CloudFormationValue;
import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.OneOrMany;
import dev.onramp.blueprint.schema.Required;
import java.util.List;
import java.util.Map;

/**
 * A CloudFormation resource written as is, for what no section covers (an EventBridge rule to the
 * vendor's bus, a log forwarder). Its logical id is its key under {@code resources}. Intrinsic
 * functions are written in their long form; references, types and IAM grants are checked when the
 * template is generated.
 */
@Doc(
    "A CloudFormation resource written as is (the escape hatch), under its logical id. Intrinsic"
        + " functions in their long form only: {Ref: X}, {Fn::GetAtt: [R, Attr]}, {Fn::Sub: ...}.")
public record RawResourceSpec(
    @Required
        @Doc(
            "The resource type: AWS::Service::Resource (such as AWS::Events::Rule) or Custom::Name.")
        String type,
    @Doc(
            "Creates the resource only when a parameter has a value (a switch); becomes a generated"
                + " Condition.")
        Switch when,
    @Doc(
            "Creates the resource only under a condition the blueprint generates (such as a"
                + " switch's, e.g. ForwardEventsIsTrue).")
        String condition,
    @OneOrMany @Doc("Logical ids of resources (generated or raw) created before this one.")
        List<String> dependsOn,
    @Doc("DeletionPolicy: Delete, Retain, RetainExceptOnCreate or Snapshot.") String deletionPolicy,
    @Doc("UpdateReplacePolicy: Delete, Retain or Snapshot.") String updateReplacePolicy,
    @CloudFormationValue @Doc("The resource's Metadata, as CloudFormation reads it.")
        Map<String, Object> metadata,
    @CloudFormationValue
        @Doc("The resource's Properties, as CloudFormation reads them; long-form intrinsics only.")
        Map<String, Object> properties,
    @Doc(
            "Claims the resource's IAM policies grant only List and Read actions; generation fails"
                + " when one grants more.")
        Boolean readOnly) {

  public RawResourceSpec {
    dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    metadata = metadata == null ? Map.of() : metadata;
    properties = properties == null ? Map.of() : properties;
  }

  /** Whether the blueprint claims the resource only reads. */
  public boolean isReadOnly() {
    return Boolean.TRUE.equals(readOnly);
  }
}
