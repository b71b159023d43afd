package dev.onramp.cdk;

import freemarker.template.TemplateMethodModelEx;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import java.util.List;

/**
 * {@code ${indent(code, 8)}}: multi-line Java from the view model, its lines after the first
 * indented to where the template places it.
 */
final class IndentFunction implements TemplateMethodModelEx {
  @Override
  public Object exec(@SuppressWarnings("rawtypes") List arguments) throws TemplateModelException {
    if (arguments.size() != 2
        || !(arguments.get(0) instanceof TemplateScalarModel text)
        || !(arguments.get(1) instanceof TemplateNumberModel spaces)) {
      throw new TemplateModelException("indent takes the text and a number of spaces");
    }
    return JavaCode.indentContinuation(text.getAsString(), spaces.getAsNumber().intValue());
  }
}
