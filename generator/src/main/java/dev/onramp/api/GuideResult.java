package dev.onramp.api;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The guides written, by blueprint name in the blueprints' order. */
public record GuideResult(Map<String, Path> guides) {
  public GuideResult {
    guides = Collections.unmodifiableMap(new LinkedHashMap<>(guides));
  }
}
