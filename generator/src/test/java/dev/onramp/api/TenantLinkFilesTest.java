package dev.onramp.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Onramp#links}: one run reports the tenant file's problems for every blueprint. */
class TenantLinkFilesTest {
  private static final String BLUEPRINT =
      """
      apiVersion: onramp.dev/v1
      kind: Blueprint
      metadata:
        name: %s
        version: 1.2.0
      vendor:
        accountId: "111122223333"
        principal: account-root
      parameters:
        - name: %s
          default: read
          allowedValues: [read, write]
      roles:
        - id: VendorRole
          policySets: [read-only]
      publishing:
        bucket: acme-templates-{region}
      regions: [%s]
      """;

  @TempDir Path project;

  private Release release;

  @BeforeEach
  void blueprints() throws Exception {
    Path blueprints = Files.createDirectories(project.resolve("src/main/blueprints"));
    Files.writeString(
        blueprints.resolve("acme-portal.yaml"),
        BLUEPRINT.formatted("acme-portal", "AccessLevel", "us-east-1, eu-west-1"));
    Files.writeString(
        blueprints.resolve("acme-identity.yaml"),
        BLUEPRINT.formatted("acme-identity", "Scope", "us-east-1"));
    release =
        new Onramp()
            .release(
                new ReleaseRequest(
                    new ProjectBlueprints(
                        project,
                        blueprints,
                        List.of(),
                        VendorSettings.NONE,
                        getClass().getClassLoader()),
                    Optional.empty()));
  }

  private LinksResult links(String csv) throws Exception {
    Path tenants = Files.writeString(project.resolve("tenants.csv"), csv);
    return new Onramp()
        .links(
            new LinksRequest(
                release,
                tenants,
                project.resolve("target/cfn-links"),
                List.of(),
                VendorSecret.of("a vendor secret of at least 32 bytes!", "a test")));
  }

  @Test
  void theFilesAndEveryBlueprintsProblemsComeInOneRunAndNothingIsWritten() {
    assertThatThrownBy(
            () ->
                links(
                    "tenant,region,blueprint,param:AccessLevel,param:Scope\n"
                        + "a,eu-west-1,,,\n"
                        + "b,,acme-portl,,\n"
                        + "c,,acme-portal,admin,\n"
                        + "d,,acme-identity,,all\n"
                        + ",,,,\n"
                        + "c,us-east-1,,,\n"))
        .isInstanceOfSatisfying(
            InvalidInputException.class,
            e -> {
              assertThat(e.summary()).isEqualTo("6 errors in 1 tenant file");
              assertThat(e.messages())
                  .extracting(Message::text)
                  .anySatisfy(
                      text ->
                          assertThat(text)
                              .startsWith(
                                  "tenants.csv:2:3: error ONR605 at region: the template of"
                                      + " acme-identity is not published in eu-west-1"))
                  .anySatisfy(text -> assertThat(text).startsWith("tenants.csv:3:4: error ONR704"))
                  .anySatisfy(
                      text ->
                          assertThat(text)
                              .startsWith(
                                  "tenants.csv:4:16: error ONR706 at param:AccessLevel:"
                                      + " acme-portal: 'admin'"))
                  .anySatisfy(
                      text ->
                          assertThat(text)
                              .startsWith(
                                  "tenants.csv:5:19: error ONR706 at param:Scope: acme-identity:"
                                      + " 'all'"))
                  .anySatisfy(text -> assertThat(text).startsWith("tenants.csv:6:1: error ONR604"))
                  .anySatisfy(
                      text ->
                          assertThat(text)
                              .startsWith(
                                  "tenants.csv:7:1: error ONR604 at tenant: tenant 'c' in"
                                      + " us-east-1 for every blueprint overlaps line 4"));
            });
    assertThat(project.resolve("target/cfn-links")).doesNotExist();
  }

  @Test
  void perBlueprintRowsAndValuesGiveTheSameFilesOnEveryRun() throws Exception {
    String csv =
        "tenant,blueprint,param:AccessLevel,param:Scope\n"
            + "a,acme-portal,write,\n"
            + "a,acme-identity,,write\n"
            + "b,,,\n";
    LinksResult first = links(csv);
    Path portal = project.resolve("target/cfn-links/acme-portal/links.csv");
    Path identity = project.resolve("target/cfn-links/acme-identity/links.csv");
    byte[] portalBytes = Files.readAllBytes(portal);
    byte[] identityBytes = Files.readAllBytes(identity);

    assertThat(first.blueprints())
        .extracting(LinksResult.Written::links, LinksResult.Written::tenants)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(4, 2), org.assertj.core.groups.Tuple.tuple(2, 2));
    assertThat(Files.readAllLines(portal))
        .hasSize(5)
        .element(1)
        .asString()
        .startsWith("a,us-east-1,acme-portal,onr1-")
        .endsWith("&param_AccessLevel=write");
    assertThat(Files.readAllLines(identity))
        .hasSize(3)
        .element(1)
        .asString()
        .endsWith("&param_Scope=write");
    links(csv);
    assertThat(Files.readAllBytes(portal)).isEqualTo(portalBytes);
    assertThat(Files.readAllBytes(identity)).isEqualTo(identityBytes);
  }
}
