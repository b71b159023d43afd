package dev.onramp.publish;

import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The links of a tenant file's tenants for every blueprint linked, with every problem reported at
 * once: the file's own (its CSV, ids, duplicates), its {@code blueprint} cells, its {@code param:}
 * columns, and each blueprint's refusals (regions, stack names, values), so that one run shows
 * everything to fix.
 */
public final class TenantFileLinks {
  private TenantFileLinks() {}

  /**
   * Every linked blueprint's links, by blueprint name in the order of {@code linked}.
   *
   * @param contents the tenant file, as {@link TenantFile#check} read it
   * @param linked the templates to make links for
   * @param blueprints every blueprint of the build, which a {@code blueprint} cell may name (a row
   *     naming one that is not linked in this run gives no links)
   * @throws BlueprintException with every problem, located in the tenant file
   */
  public static Map<String, List<TenantLink>> links(
      TenantFile.Contents contents, List<TenantLinks> linked, Collection<String> blueprints)
      throws BlueprintException {
    Diagnostics diagnostics = new Diagnostics();
    diagnostics.addAll(contents.problems());
    List<Tenant> tenants = contents.tenants();
    for (Tenant tenant : tenants) {
      Optional<String> blueprint = tenant.blueprint();
      if (blueprint.isPresent() && !blueprints.contains(blueprint.get())) {
        diagnostics.error(
            DiagnosticCode.TENANT_BLUEPRINT_UNKNOWN,
            tenant.at(TenantFile.BLUEPRINT),
            "'" + blueprint.get() + "' is not a blueprint of this build",
            DidYouMean.hint(blueprint.get(), blueprints)
                + " Leave the cell empty for a row that is for every blueprint.");
      }
    }
    Set<String> reported = refusedColumns(contents, linked, diagnostics);
    Map<String, List<TenantLink>> all = new LinkedHashMap<>();
    for (TenantLinks links : linked) {
      all.put(
          links.blueprint(), links.links(tenants, links.defaultStackName(), reported, diagnostics));
    }
    diagnostics.throwIfErrors(TenantFile.INPUT);
    return all;
  }

  /**
   * The {@code param:} columns refused as a whole, reported once at their header: a parameter that
   * no template of the blueprints its values are for has, or one that is the ExternalId parameter
   * of such a template. A column whose values are all for blueprints not linked in this run is not
   * checked.
   */
  private static Set<String> refusedColumns(
      TenantFile.Contents contents, List<TenantLinks> linked, Diagnostics diagnostics) {
    Set<String> refused = new HashSet<>();
    for (String parameter : contents.parameters()) {
      List<TenantLinks> served =
          linked.stream()
              .filter(
                  links ->
                      contents.tenants().stream()
                          .anyMatch(
                              tenant ->
                                  tenant.values().containsKey(parameter)
                                      && tenant.isFor(links.blueprint())))
              .toList();
      if (served.isEmpty()) {
        continue;
      }
      String column = TenantFile.parameterColumn(parameter);
      List<String> names = served.stream().map(TenantLinks::blueprint).toList();
      Optional<TenantLinks> externalId =
          served.stream()
              .filter(links -> links.externalIdParameter().equals(parameter))
              .findFirst();
      if (externalId.isPresent()) {
        diagnostics.error(
            DiagnosticCode.TENANT_PARAMETER_UNKNOWN,
            contents.columns().get(column),
            "column '"
                + column
                + "' sets the ExternalId parameter of "
                + externalId.get().blueprint()
                + "'s template",
            "delete the column: every tenant's ExternalId is derived from its id and the vendor"
                + " secret");
        refused.add(parameter);
      } else if (served.stream().noneMatch(links -> links.parameters().contains(parameter))) {
        Set<String> known = new TreeSet<>();
        served.forEach(links -> known.addAll(links.parameters()));
        served.forEach(links -> known.remove(links.externalIdParameter()));
        diagnostics.error(
            DiagnosticCode.TENANT_PARAMETER_UNKNOWN,
            contents.columns().get(column),
            "column '"
                + column
                + "' names a parameter that "
                + (names.size() == 1
                    ? "the template of " + names.get(0) + " does not have"
                    : "the templates of " + String.join(", ", names) + " do not have"),
            known.isEmpty()
                ? "delete the column: no parameter of the template can be set in a link"
                : DidYouMean.closest(parameter, known)
                    .map(name -> "did you mean '" + TenantFile.parameterColumn(name) + "'?")
                    .orElseGet(() -> "the template's parameters are " + String.join(", ", known)));
        refused.add(parameter);
      }
    }
    return refused;
  }
}
