package dev.onramp.cdk;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The generated files of one construct: path relative to a source root ({@code
 * com/acme/onboarding/AcmePortal.java}) to content, sorted by path.
 */
public record CdkSources(Map<String, String> files) {

  public CdkSources {
    files = Collections.unmodifiableMap(new TreeMap<>(files));
  }

  public byte[] bytes(String path) {
    return files.get(path).getBytes(StandardCharsets.UTF_8);
  }
}
