package dev.onramp.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import software.amazon.awscdk.App;
import software.amazon.awscdk.BootstraplessSynthesizer;
import software.amazon.awscdk.Stack;
import software.amazon.awscdk.StackProps;
import software.amazon.awscdk.cxapi.CloudAssembly;
import software.constructs.Construct;

/**
 * Synthesizes generated constructs as a vendor's CDK app would: one app, a stack of its own per
 * construct (no bootstrap needed), each construct with the template's defaults and a value for each
 * prop that has none. The constructs are found by name on a class loader, since they are generated
 * and compiled after this module; their props through the generated builder.
 */
final class ConstructSynth {
  /** Values for the props without a default, by prop name (the builder's method). */
  static final Map<String, String> REQUIRED =
      Map.of(
          "externalId", "acme-tenant-42",
          "accountIds", "111111111111,222222222222",
          "organizationalUnitIds", "ou-ab12-11111111,ou-ab12-22222222");

  private ConstructSynth() {}

  /**
   * One app with a stack per construct, synthesized into {@code outdir}.
   *
   * @param constructs the constructs' qualified class names; each has its {@code <Name>Props}
   */
  static CloudAssembly synthesize(ClassLoader classes, List<String> constructs, Path outdir)
      throws ReflectiveOperationException {
    App app = App.Builder.create().analyticsReporting(false).outdir(outdir.toString()).build();
    for (String name : constructs) {
      String id = name.substring(name.lastIndexOf('.') + 1);
      Stack stack =
          new Stack(
              app, id, StackProps.builder().synthesizer(new BootstraplessSynthesizer()).build());
      Class<?> propsType = classes.loadClass(name + "Props");
      Object props = props(propsType);
      try {
        classes
            .loadClass(name)
            .getConstructor(Construct.class, String.class, propsType)
            .newInstance(stack, id, props);
      } catch (InvocationTargetException e) {
        throw new IllegalStateException(name + " cannot be built", e.getCause());
      }
    }
    return app.synth();
  }

  /** The props with the template's defaults and {@link #REQUIRED}'s values where it has setters. */
  private static Object props(Class<?> propsType) throws ReflectiveOperationException {
    Object builder = propsType.getMethod("builder").invoke(null);
    for (Method setter : builder.getClass().getMethods()) {
      String value = REQUIRED.get(setter.getName());
      if (value != null && setter.getParameterCount() == 1) {
        setter.invoke(
            builder,
            setter.getParameterTypes()[0] == List.class ? List.of(value.split(",")) : value);
      }
    }
    try {
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException(
          propsType.getName() + ": a required prop has no value in ConstructSynth.REQUIRED",
          e.getCause());
    }
  }
}
