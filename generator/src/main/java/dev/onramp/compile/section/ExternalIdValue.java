package dev.onramp.compile.section;

import dev.onramp.blueprint.model.Blueprint;
import dev.onramp.blueprint.model.ExternalIdSpec;
import dev.onramp.template.Fn;
import java.util.List;

/**
 * The customer's ExternalId as a template value, for every section that tests or sends it: the
 * parameter the vendor's link fills in, or, for {@code externalId.source: stack-id}, the vendor's
 * prefix followed by the UUID of the stack's id ({@code
 * arn:aws:cloudformation:<region>:<account>:stack/<name>/<uuid>}), which no other stack shares.
 */
public final class ExternalIdValue {
  private ExternalIdValue() {}

  public static Object of(Blueprint blueprint) {
    ExternalIdSpec spec = blueprint.externalId();
    if (!spec.derivedFromStack()) {
      return Fn.ref(spec.parameter());
    }
    Object uuid = new Fn.Select(2, new Fn.Split("/", Fn.ref("AWS::StackId")));
    return spec.prefix() == null ? uuid : new Fn.Join("", List.of(spec.prefix(), uuid));
  }
}
