package dev.onramp.api;

/** {@link Onramp#importTemplate}: being built on the lead's branch; replaced before it lands. */
final class TemplateImports {
  private TemplateImports() {}

  static ImportResult run(ImportRequest request) throws OnrampException {
    throw new UnsupportedOperationException("the importer lands with the lead's next merge");
  }
}
