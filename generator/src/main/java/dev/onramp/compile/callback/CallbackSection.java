package dev.onramp.compile.callback;

import dev.onramp.compile.conditional.SwitchCheck;
import dev.onramp.compile.conditional.SwitchedScope;
import dev.onramp.compile.section.BlueprintSection;
import dev.onramp.compile.section.SectionContext;
import dev.onramp.compile.section.TemplateBuilder;

/**
 * The {@code notify} section: a custom resource that tells the vendor, through its SNS topic, that
 * the account's role exists, changed or is gone ({@link CallbackCompiler}, checked by {@link
 * CallbackValidation}).
 */
public final class CallbackSection implements BlueprintSection {

  @Override
  public void validate(SectionContext context) {
    CallbackValidation.check(context);
    if (context.blueprint().callback() != null) {
      SwitchCheck.check(context, context.blueprint().callback().when(), "notify.when");
    }
  }

  @Override
  public void compile(SectionContext context, TemplateBuilder template) {
    if (context.blueprint().callback() != null) {
      SwitchedScope switched = SwitchedScope.open(template, context.blueprint().callback().when());
      new CallbackCompiler(context.blueprint(), context.source()).compile(template);
      switched.close();
    }
  }
}
