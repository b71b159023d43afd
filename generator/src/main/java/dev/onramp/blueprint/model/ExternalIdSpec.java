package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Forbidden;
import dev.onramp.blueprint.schema.Labeled;
import dev.onramp.blueprint.schema.Pattern;

/** The ExternalId parameter: required in every trust policy, filled in by the vendor's link. */
@Forbidden(
    key = "default",
    why =
        "remove 'default': an ExternalId must never have a default, every customer gets its own"
            + " from the vendor's link")
@Forbidden(
    key = "noEcho",
    why =
        "remove 'noEcho': the console ignores NoEcho parameters in quick-create links, so the"
            + " ExternalId could not be pre-filled")
public record ExternalIdSpec(
    @Pattern(
            value = "[A-Za-z][A-Za-z0-9]{0,254}",
            meaning = "letters and digits, starting with a letter")
        @Doc("Parameter name. Default ExternalId.")
        String parameter,
    @Doc("Label shown in the console. Default 'External ID'.") String label,
    @Doc("Parameter description shown in the console.") String description,
    @Pattern(value = "[^\\x00-\\x1f]{1,200}", meaning = "1 to 200 characters on one line")
        @Doc(
            "Console group of the ExternalId parameter (and of the other parameters the vendor's"
                + " link fills in). Default 'Vendor connection (filled in by the vendor's link)'.")
        String group,
    @Doc(
            "Where the ExternalId comes from: parameter (default: the customer's link fills it in)"
                + " or stack-id (the stack derives it: prefix + the UUID of its stack id, returned"
                + " as an output; no parameter).")
        Source source,
    @Pattern(
            value = "[\\w+=,.@:/-]{1,100}",
            meaning = "1 to 100 letters, digits and + = , . @ : / - _")
        @Doc("For source stack-id: the text before the stack id's UUID, such as acme-.")
        String prefix,
    @Pattern(
            value = "[A-Za-z][A-Za-z0-9]{0,254}",
            meaning = "letters and digits, starting with a letter")
        @Doc("For source stack-id: the name of the output that returns it. Default ExternalId.")
        String output) {

  /** The pattern AWS STS accepts for an ExternalId. */
  public static final String ALLOWED_PATTERN = "^[\\w+=,.@:/-]{2,1224}$";

  public static final ExternalIdSpec DEFAULT = new ExternalIdSpec(null, null, null);

  /** An ExternalId parameter in the default console group. */
  public ExternalIdSpec(String parameter, String label, String description) {
    this(parameter, label, description, null, null, null, null);
  }

  /** Whether the stack derives the ExternalId from its own id instead of asking for it. */
  public boolean derivedFromStack() {
    return source == Source.STACK_ID;
  }

  /** The output that returns a derived ExternalId. */
  public String outputName() {
    return output == null ? "ExternalId" : output;
  }

  /** Where the ExternalId comes from. */
  public enum Source implements Labeled {
    PARAMETER,
    STACK_ID
  }

  public ExternalIdSpec {
    parameter = parameter == null ? "ExternalId" : parameter;
    label = label == null ? "External ID" : label;
    source = source == null ? Source.PARAMETER : source;
    description =
        description == null
            ? "Provided by the vendor and pre-filled by the link. Do not change it."
            : description;
  }
}
