package dev.onramp.publish;

/**
 * Turns the URL of a published template into one that works without the bucket being readable: a
 * presigned GET (SigV4, valid for a limited time). Implementations are thread-safe.
 */
@FunctionalInterface
public interface TemplateSigner {
  /** A presigned https URL that fetches exactly {@code object}'s bytes until it expires. */
  String presign(StoredObject object);
}
