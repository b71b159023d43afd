<#-- The app that synthesizes one blueprint's construct alone, bound to an AppView as "app". -->
<#assign a = app>
package ${a.packageName};

<#list a.imports as import>
import ${import};
</#list>

/**
 * Synthesizes {@link ${a.constructClassName}} in a stack of its own that needs no CDK bootstrap,
 * for example {@code cdk synth -c externalId=...} with {@code "app"} in {@code cdk.json} running
 * this class. Each prop is read from the CDK context under its name; props not given there take
 * their defaults.
 */
public final class ${a.className} {
  private ${a.className}() {}

  public static void main(String[] args) {
    App app = App.Builder.create().analyticsReporting(false).build();
    Stack stack =
        new Stack(
            app,
            ${a.stackName},
            StackProps.builder()
                .synthesizer(new BootstraplessSynthesizer())
<#if a.description?has_content>
                .description(${a.description})
</#if>
                .build());
    ${a.propsClassName}.Builder props = ${a.propsClassName}.builder();
<#list a.props as prop>
    context(app, ${prop.key})${prop.conversion}.ifPresent(props::${prop.setter});
</#list>
    new ${a.constructClassName}(stack, "${a.constructClassName}", props.build());
    app.synth();
  }

  /** A context value, from {@code -c key=value} or {@code cdk.json}. */
  private static Optional<String> context(App app, String key) {
    return Optional.ofNullable(app.getNode().tryGetContext(key)).map(String::valueOf);
  }
}
