package dev.onramp.receiver;

import dev.onramp.link.Secret;
import dev.onramp.link.TenantExternalIds;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Checks a registration's ExternalId against the vendor secret: the ExternalId of tenant {@code t}
 * is {@code onr1-} + hex HMAC-SHA256(secret, t) ({@link TenantExternalIds}, the scheme of {@code
 * cfn:links}). The request names no tenant, so the receiver finds the candidate one of two ways
 * (docs/receiver.md, "Which tenant"):
 *
 * <ul>
 *   <li>{@link #verify(String, String)}: the caller has a candidate tenant id, such as a {@code
 *       Tenant} property of the vendor's own schema filled from a link parameter;
 *   <li>{@link #identify(String)}: the tenant is looked up among the tenants links were issued to
 *       ({@link #issued(Iterable)}), then verified the same way.
 * </ul>
 *
 * Both end in the constant-time comparison of {@link TenantExternalIds#verify}. Thread-safe.
 */
public final class ExternalIdCheck {
  /** The form of every ExternalId of the scheme: the prefix and 64 lower-case hex digits. */
  private static final Pattern FORM =
      Pattern.compile(Pattern.quote(TenantExternalIds.PREFIX) + "[0-9a-f]{64}");

  private final TenantExternalIds ids;

  /**
   * Issued tenants by the SHA-256 of their ExternalId: a map keyed by a hash the sender cannot
   * steer, so crafted ExternalIds cannot collide in it.
   */
  private final Map<String, String> issued;

  private ExternalIdCheck(TenantExternalIds ids, Map<String, String> issued) {
    this.ids = ids;
    this.issued = issued;
  }

  /** A check with this vendor secret and no issued tenants (only {@link #verify}). */
  public static ExternalIdCheck of(Secret secret) {
    return new ExternalIdCheck(new TenantExternalIds(secret), Map.of());
  }

  /** The same check, able to {@link #identify} these tenants (those links were issued to). */
  public ExternalIdCheck issued(Iterable<String> tenantIds) {
    Map<String, String> index = new HashMap<>(issued);
    for (String tenant : tenantIds) {
      String previous = index.put(digest(ids.externalId(tenant)), tenant);
      if (previous != null && !previous.equals(tenant)) {
        throw new IllegalStateException("two tenants with one ExternalId: a SHA-256 collision");
      }
    }
    return new ExternalIdCheck(ids, Map.copyOf(index));
  }

  /** Whether {@code externalId} is the one issued to {@code tenantId}; constant time. */
  public boolean verify(String tenantId, String externalId) {
    if (tenantId == null || tenantId.isEmpty() || externalId == null) {
      return false;
    }
    return ids.verify(tenantId, externalId);
  }

  /** The issued tenant whose ExternalId this is, verified; empty if none. */
  public Optional<String> identify(String externalId) {
    if (externalId == null || !FORM.matcher(externalId).matches()) {
      return Optional.empty();
    }
    String tenant = issued.get(digest(externalId));
    return tenant != null && verify(tenant, externalId) ? Optional.of(tenant) : Optional.empty();
  }

  /**
   * The tenant of the request: the candidate if given (verified against it), otherwise the issued
   * tenant of the ExternalId; refused with {@link ReceiverException.Kind#EXTERNAL_ID_MISMATCH}.
   */
  public String tenantOf(RegistrationRequest request, Optional<String> candidateTenant) {
    String externalId =
        request
            .properties()
            .externalId()
            .orElseThrow(
                () ->
                    new ReceiverException(
                        ReceiverException.Kind.EXTERNAL_ID_MISMATCH,
                        "the registration carries no ExternalId"));
    if (candidateTenant.isPresent()) {
      if (verify(candidateTenant.get(), externalId)) {
        return candidateTenant.get();
      }
      throw new ReceiverException(
          ReceiverException.Kind.EXTERNAL_ID_MISMATCH,
          "ExternalId unknown: it is not the one issued to the tenant; open the onboarding link"
              + " again");
    }
    return identify(externalId)
        .orElseThrow(
            () ->
                new ReceiverException(
                    ReceiverException.Kind.EXTERNAL_ID_MISMATCH,
                    "ExternalId unknown: open the onboarding link again"));
  }

  @Override
  public String toString() {
    return "ExternalIdCheck[" + ids + ", " + issued.size() + " issued tenants]";
  }

  private static String digest(String externalId) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(externalId.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every Java platform", e);
    }
  }
}
