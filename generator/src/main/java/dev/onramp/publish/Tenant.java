package dev.onramp.publish;

import dev.onramp.diagnostic.SourceLocation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One row of a tenant file: the vendor's id of the tenant, optionally the one region, the stack
 * name and the one blueprint its links are for, the template parameter values its links fill in,
 * and where each of its cells was written, for located errors.
 *
 * @param blueprint the one blueprint the row is for; empty for every blueprint linked
 * @param values template parameter values by parameter name ({@code param:<Name>} columns whose
 *     cell is not empty), in column order
 */
public record Tenant(
    String id,
    Optional<String> region,
    Optional<String> stackName,
    Optional<String> blueprint,
    Map<String, String> values,
    Map<String, SourceLocation> cells) {

  public Tenant {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(stackName, "stackName");
    Objects.requireNonNull(blueprint, "blueprint");
    values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    cells = Map.copyOf(cells);
  }

  /** A row for every blueprint, with the templates' defaults for every parameter. */
  public Tenant(
      String id,
      Optional<String> region,
      Optional<String> stackName,
      Map<String, SourceLocation> cells) {
    this(id, region, stackName, Optional.empty(), Map.of(), cells);
  }

  /** A tenant given in code rather than read from a file. */
  public static Tenant of(String id) {
    return new Tenant(id, Optional.empty(), Optional.empty(), Map.of());
  }

  /** Whether the row gives links for {@code blueprintName}: it names it, or no blueprint. */
  public boolean isFor(String blueprintName) {
    return blueprint.isEmpty() || blueprint.get().equals(blueprintName);
  }

  /** Where a column of this tenant's row was written; the row's start if the cell is absent. */
  public SourceLocation at(String column) {
    SourceLocation cell = cells.get(column);
    return cell != null ? cell : cells.getOrDefault(TenantFile.TENANT, SourceLocation.ofFile(""));
  }
}
