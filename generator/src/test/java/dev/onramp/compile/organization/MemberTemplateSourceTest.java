package dev.onramp.compile.organization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.blueprint.model.PublishingSpec;
import dev.onramp.template.CompiledTemplate;
import dev.onramp.template.ContentHash;
import dev.onramp.template.Fn;
import dev.onramp.template.Template;
import dev.onramp.template.TemplateFacts;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MemberTemplateSourceTest {
  private static final PublishingSpec PER_REGION =
      new PublishingSpec("acme-templates-{region}", null, null);

  /** A compiled member whose YAML is {@code bytes} long (its model does not matter here). */
  private static CompiledTemplate member(int bytes) {
    Template template =
        new Template(
            "member",
            Map.of("Onramp", Map.of("BlueprintVersion", "1.2.0")),
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of(),
            Map.of());
    return new CompiledTemplate(
        "member",
        "member.yaml",
        template,
        "x".repeat(bytes),
        "{}",
        Map.of(),
        new TemplateFacts(
            "member",
            "1.2.0",
            Map.of(),
            List.of(),
            Optional.empty(),
            List.of(),
            "member",
            List.of()));
  }

  @Test
  void aMemberThatFitsIsEmbeddedByteForByte() {
    CompiledTemplate member = member(MemberTemplateSource.TEMPLATE_BODY_LIMIT);
    MemberTemplateSource source = new MemberTemplateSource(member, null);
    assertThat(source.published()).isFalse();
    assertThat(source.property()).containsExactly(Map.entry("TemplateBody", member.yaml()));
    assertThat(source.metadata("1.2.0")).doesNotContainKey("PublishedKey");
  }

  @Test
  void aLargerMemberIsReadFromItsContentAddressedKeyInTheStacksRegion() {
    CompiledTemplate member = member(MemberTemplateSource.TEMPLATE_BODY_LIMIT + 1);
    MemberTemplateSource source = new MemberTemplateSource(member, PER_REGION);
    String sha = ContentHash.sha256Hex(member.yaml().getBytes(StandardCharsets.UTF_8));
    String key = "onramp/member/1.2.0/" + sha + ".yaml";
    assertThat(source.published()).isTrue();
    assertThat(source.publishedKey()).isEqualTo(key);
    assertThat(source.property())
        .containsExactly(
            Map.entry(
                "TemplateURL",
                Fn.sub(
                    "https://acme-templates-${AWS::Region}.s3.${AWS::Region}.${AWS::URLSuffix}/"
                        + key)));
    assertThat(source.metadata("1.2.0"))
        .containsEntry("Bytes", MemberTemplateSource.TEMPLATE_BODY_LIMIT + 1)
        .containsEntry("Sha256", sha)
        .containsEntry("PublishedKey", key);
  }
}
