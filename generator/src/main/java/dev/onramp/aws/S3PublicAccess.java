package dev.onramp.aws;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * S3's four public access block settings, every one of which a bucket that holds a customer's data
 * turns on: the one place the generator, the checks and an import's hardening read them from.
 */
public final class S3PublicAccess {
  /** The settings of {@code PublicAccessBlockConfiguration}, in the order templates write them. */
  public static final List<String> BLOCK_SETTINGS =
      List.of("BlockPublicAcls", "BlockPublicPolicy", "IgnorePublicAcls", "RestrictPublicBuckets");

  private S3PublicAccess() {}

  /** {@code PublicAccessBlockConfiguration} with every setting on. */
  public static Map<String, Object> blockAll() {
    Map<String, Object> block = new LinkedHashMap<>();
    BLOCK_SETTINGS.forEach(setting -> block.put(setting, true));
    return block;
  }
}
