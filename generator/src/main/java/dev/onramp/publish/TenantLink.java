package dev.onramp.publish;

/** A tenant's quick-create link for one region, with the ExternalId the link fills in. */
public record TenantLink(
    String tenant, String region, String stackName, String externalId, String url) {}
