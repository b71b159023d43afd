package dev.onramp.publish;

import dev.onramp.diagnostic.SourceLocation;
import java.util.Map;
import java.util.Optional;

/**
 * One row of a tenant file: the vendor's id of the tenant, optionally the one region and the stack
 * name its link is for, and where each of its cells was written, for located errors.
 */
public record Tenant(
    String id,
    Optional<String> region,
    Optional<String> stackName,
    Map<String, SourceLocation> cells) {

  public Tenant {
    cells = Map.copyOf(cells);
  }

  /** A tenant given in code rather than read from a file. */
  public static Tenant of(String id) {
    return new Tenant(id, Optional.empty(), Optional.empty(), Map.of());
  }

  /** Where a column of this tenant's row was written; the row's start if the cell is absent. */
  public SourceLocation at(String column) {
    SourceLocation cell = cells.get(column);
    return cell != null ? cell : cells.getOrDefault(TenantFile.TENANT, SourceLocation.ofFile(""));
  }
}
