package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.Range;
import dev.onramp.blueprint.schema.Required;
import java.util.List;
import java.util.Map;

/**
 * The callback to the vendor: a custom resource whose ServiceToken is the vendor's SNS topic, so
 * the vendor learns, per account, that the role exists (and when it is updated or deleted).
 */
public record NotifySpec(
    @Required
        @Doc(
            "ARN of the vendor's SNS topic, e.g. arn:aws:sns:us-east-1:111122223333:onboarding. Its"
                + " partition must be the partition of every region the stack is meant for.")
        String topicArn,
    @Pattern(value = "[A-Z][A-Za-z0-9]{0,63}", meaning = "the id of a role of this blueprint")
        @Doc("Id of the role whose ARN is sent. Default: the first role.")
        String role,
    @Doc("Names of stack outputs sent along (never one that shows a NoEcho parameter).")
        List<String> outputs,
    @Range(min = 1, max = 3600)
        @Doc(
            "Seconds CloudFormation waits for the vendor's answer before it fails the operation."
                + " Default 300.")
        Integer timeoutSeconds,
    @Pattern(
            value = "Custom::[A-Za-z0-9_@-]{1,60}",
            meaning = "Custom:: followed by letters, digits and _ @ -, at most 60")
        @Doc(
            "CloudFormation type of the custom resource, the ResourceType the vendor receives."
                + " Default Custom::OnrampRegistration.")
        String resourceType,
    @Doc(
            "Send the standard properties (RoleArn, ExternalId, AccountId, ... Outputs). Default"
                + " true; false sends only ServiceToken, ServiceTimeout and 'properties'.")
        Boolean standardProperties,
    @Doc(
            "Properties in the vendor's own schema, by name: a constant, a parameter's value, an"
                + " attribute of a role, or an output's value.")
        Map<String, CallbackProperty> properties,
    @Doc("Register with the vendor only when a parameter has one of the given values.")
        Switch when) {

  public NotifySpec {
    outputs = outputs == null ? List.of() : List.copyOf(outputs);
    timeoutSeconds = timeoutSeconds == null ? 300 : timeoutSeconds;
    standardProperties = standardProperties == null || standardProperties;
    properties = properties == null ? Map.of() : properties;
  }
}
