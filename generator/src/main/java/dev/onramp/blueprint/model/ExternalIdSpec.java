package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Forbidden;
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
        String group) {

  /** The pattern AWS STS accepts for an ExternalId. */
  public static final String ALLOWED_PATTERN = "^[\\w+=,.@:/-]{2,1224}$";

  public static final ExternalIdSpec DEFAULT = new ExternalIdSpec(null, null, null);

  /** An ExternalId parameter in the default console group. */
  public ExternalIdSpec(String parameter, String label, String description) {
    this(parameter, label, description, null);
  }

  public ExternalIdSpec {
    parameter = parameter == null ? "ExternalId" : parameter;
    label = label == null ? "External ID" : label;
    description =
        description == null
            ? "Provided by the vendor and pre-filled by the link. Do not change it."
            : description;
  }
}
