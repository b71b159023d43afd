package dev.onramp.blueprint.model;

import dev.onramp.blueprint.bind.Doc;
import dev.onramp.blueprint.bind.Pattern;
import dev.onramp.blueprint.bind.Required;

/**
 * A rule this blueprint's template deliberately breaks, with the reason a reviewer will read. The
 * reason is carried into the template's Metadata so the waiver travels with the template.
 */
public record Suppression(
    @Required
        @Pattern(
            value = "[A-Z][A-Z_]*[0-9]+(_[0-9]+)?",
            meaning = "a rule id such as W3005 (cfn-lint), ONR501 (Onramp) or CKV_AWS_111")
        @Doc("The rule id: cfn-lint (W3005), Onramp's own checks (ONR5xx), or a scanner's.")
        String rule,
    @Required
        @Pattern(value = "(?s).*\\S.{9,}", meaning = "a sentence of at least ten characters")
        @Doc("Why the rule does not apply here; shown to reviewers and kept in the template.")
        String reason) {}
