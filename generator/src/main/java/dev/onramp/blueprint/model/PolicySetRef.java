package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Required;
import dev.onramp.blueprint.schema.ScalarForm;

/** A policy set attached to a role, always or when a switch is on. */
@ScalarForm("set")
public record PolicySetRef(
    @Required @Doc("Name of a built-in or blueprint policy set.") String set,
    @Doc("Attach only when this switch is on. Default: always.") Switch when,
    @Doc(
            "Tag key prefix of a set that writes tags (tag-write-back), such as 'nimbus:'. Default"
                + " 'onramp:'. Refused on sets that take none.")
        String keyPrefix) {}
