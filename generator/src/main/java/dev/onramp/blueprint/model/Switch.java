package dev.onramp.blueprint.model;

import dev.onramp.blueprint.schema.Doc;
import dev.onramp.blueprint.schema.Required;
import java.util.List;

/**
 * Turns a part of the stack on by a parameter's value: {@code equals: "true"} for a boolean, {@code
 * equals: "Yes"} for any two-valued parameter, {@code in: [resources-and-tags, tag-write-back]} for
 * an access level. A policy set, a managed policy, a role, an output, the cost report, the callback
 * and the organization fan-out can each be switched.
 */
public record Switch(
    @Required @Doc("The parameter that decides.") String parameter,
    @Doc("On when the parameter has this value.") String equals,
    @Doc("On when the parameter has any of these values.") List<String> in) {

  public Switch {
    in = in == null ? List.of() : List.copyOf(in);
  }

  /** The values that switch on, whichever form was written. */
  public List<String> values() {
    return equals != null ? List.of(equals) : in;
  }
}
