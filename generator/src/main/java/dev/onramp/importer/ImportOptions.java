package dev.onramp.importer;

/**
 * How an import treats the original where Onramp's secure defaults differ from it.
 *
 * @param harden whether Onramp's secure defaults replace weaker settings of the original
 *     (partition-aware ARNs, hardened cost-report bucket, TLS-only bucket policy, ExternalId
 *     pattern, narrowed principal), each then shown as a reviewed difference
 */
public record ImportOptions(boolean harden) {}
