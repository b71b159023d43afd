package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Labeled;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.Required;

/**
 * A stack output: an attribute of a role, a parameter's value or a constant, optionally exported
 * and switched.
 */
public record OutputSpec(
    @Required
        @Pattern(
            value = "[A-Za-z][A-Za-z0-9]{0,254}",
            meaning = "letters and digits, starting with a letter")
        @Doc("Output name.")
        String name,
    @Doc("Output description.") String description,
    @Doc("Id of a role whose attribute is output.") String role,
    @Doc("Role attribute: Arn (default), RoleId or Name.") Attribute attribute,
    @Doc("Name of a parameter whose value is output.") String parameter,
    @Doc("A constant value to output, such as the vendor's product name.") String value,
    @Pattern(
            value = "[A-Za-z0-9:${}-]{1,255}",
            meaning = "letters, digits, colons and hyphens, with ${AWS::StackName} and the like")
        @Doc(
            "Export the output under this name, for other stacks' Fn::ImportValue; may contain"
                + " ${AWS::StackName}, ${AWS::Region} and ${AWS::AccountId}.")
        String export,
    @Doc("Show the output only when a parameter has one of the given values.") Switch when) {

  public OutputSpec {
    description = description == null ? "" : description;
    attribute = attribute == null ? Attribute.ARN : attribute;
  }

  /** Role attributes a blueprint may output. */
  public enum Attribute implements Labeled {
    ARN("Arn"),
    ROLE_ID("RoleId"),
    NAME("Name");

    private final String label;

    Attribute(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }
}
