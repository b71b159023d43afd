package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.Required;
import java.util.List;

/**
 * A rule this blueprint's template deliberately breaks, with the reason a reviewer will read. The
 * reason is carried into the template's Metadata so the waiver travels with the template: for the
 * whole template, or, with {@code resources}, only on the resources named (where cfn-lint and
 * scanners such as checkov read it: {@code Metadata.cfn-lint} and {@code Metadata.checkov}).
 */
public record Suppression(
    @Required
        @Pattern(
            value = "[A-Z][A-Z0-9_]*[0-9]",
            meaning = "a rule id such as W3005 (cfn-lint), ONR501 (Onramp) or CKV_AWS_111")
        @Doc(
            "The rule id: cfn-lint (W3005), Onramp's own checks (ONR5xx; ONR241 or ONR242 for an"
                + " action or region newer than Onramp's catalogs; ONR303 for a template deployed"
                + " from S3 by design), or a scanner's.")
        String rule,
    @Required
        @Pattern(value = "(?s).*\\S.{9,}", meaning = "a sentence of at least ten characters")
        @Doc("Why the rule does not apply here; shown to reviewers and kept in the template.")
        String reason,
    @Doc(
            "Logical ids of the template's resources the rule is waived on; required for a"
                + " scanner's rule (checkov reads waivers per resource). Default for cfn-lint and"
                + " Onramp rules: the whole template.")
        List<String> resources) {

  public Suppression {
    resources = resources == null ? List.of() : List.copyOf(resources);
  }

  /** Which tool the rule belongs to, told by the shape of its id. */
  public enum Tool {
    /** cfn-lint: E, W or I and four digits. */
    CFN_LINT,
    /** Onramp's own security checks: ONR and three digits. */
    ONRAMP,
    /** A scanner that reads waivers from each resource's Metadata, such as checkov. */
    SCANNER;

    private static final java.util.regex.Pattern CFN_LINT_RULE =
        java.util.regex.Pattern.compile("[EWI][0-9]{4}");
    private static final java.util.regex.Pattern ONRAMP_RULE =
        java.util.regex.Pattern.compile("ONR[0-9]{3}");

    public static Tool of(String rule) {
      if (CFN_LINT_RULE.matcher(rule).matches()) {
        return CFN_LINT;
      }
      return ONRAMP_RULE.matcher(rule).matches() ? ONRAMP : SCANNER;
    }
  }

  public Tool tool() {
    return Tool.of(rule);
  }
}
