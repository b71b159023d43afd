package dev.onramp.bench;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import software.amazon.awscdk.cxapi.CloudAssembly;

/**
 * A whole-process CDK synth for scripts/bench-cdk.sh: the constructs named, compiled and on the
 * class path, in one app (a stack each, {@link ConstructSynth}), synthesized into {@code outdir}.
 * Usage: {@code SynthMain <outdir> <construct class>...}.
 */
public final class SynthMain {
  private SynthMain() {}

  public static void main(String[] args) throws ReflectiveOperationException {
    if (args.length < 2) {
      throw new IllegalArgumentException("usage: SynthMain <outdir> <construct class>...");
    }
    List<String> constructs = Arrays.asList(args).subList(1, args.length);
    CloudAssembly assembly =
        ConstructSynth.synthesize(
            SynthMain.class.getClassLoader(), constructs, Path.of(args[0]).toAbsolutePath());
    System.out.println(assembly.getStacks().size() + " stack(s) in " + assembly.getDirectory());
  }
}
