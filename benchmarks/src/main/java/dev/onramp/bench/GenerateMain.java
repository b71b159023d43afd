package dev.onramp.bench;

import dev.onramp.cdk.CdkOptions;
import dev.onramp.diagnostic.BlueprintException;
import dev.onramp.generate.GenerateRequest;
import dev.onramp.generate.GenerateResult;
import dev.onramp.generate.Generator;
import java.nio.file.Path;

/**
 * A whole-process generation for scripts/bench-cdk.sh, without Maven: what {@code cfn:generate}
 * does on the sample (its blueprints and the shipped security-audit, templates and construct
 * sources, written under {@code outdir}). Usage: {@code GenerateMain <outdir>}.
 */
public final class GenerateMain {
  private GenerateMain() {}

  public static void main(String[] args) throws BlueprintException {
    if (args.length != 1) {
      throw new IllegalArgumentException("usage: GenerateMain <outdir>");
    }
    Path out = Path.of(args[0]).toAbsolutePath();
    GenerateResult result =
        new Generator()
            .generate(
                new GenerateRequest(Sample.blueprints(), out.resolve("cfn"), Sample.VENDOR)
                    .withCdk(out.resolve("generated-sources"), CdkOptions.DEFAULT));
    System.out.println(result.blueprints().size() + " blueprint(s) generated in " + out);
  }
}
