package dev.onramp.importer;

/**
 * One part of the blueprint language an import fills in: it takes from the original what its
 * section says exactly, writes it into the draft, and logs where each part went. Registered in
 * {@link ImportUnits#ALL}; what no unit takes becomes a raw resource.
 */
interface ImportUnit {
  void run(ImportContext context);
}
