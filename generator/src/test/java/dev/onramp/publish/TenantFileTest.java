package dev.onramp.publish;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.diagnostic.BlueprintException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TenantFileTest {

  @Test
  void readsTenantsWithOptionalRegionAndStackNameInFileOrder() throws BlueprintException {
    List<Tenant> tenants =
        TenantFile.read(
            "tenants.csv",
            "\uFEFFtenant,region,stackName\r\n"
                + "acme-7,,\r\n"
                + "\"globex, inc\",eu-west-1,GlobexOnboarding\r\n"
                + "\"say \"\"hi\"\"\",us-east-1,\n"
                + "\n");

    assertThat(tenants)
        .extracting(Tenant::id, Tenant::region, Tenant::stackName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("acme-7", Optional.empty(), Optional.empty()),
            org.assertj.core.groups.Tuple.tuple(
                "globex, inc", Optional.of("eu-west-1"), Optional.of("GlobexOnboarding")),
            org.assertj.core.groups.Tuple.tuple(
                "say \"hi\"", Optional.of("us-east-1"), Optional.empty()));
    assertThat(tenants.get(1).at(TenantFile.STACK_NAME).position()).isEqualTo("tenants.csv:3:25");
  }

  @Test
  void theTenantColumnAloneIsEnough() throws BlueprintException {
    assertThat(TenantFile.read("t.csv", "tenant\na\nb\n"))
        .extracting(Tenant::id)
        .containsExactly("a", "b");
  }

  @Test
  void anUnknownColumnIsLocatedWithASuggestion() {
    assertThatThrownBy(() -> TenantFile.read("tenants.csv", "tenant,regoin\nacme,us-east-1\n"))
        .isInstanceOf(BlueprintException.class)
        .hasMessageContaining(
            "tenants.csv:1:8: error ONR604: unknown column 'regoin'\n  fix: did you mean 'region'?");
  }

  @Test
  void aMissingTenantColumnIsAnError() {
    assertThatThrownBy(() -> TenantFile.read("tenants.csv", "region\nus-east-1\n"))
        .hasMessageContaining(
            "tenants.csv:1:1: error ONR604: the header row has no 'tenant' column");
  }

  @Test
  void aRowWithTheWrongNumberOfFieldsIsLocated() {
    assertThatThrownBy(
            () -> TenantFile.read("tenants.csv", "tenant,region\nacme,us-east-1\nglobex,eu,x\n"))
        .hasMessageContaining("tenants.csv:3:11: error ONR604: the row has 3 fields, the header 2")
        .hasMessageContaining("quote a value that has a comma");
  }

  @Test
  void everyProblemIsReportedAtOnce() {
    assertThatThrownBy(
            () ->
                TenantFile.read(
                    "tenants.csv", "tenant,region\n,us-east-1\n acme,us-east-1\nb,x\nb,x\n"))
        .hasMessageStartingWith("3 errors in the tenant file; nothing was written")
        .hasMessageContaining("tenants.csv:2:1: error ONR604 at tenant: the tenant id is empty")
        .hasMessageContaining("tenants.csv:3:1: error ONR604 at tenant: the tenant id ' acme'")
        .hasMessageContaining(
            "tenants.csv:5:1: error ONR604 at tenant: tenant 'b' in x is already on line 4");
  }

  @Test
  void brokenQuotingIsLocated() {
    assertThatThrownBy(() -> TenantFile.read("t.csv", "tenant\n\"open\n"))
        .hasMessageContaining("t.csv:2:1: error ONR604: the quoted field is never closed");
    assertThatThrownBy(() -> TenantFile.read("t.csv", "tenant\nab\"c\n"))
        .hasMessageContaining("t.csv:2:3: error ONR604: a double quote inside an unquoted field");
  }

  @Test
  void anEmptyFileOrOneWithoutTenantsIsAnError() {
    assertThatThrownBy(() -> TenantFile.read("t.csv", ""))
        .hasMessageContaining("t.csv:1:1: error ONR604: the tenant file is empty");
    assertThatThrownBy(() -> TenantFile.read("t.csv", "tenant\r\n"))
        .hasMessageContaining("error ONR604: the tenant file has a header but no tenants");
  }

  @Test
  void badQuotingInOneRowDoesNotHideTheProblemsOfTheOthers() {
    assertThatThrownBy(
            () ->
                TenantFile.read(
                    "t.csv", "tenant,region\nab\"c,x\n\"q\"z,y\n,us-east-1\nok,\"open\n"))
        .hasMessageStartingWith("4 errors in the tenant file")
        .hasMessageContaining("t.csv:2:3: error ONR604: a double quote inside an unquoted field")
        .hasMessageContaining("t.csv:3:4: error ONR604: text after a quoted field")
        .hasMessageContaining("t.csv:4:1: error ONR604 at tenant: the tenant id is empty")
        .hasMessageContaining("t.csv:5:4: error ONR604: the quoted field is never closed");
  }

  @Test
  void anUnknownColumnDoesNotHideTheProblemsOfTheRows() {
    assertThatThrownBy(() -> TenantFile.read("t.csv", "tenant,regoin\n,x\nb,x,y\n"))
        .hasMessageStartingWith("3 errors in the tenant file")
        .hasMessageContaining("t.csv:1:8: error ONR604: unknown column 'regoin'")
        .hasMessageContaining("t.csv:2:1: error ONR604 at tenant: the tenant id is empty")
        .hasMessageContaining("t.csv:3:5: error ONR604: the row has 3 fields, the header 2");
  }

  @Test
  void aRowWithoutRegionOverlapsARowOfTheSameTenantNamingOne() {
    assertThatThrownBy(
            () ->
                TenantFile.read(
                    "t.csv",
                    "tenant,region\na,\na,us-east-1\nb,eu-west-1\nb,\nc,us-east-1\nc,eu-west-1\n"))
        .hasMessageStartingWith("2 errors in the tenant file")
        .hasMessageContaining(
            "t.csv:3:1: error ONR604 at tenant: tenant 'a' in us-east-1 for every blueprint overlaps"
                + " line 2, which gives it links in every region for every blueprint\n"
                + "  fix: list each tenant once per blueprint and region")
        .hasMessageContaining(
            "t.csv:5:1: error ONR604 at tenant: tenant 'b' in every region for every blueprint"
                + " overlaps line 4, which gives it links in eu-west-1 for every blueprint");
  }

  @Test
  void rowsOfOneTenantForDifferentBlueprintsAreNotDuplicates() throws BlueprintException {
    assertThat(
            TenantFile.read(
                "t.csv",
                "tenant,region,blueprint\na,us-east-1,acme-portal\na,us-east-1,acme-identity\n"))
        .extracting(Tenant::blueprint)
        .containsExactly(Optional.of("acme-portal"), Optional.of("acme-identity"));
    assertThatThrownBy(
            () ->
                TenantFile.read(
                    "t.csv",
                    "tenant,region,blueprint\na,,acme-portal\na,us-east-1,\n"
                        + "a,us-east-1,acme-portal\n"))
        .hasMessageStartingWith("2 errors in the tenant file")
        .hasMessageContaining(
            "t.csv:3:1: error ONR604 at tenant: tenant 'a' in us-east-1 for every blueprint"
                + " overlaps line 2, which gives it links in every region for acme-portal")
        .hasMessageContaining(
            "t.csv:4:1: error ONR604 at tenant: tenant 'a' in us-east-1 for acme-portal overlaps"
                + " line 2");
  }

  @Test
  void parameterColumnsGiveTheTenantsValuesAndAnEmptyCellKeepsTheDefault()
      throws BlueprintException {
    List<Tenant> tenants =
        TenantFile.read(
            "t.csv",
            "tenant,param:AccessLevel,param:Regions\na,write,\"us-east-1,eu-west-1\"\nb,,\n");

    assertThat(tenants.get(0).values())
        .containsExactly(
            java.util.Map.entry("AccessLevel", "write"),
            java.util.Map.entry("Regions", "us-east-1,eu-west-1"));
    assertThat(tenants.get(1).values()).isEmpty();
    assertThat(tenants.get(0).at("param:Regions").position()).isEqualTo("t.csv:2:9");
  }

  @Test
  void aParameterColumnMustNameAParameter() {
    assertThatThrownBy(() -> TenantFile.read("t.csv", "tenant,param:,param:a-b\na,,\n"))
        .hasMessageContaining("t.csv:1:8: error ONR604: column 'param:' does not name a template")
        .hasMessageContaining("t.csv:1:15: error ONR604: column 'param:a-b' does not name");
    assertThatThrownBy(() -> TenantFile.read("t.csv", "tenant,parm:AccessLevel\na,x\n"))
        .hasMessageContaining(
            "unknown column 'parm:AccessLevel'\n" + "  fix: did you mean 'param:AccessLevel'?");
  }
}
