package dev.onramp.publish;

import dev.onramp.blueprint.bind.DidYouMean;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.diagnostic.DiagnosticCode;
import dev.onramp.diagnostic.Diagnostics;
import dev.onramp.diagnostic.SourceLocation;
import dev.onramp.link.LinkException;
import dev.onramp.link.QuickCreateLink;
import dev.onramp.link.TenantExternalIds;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Tenant links for one published template, the API a vendor's web app calls on a page view: for a
 * tenant and a region, the console quick-create link with the template's URL in that region, the
 * stack name and the tenant's ExternalId filled in. With a {@link TemplateSigner} each link gets a
 * freshly presigned template URL, so the bucket need not be readable by everyone.
 *
 * <p>Everything that can be checked once is checked when the object is made (the template URL of
 * each region, the parameters' patterns); a link then costs an HMAC and some string building.
 * Immutable and thread-safe.
 */
public final class TenantLinks {
  private final LinkedTemplate template;
  private final TenantExternalIds externalIds;
  private final Optional<TemplateSigner> signer;
  private final Map<String, QuickCreateLink> byRegion;

  private TenantLinks(
      LinkedTemplate template,
      TenantExternalIds externalIds,
      Optional<TemplateSigner> signer,
      Map<String, QuickCreateLink> byRegion) {
    this.template = template;
    this.externalIds = externalIds;
    this.signer = signer;
    this.byRegion = byRegion;
  }

  /**
   * Links for a published template.
   *
   * @param signer presigns the template URL of every link; empty for plain URLs
   * @throws LinkException if a region's template URL cannot be used in a link
   */
  public static TenantLinks of(
      PublishedTemplate template, TenantExternalIds externalIds, Optional<TemplateSigner> signer) {
    return of(LinkedTemplate.of(template), externalIds, signer);
  }

  /**
   * Links for a template of this build's release or of an older one.
   *
   * @param signer presigns the template URL of every link; empty for plain URLs
   * @throws LinkException if a region's template URL cannot be used in a link
   */
  public static TenantLinks of(
      LinkedTemplate template, TenantExternalIds externalIds, Optional<TemplateSigner> signer) {
    Objects.requireNonNull(externalIds, "externalIds");
    Map<String, QuickCreateLink> byRegion = new LinkedHashMap<>();
    template
        .byRegion()
        .forEach(
            (region, object) ->
                byRegion.put(
                    region, QuickCreateLink.of(template.template(), region, object.url())));
    return new TenantLinks(template, externalIds, signer, Map.copyOf(byRegion));
  }

  /** The regions links can be made for, in the blueprint's order. */
  public List<String> regions() {
    return List.copyOf(template.byRegion().keySet());
  }

  /** The blueprint name, which is also the stack name when a tenant has none. */
  public String blueprint() {
    return template.name();
  }

  /**
   * The link of one tenant in one region.
   *
   * @param values other parameter values to fill in, by parameter name
   * @throws LinkException if the region is not published, or the stack name or a value is refused
   */
  public TenantLink link(
      String tenantId, String region, String stackName, Map<String, String> values) {
    QuickCreateLink link = byRegion.get(region);
    if (link == null) {
      throw new LinkException(
          "the template of " + template.name() + " is not published in " + region,
          "use one of " + String.join(", ", regions()) + ", or add the region to the blueprint");
    }
    if (signer.isPresent()) {
      link = link.withTemplateUrl(signer.get().presign(template.byRegion().get(region)));
    }
    Map<String, String> all = new HashMap<>(values);
    if (template.externalIdParameter().isEmpty()) {
      // The stack derives its ExternalId (or needs none): the link carries none.
      return new TenantLink(tenantId, region, stackName, "", link.url(stackName, all));
    }
    String externalId = externalIds.externalId(tenantId);
    if (all.putIfAbsent(template.externalIdParameter(), externalId) != null) {
      throw new LinkException(
          "the values set the ExternalId parameter '" + template.externalIdParameter() + "'",
          "leave it out: every tenant's ExternalId is derived from its id");
    }
    return new TenantLink(tenantId, region, stackName, externalId, link.url(stackName, all));
  }

  /** The link of one tenant in one region, with the template's defaults for other parameters. */
  public TenantLink link(String tenantId, String region, String stackName) {
    return link(tenantId, region, stackName, Map.of());
  }

  /** The stack name of a tenant that names none. */
  public String defaultStackName() {
    return template.stackName();
  }

  /** The template's parameter names, in its order. */
  public Set<String> parameters() {
    return template.template().parameters().keySet();
  }

  /** The parameter each link fills with the tenant's ExternalId; empty when there is none. */
  public String externalIdParameter() {
    return template.externalIdParameter();
  }

  /**
   * Links for tenants read from a tenant file: one per tenant in its region, or in every region
   * when it names none; the tenant's stack name, or {@code defaultStackName}; the tenant's
   * parameter values. A tenant whose row names another blueprint gets none.
   *
   * @throws BlueprintException with every refused tenant, located in the tenant file
   */
  public List<TenantLink> links(List<Tenant> tenants, String defaultStackName)
      throws BlueprintException {
    Diagnostics diagnostics = new Diagnostics();
    List<TenantLink> links = links(tenants, defaultStackName, Set.of(), diagnostics);
    diagnostics.throwIfErrors(TenantFile.INPUT);
    return links;
  }

  /**
   * As {@link #links(List, String)}, adding every refused tenant to {@code diagnostics} instead of
   * throwing; the links of the tenants that were not refused.
   *
   * @param reported parameters whose column was refused as a whole (and reported): their values are
   *     left out
   */
  List<TenantLink> links(
      List<Tenant> tenants,
      String defaultStackName,
      Set<String> reported,
      Diagnostics diagnostics) {
    List<TenantLink> links = new ArrayList<>(tenants.size() * byRegion.size());
    Optional<QuickCreateLink> any = byRegion.values().stream().findFirst();
    for (Tenant tenant : tenants) {
      if (!tenant.isFor(blueprint())) {
        continue;
      }
      Map<String, String> values = new LinkedHashMap<>();
      boolean refused = false;
      for (Map.Entry<String, String> value : tenant.values().entrySet()) {
        String name = value.getKey();
        if (!reported.contains(name) && any.isPresent()) {
          refused |= !checkValue(tenant, name, value.getValue(), any.get(), diagnostics);
          values.put(name, value.getValue());
        }
      }
      if (refused) {
        continue;
      }
      List<String> regions = tenant.region().map(List::of).orElseGet(this::regions);
      String stackName = tenant.stackName().orElse(defaultStackName);
      for (String region : regions) {
        try {
          links.add(link(tenant.id(), region, stackName, values));
        } catch (LinkException e) {
          String column =
              !byRegion.containsKey(region)
                  ? TenantFile.REGION
                  : tenant.stackName().isPresent() ? TenantFile.STACK_NAME : TenantFile.TENANT;
          diagnostics.error(DiagnosticCode.LINK_REFUSED, tenant.at(column), e.problem(), e.hint());
          break;
        }
      }
    }
    return List.copyOf(links);
  }

  /** Whether the template takes a tenant's value; if not, the refusal located at its cell. */
  private boolean checkValue(
      Tenant tenant, String name, String value, QuickCreateLink link, Diagnostics diagnostics) {
    SourceLocation at = tenant.at(TenantFile.parameterColumn(name));
    if (name.equals(template.externalIdParameter())) {
      diagnostics.error(
          DiagnosticCode.TENANT_PARAMETER_UNKNOWN,
          at,
          "'" + name + "' is the ExternalId parameter of " + blueprint() + "'s template",
          "leave the cell empty: every tenant's ExternalId is derived from its id");
      return false;
    }
    if (!parameters().contains(name)) {
      diagnostics.error(
          DiagnosticCode.TENANT_PARAMETER_UNKNOWN,
          at,
          "the template of " + blueprint() + " has no parameter '" + name + "'",
          tenant.blueprint().isPresent()
              ? "leave the cell empty for " + blueprint() + parameterHint(name)
              : "the row is for every blueprint linked; name the blueprint whose template has"
                  + " the parameter in a 'blueprint' column, with a row per blueprint");
      return false;
    }
    try {
      link.checkValue(name, value);
      return true;
    } catch (LinkException e) {
      diagnostics.error(
          DiagnosticCode.TENANT_PARAMETER_REFUSED, at, blueprint() + ": " + e.problem(), e.hint());
      return false;
    }
  }

  /** {@code ; did you mean 'param:X'?}, or the parameters a link can fill in. */
  private String parameterHint(String name) {
    Set<String> settable = new java.util.TreeSet<>(parameters());
    settable.remove(template.externalIdParameter());
    if (settable.isEmpty()) {
      return "; its template has no parameter a link can fill in";
    }
    return DidYouMean.closest(name, settable)
        .map(closest -> "; did you mean '" + TenantFile.parameterColumn(closest) + "'?")
        .orElseGet(() -> "; its template's parameters are " + String.join(", ", settable));
  }
}
