package dev.onramp.blueprint.bind;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.generate.BlueprintSource;
import dev.onramp.generate.GenerateRequest;
import dev.onramp.generate.GenerateResult;
import dev.onramp.generate.Generator;
import dev.onramp.generate.Scenarios;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A statement pasted in IAM's casing compiles exactly as the same statement in Onramp's: the
 * scenario {@code statement-iam-casing}, with every key rewritten to Onramp's spelling, generates
 * the scenario's golden template byte for byte.
 */
class IamCasingTest {
  private static final Pattern IAM_KEY =
      Pattern.compile(
          "(?m)^(\\s*(?:- )?)(Sid|Effect|Action|NotAction|Resource|NotResource|Condition):");

  @TempDir Path output;

  @Test
  void iamCasingCompilesLikeOnrampCasing() throws Exception {
    Path scenario =
        Scenarios.all("valid").stream()
            .filter(folder -> folder.getFileName().toString().equals("statement-iam-casing"))
            .findFirst()
            .orElseThrow();
    String iam = Files.readString(scenario.resolve("blueprint.yaml"));
    String onramp = onrampCasing(iam);
    assertThat(onramp).isNotEqualTo(iam);
    assertThat(IAM_KEY.matcher(onramp).find()).as("an IAM-cased key left").isFalse();

    GenerateResult result =
        new Generator()
            .generate(
                new GenerateRequest(
                    List.of(
                        new BlueprintSource(
                            "onramp-casing/blueprint.yaml",
                            onramp.getBytes(StandardCharsets.UTF_8))),
                    output));
    Path produced = result.blueprints().get(0).directory();
    for (String file : List.of(Generator.YAML_FILE, Generator.JSON_FILE)) {
      assertThat(produced.resolve(file))
          .as("%s in Onramp's casing against the IAM-cased golden", file)
          .hasSameTextualContentAs(scenario.resolve("expected").resolve(file));
    }
  }

  @Test
  void aCheckAfterBindingPointsAtTheKeyAsWritten() {
    String blueprint =
        """
        apiVersion: onramp.dev/v1
        kind: Blueprint
        metadata:
          name: iam-casing-located
        vendor:
          roleArn: arn:aws:iam::111122223333:role/OnrampCollector
        roles:
          - id: CollectorRole
            statements:
              - Sid: ReadExports
                Effect: Allow
                Resource: arn:aws:s3:::acme-exports/*
                Action: s3:GetObjectz
        """;
    try {
      new Generator()
          .generate(
              new GenerateRequest(
                  List.of(
                      new BlueprintSource(
                          "located.yaml", blueprint.getBytes(StandardCharsets.UTF_8))),
                  output));
      org.assertj.core.api.Assertions.fail("an unknown action compiled");
    } catch (dev.onramp.diagnostic.BlueprintException e) {
      // Line 13 is the Action key, column 9 where it starts: not the statement's first line.
      assertThat(e.getMessage())
          .contains("located.yaml:13:9: error ONR241 at roles[0].statements[0].action");
    }
  }

  /** {@code Action:} becomes {@code action:}, {@code NotResource:} {@code notResource:}, … */
  private static String onrampCasing(String text) {
    Matcher matcher = IAM_KEY.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      String key = matcher.group(2);
      String lower = Character.toLowerCase(key.charAt(0)) + key.substring(1);
      matcher.appendReplacement(out, Matcher.quoteReplacement(matcher.group(1) + lower + ":"));
    }
    matcher.appendTail(out);
    return out.toString();
  }
}
