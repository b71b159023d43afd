package dev.onramp.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.onramp.aws.Partition;
import dev.onramp.blueprint.model.ExternalIdSpec;
import dev.onramp.template.Template;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuickCreateLinkTest {
  private static final Template TEMPLATE = template();

  private static Template template() {
    Map<String, Template.Parameter> parameters = new LinkedHashMap<>();
    parameters.put(
        "ExternalId",
        new Template.Parameter(
            "String",
            "Provided by the vendor",
            null,
            null,
            ExternalIdSpec.ALLOWED_PATTERN,
            null,
            false,
            null,
            null));
    parameters.put(
        "Environment",
        new Template.Parameter(
            "String", null, "prod", List.of("prod", "dev"), null, null, false, null, null));
    parameters.put(
        "Label", new Template.Parameter("String", null, "", null, null, null, false, null, 20));
    parameters.put(
        "ApiKey", new Template.Parameter("String", null, null, null, null, null, true, null, null));
    return new Template("test", Map.of(), parameters, Map.of(), Map.of(), Map.of(), Map.of());
  }

  /** Given in another order than the template's, to show the template's order wins. */
  private static Map<String, String> values() {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("Label", "Zürich & Co/1");
    values.put("Environment", "dev");
    values.put("ExternalId", "onr1-abc_def");
    return values;
  }

  @Test
  void commercialPartition() {
    QuickCreateLink links =
        QuickCreateLink.of(
            TEMPLATE,
            "us-east-1",
            "https://acme-onboarding.s3.us-east-1.amazonaws.com/v1/onboarding.yaml");
    assertThat(links.partition()).isEqualTo(Partition.AWS);
    assertThat(links.url("Acme-Onboarding", values()))
        .isEqualTo(
            "https://us-east-1.console.aws.amazon.com/cloudformation/home?region=us-east-1"
                + "#/stacks/quickcreate"
                + "?templateURL=https%3A%2F%2Facme-onboarding.s3.us-east-1.amazonaws.com"
                + "%2Fv1%2Fonboarding.yaml"
                + "&stackName=Acme-Onboarding"
                + "&param_ExternalId=onr1-abc_def"
                + "&param_Environment=dev"
                + "&param_Label=Z%C3%BCrich%20%26%20Co%2F1");
  }

  @Test
  void govCloudPartition() {
    QuickCreateLink links =
        QuickCreateLink.of(
            TEMPLATE,
            "us-gov-west-1",
            "https://acme-gov.s3.us-gov-west-1.amazonaws.com/onboarding.yaml?versionId=a+b~c");
    assertThat(links.partition()).isEqualTo(Partition.AWS_US_GOV);
    assertThat(links.url("Acme", Map.of("ExternalId", "t:1@x.y=z,w+v")))
        .isEqualTo(
            "https://us-gov-west-1.console.amazonaws-us-gov.com/cloudformation/home"
                + "?region=us-gov-west-1#/stacks/quickcreate"
                + "?templateURL=https%3A%2F%2Facme-gov.s3.us-gov-west-1.amazonaws.com"
                + "%2Fonboarding.yaml%3FversionId%3Da%2Bb~c"
                + "&stackName=Acme"
                + "&param_ExternalId=t%3A1%40x.y%3Dz%2Cw%2Bv");
  }

  @Test
  void chinaPartition() {
    QuickCreateLink links =
        QuickCreateLink.of(
            TEMPLATE,
            "cn-north-1",
            "https://acme-cn.s3.cn-north-1.amazonaws.com.cn/onboarding.yaml");
    assertThat(links.partition()).isEqualTo(Partition.AWS_CN);
    assertThat(links.url("a", Map.of()))
        .isEqualTo(
            "https://cn-north-1.console.amazonaws.cn/cloudformation/home?region=cn-north-1"
                + "#/stacks/quickcreate"
                + "?templateURL=https%3A%2F%2Facme-cn.s3.cn-north-1.amazonaws.com.cn"
                + "%2Fonboarding.yaml"
                + "&stackName=a");
  }

  @Test
  void pathStyleAndLegacyS3HostsAreAccepted() {
    for (String url :
        List.of(
            "https://s3.amazonaws.com/acme/t.yaml",
            "https://s3-eu-west-1.amazonaws.com/acme/t.yaml",
            "https://acme.s3.amazonaws.com/t.yaml",
            "https://acme.s3.dualstack.eu-west-1.amazonaws.com/t.yaml")) {
      assertThat(QuickCreateLink.of(TEMPLATE, "eu-west-1", url).templateUrl()).isEqualTo(url);
    }
  }

  private static QuickCreateLink commercial() {
    return QuickCreateLink.of(TEMPLATE, "us-east-1", "https://acme.s3.amazonaws.com/t.yaml");
  }

  @Test
  void noEchoParameterIsRefused() {
    assertThatThrownBy(() -> commercial().url("Acme", Map.of("ApiKey", "s3cr3t")))
        .isInstanceOf(LinkException.class)
        .hasMessageContaining("parameter 'ApiKey' is NoEcho and must not be in a link")
        .hasMessageNotContaining("s3cr3t");
  }

  @Test
  void unknownParameterIsRefusedWithASuggestion() {
    assertThatThrownBy(() -> commercial().url("Acme", Map.of("ExternalID", "x")))
        .isInstanceOf(LinkException.class)
        .hasMessage("the template has no parameter 'ExternalID': did you mean 'ExternalId'?")
        .extracting(e -> ((LinkException) e).hint())
        .isEqualTo("did you mean 'ExternalId'?");
  }

  @Test
  void valuesAreCheckedAgainstTheParameter() {
    assertThatThrownBy(() -> commercial().url("Acme", Map.of("Environment", "test")))
        .hasMessage(
            "'test' is not an allowed value of parameter 'Environment': use one of: prod, dev");
    assertThatThrownBy(() -> commercial().url("Acme", Map.of("ExternalId", "has space")))
        .hasMessageContaining("does not match the AllowedPattern of parameter 'ExternalId'");
    assertThatThrownBy(() -> commercial().url("Acme", Map.of("Label", "x".repeat(21))))
        .hasMessage("the value of parameter 'Label' is 21 characters long: MaxLength is 20");
  }

  @Test
  void badStackNamesAreRefused() {
    for (String name : List.of("", "1acme", "acme_corp", "acme corp", "-acme", "a".repeat(129))) {
      assertThatThrownBy(() -> commercial().url(name, Map.of()))
          .isInstanceOf(LinkException.class)
          .hasMessageContaining("is not a valid stack name")
          .hasMessageContaining("letters, digits and hyphens, and starts with a letter");
    }
    assertThat(commercial().url("a".repeat(128), Map.of()))
        .endsWith("&stackName=" + "a".repeat(128));
  }

  @Test
  void templateUrlLongerThan1024CharactersIsRefused() {
    String base = "https://acme.s3.us-east-1.amazonaws.com/t.yaml?X-Amz-Security-Token=";
    String presigned = base + "A".repeat(1025 - base.length());
    assertThat(presigned).hasSize(1025);
    assertThatThrownBy(() -> QuickCreateLink.of(TEMPLATE, "us-east-1", presigned))
        .isInstanceOf(LinkException.class)
        .hasMessageContaining(
            "the template URL is 1,025 characters long, CloudFormation accepts at most 1,024")
        .hasMessageContaining("presigned with session credentials (X-Amz-Security-Token)");
    String exactly = base + "A".repeat(1024 - base.length());
    assertThat(QuickCreateLink.of(TEMPLATE, "us-east-1", exactly).templateUrl()).hasSize(1024);
  }

  @Test
  void httpAndNonS3TemplateUrlsAreRefused() {
    assertThatThrownBy(
            () -> QuickCreateLink.of(TEMPLATE, "us-east-1", "http://acme.s3.amazonaws.com/t.yaml"))
        .isInstanceOf(LinkException.class)
        .hasMessageContaining("is not https");
    assertThatThrownBy(
            () -> QuickCreateLink.of(TEMPLATE, "us-east-1", "https://example.com/t.yaml"))
        .hasMessageContaining("host 'example.com' is not an S3 endpoint");
    assertThatThrownBy(
            () ->
                QuickCreateLink.of(
                    TEMPLATE, "cn-north-1", "https://acme.s3.us-east-1.amazonaws.com/t.yaml"))
        .hasMessageContaining("in another partition than the stack (aws-cn)");
    assertThatThrownBy(() -> QuickCreateLink.of(TEMPLATE, "mars-1", "https://s3.amazonaws.com/a"))
        .hasMessageContaining("'mars-1' is not a region code");
  }

  @Test
  void percentEncodingKeepsOnlyUnreservedCharacters() {
    assertThat(PercentEncoding.encode("AZaz09-._~")).isEqualTo("AZaz09-._~");
    assertThat(PercentEncoding.encode(" !*'();:@&=+$,/?#[]%"))
        .isEqualTo("%20%21%2A%27%28%29%3B%3A%40%26%3D%2B%24%2C%2F%3F%23%5B%5D%25");
    assertThat(PercentEncoding.encode("é€😀")).isEqualTo("%C3%A9%E2%82%AC%F0%9F%98%80");
  }
}
