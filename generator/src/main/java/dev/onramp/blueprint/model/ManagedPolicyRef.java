package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Pattern;
import dev.onramp.blueprint.schema.Required;
import dev.onramp.blueprint.schema.ScalarForm;

/** An AWS managed policy by name; its ARN is built per partition. */
@ScalarForm("name")
public record ManagedPolicyRef(
    @Required
        @Pattern(
            value = "([A-Za-z0-9+=,.@_-]+/)*[A-Za-z0-9+=,.@_-]{1,128}",
            meaning =
                "an AWS managed policy name such as ReadOnlyAccess or job-function/ViewOnlyAccess")
        @Doc("AWS managed policy name, with its path if any (job-function/ViewOnlyAccess).")
        String name,
    @Doc("Attach only when this switch is on. Default: always.") Switch when) {}
