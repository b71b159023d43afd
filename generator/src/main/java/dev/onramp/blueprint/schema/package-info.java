/**
 * The vocabulary blueprint records use to describe their YAML form: documentation, required keys,
 * patterns, ranges, labels and scalar short forms. The model records carry these annotations and
 * {@code dev.onramp.blueprint.bind} reads them to bind YAML and write the JSON Schema; being below
 * both keeps the model free of the binder.
 */
package dev.onramp.blueprint.schema;
