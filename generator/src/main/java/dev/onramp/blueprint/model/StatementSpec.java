package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Alias;
import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Forbidden;
import dev.onramp.blueprint.schema.Labeled;
import dev.onramp.blueprint.schema.OneOrMany;
import dev.onramp.blueprint.schema.Pattern;
import java.util.List;
import java.util.Map;

/**
 * An IAM policy statement as a reviewer reads it. ARNs may be written with {@code arn:aws:}; the
 * compiler rewrites them to {@code ${AWS::Partition}} so the template deploys in every partition.
 * Each key may also be spelt as IAM spells it ({@code Sid}, {@code Effect}, {@code Action}, …), so
 * a statement can be pasted from a policy document.
 */
@Forbidden(
    key = "Principal",
    why =
        "a role's statements are its identity policy, which names no principal; who may assume the"
            + " role is the role's 'trust:' (by default the vendor, with the ExternalId)")
@Forbidden(
    key = "NotPrincipal",
    why =
        "a role's statements are its identity policy, which names no principal; who may assume the"
            + " role is the role's 'trust:' (by default the vendor, with the ExternalId)")
public record StatementSpec(
    @Alias("Sid")
        @Pattern(value = "[A-Za-z0-9]{1,100}", meaning = "letters and digits only (IAM Sid rules)")
        @Doc("Statement id (letters and digits).")
        String sid,
    @Alias("Effect") @Doc("Allow or Deny. Default Allow.") Effect effect,
    @Alias("Action") @OneOrMany @Doc("Actions, such as ec2:Describe*: one, or a list.")
        List<String> action,
    @Alias("NotAction") @OneOrMany @Doc("Every action except these: one, or a list.")
        List<String> notAction,
    @Alias("Resource") @OneOrMany @Doc("Resource ARNs, or '*': one, or a list.")
        List<String> resource,
    @Alias("NotResource") @OneOrMany @Doc("Every resource except these: one, or a list.")
        List<String> notResource,
    @Alias("Condition") @Doc("IAM condition block: operator -> key -> value or list of values.")
        Map<String, Map<String, Object>> condition) {

  public StatementSpec {
    effect = effect == null ? Effect.ALLOW : effect;
    action = action == null ? List.of() : List.copyOf(action);
    notAction = notAction == null ? List.of() : List.copyOf(notAction);
    resource = resource == null ? List.of() : List.copyOf(resource);
    notResource = notResource == null ? List.of() : List.copyOf(notResource);
    condition = condition == null ? Map.of() : condition;
    sid = sid == null ? "" : sid;
  }

  /** IAM statement effect. */
  public enum Effect implements Labeled {
    ALLOW("Allow"),
    DENY("Deny");

    private final String label;

    Effect(String label) {
      this.label = label;
    }

    @Override
    public String label() {
      return label;
    }
  }
}
