package dev.onramp.api;

import java.nio.file.Path;
import java.util.List;

/** The inventories written, in blueprint name order. */
public record ReportResult(List<Inventory> inventories) {

  public ReportResult {
    inventories = List.copyOf(inventories);
  }

  /**
   * One blueprint's inventory.
   *
   * @param summary {@code 2 roles, 412 actions allowed (List 120, Read 280, Write 12)}
   * @param markdown the {@code permissions.md} written
   */
  public record Inventory(String blueprint, String summary, Path markdown) {}
}
