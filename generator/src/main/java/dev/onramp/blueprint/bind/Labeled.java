package dev.onramp.blueprint.bind;

/** An enum whose YAML spelling differs from its Java name (for example {@code stack-prefixed}). */
public interface Labeled {
  String label();
}
