package dev.onramp.blueprint.schema;

import java.util.Locale;

/**
 * An enum whose YAML spelling differs from its Java name. By default the spelling is the name in
 * lower case with hyphens ({@code STACK_PREFIXED} is {@code stack-prefixed}); enums spelt as AWS
 * spells them ({@code Allow}, {@code HOURLY}) override {@link #label()}.
 */
public interface Labeled {
  default String label() {
    return ((Enum<?>) this).name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
