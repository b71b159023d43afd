package dev.onramp.publish.s3;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.Generator;
import dev.onramp.publish.PublicationPlan;
import dev.onramp.publish.StoredObject;
import dev.onramp.template.ContentHash;
import dev.onramp.template.TemplateIdentity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a callback's receiver does with {@code TemplateSha256}, against what S3 serves: the object's
 * SHA-256 is the manifest's, and the object carries the identity the callback sends.
 */
class TemplateIdentityS3Test {
  private static LocalS3 s3;

  @BeforeAll
  static void start() throws Exception {
    s3 = LocalS3.start();
  }

  @AfterAll
  static void stop() {
    s3.close();
  }

  @Test
  void theReceiverVerifiesTheCallbacksSha256AgainstThePublishedObject() throws Exception {
    s3.createBuckets("identity-us-east-1");
    String blueprint =
        """
        apiVersion: onramp.dev/v1
        kind: Blueprint
        metadata: {name: acme, version: 1.0.0}
        vendor:
          roleArn: arn:aws:iam::111122223333:role/acme/AcmeCollector
          principal: account-root-narrowed
        roles:
          - {id: AcmeAccessRole, policySets: [read-only]}
        notify:
          topicArn: arn:aws:sns:us-east-1:111122223333:acme-registrations
        regions: [us-east-1]
        publishing: {bucket: "identity-{region}", prefix: releases}
        """;
    PublicationPlan plan =
        PublicationPlan.of(
            new Generator()
                .compileAll(
                    List.of(
                        new BlueprintSource(
                            "acme.yaml", blueprint.getBytes(StandardCharsets.UTF_8))),
                    Optional.empty()),
            Optional.empty());
    new S3Publisher(s3.access()).publish(plan, line -> {});
    StoredObject published = plan.objects().get(0);

    JsonNode manifest =
        new ObjectMapper()
            .readTree(s3.get(published.bucket(), "releases/manifest.json").orElseThrow());
    byte[] object = s3.get(published.bucket(), published.key()).orElseThrow();
    // What the stack's VendorRegistration sends as ResourceProperties.TemplateSha256.
    Matcher sent =
        Pattern.compile("TemplateSha256: '([0-9a-f]{64})'")
            .matcher(new String(object, StandardCharsets.UTF_8));
    assertThat(sent.find()).isTrue();

    String manifestSha256 = manifest.findValue("sha256").asText();
    assertThat(ContentHash.sha256Hex(object)).isEqualTo(manifestSha256);
    assertThat(published.key()).endsWith("/" + manifestSha256 + ".yaml");
    assertThat(TemplateIdentity.verifies(object, sent.group(1))).isTrue();
    assertThat(TemplateIdentity.verifies(object, manifestSha256)).isFalse();
  }
}
