package dev.onramp.importer;

import java.util.Map;

/**
 * The names of the original a draft generates under other names, for the proof to compare like with
 * like: resource logical ids (a StackSet is {@code MemberStackSet}, a callback {@code
 * VendorRegistration}); for a StackSet member, also the parameters renamed to the parent's the
 * StackSet passes to them, and the conditions the draft says as switches, under the switch
 * condition's name (the review resolves a member template's conditions by name only).
 */
public record ImportRenames(
    Map<String, String> resources, Map<String, String> parameters, Map<String, String> conditions) {
  public static final ImportRenames NONE = new ImportRenames(Map.of(), Map.of(), Map.of());

  public ImportRenames {
    resources = Map.copyOf(resources);
    parameters = Map.copyOf(parameters);
    conditions = Map.copyOf(conditions);
  }

  boolean isEmpty() {
    return resources.isEmpty() && parameters.isEmpty() && conditions.isEmpty();
  }
}
