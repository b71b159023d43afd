package dev.onramp.validate;

import dev.onramp.diagnostic.Diagnostic;
import dev.onramp.diagnostic.Severity;
import dev.onramp.output.ReportText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The validation report as JUnit XML ({@code cfn-validate-junit.xml}), the test report Jenkins,
 * GitLab and most CI dashboards read. One test suite per template, named by its blueprint; in it a
 * test case per finding, failed for errors and warnings (failure type = rule id), passed with the
 * text as output for info; and a template without findings gets one passing test case. No times,
 * timestamps or host names, so the bytes depend only on the report.
 *
 * <pre>
 * &lt;testsuites name="cfn-validate" tests="2" failures="1" errors="0" skipped="0"&gt;
 *   &lt;testsuite name="acme-portal" tests="1" failures="1" errors="0" skipped="0"&gt;
 *     &lt;properties&gt;...template, blueprintFile, cached...&lt;/properties&gt;
 *     &lt;testcase classname="cfn-validate.acme-portal" name="E3012 at template.yaml:12:5"&gt;
 *       &lt;failure type="E3012" message="error: ..."&gt;the compiler-style text&lt;/failure&gt;
 * </pre>
 */
final class JunitReport {
  /** The name of the whole run and the package of every test class. */
  public static final String SUITE = "cfn-validate";

  private JunitReport() {}

  public static String write(ValidationReport report) {
    List<TemplateReport> templates = ReportConventions.templates(report);
    long tests = templates.stream().mapToLong(JunitReport::tests).sum();
    long failures = templates.stream().mapToLong(JunitReport::failures).sum();
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites")
        .append(attribute("name", SUITE))
        .append(counts(tests, failures))
        .append(">\n");
    for (TemplateReport template : templates) {
      suite(xml, template);
    }
    return xml.append("</testsuites>\n").toString();
  }

  private static void suite(StringBuilder xml, TemplateReport template) {
    String classname = SUITE + "." + template.blueprint();
    xml.append("  <testsuite")
        .append(attribute("name", template.blueprint()))
        .append(counts(tests(template), failures(template)))
        .append(">\n");
    xml.append("    <properties>\n");
    property(xml, "template", ReportConventions.forwardSlashes(template.template()));
    property(
        xml,
        "blueprintFile",
        ReportText.forwardSlashes(ReportConventions.orEmpty(template.blueprintFile())));
    property(xml, "cached", Boolean.toString(template.cached()));
    xml.append("    </properties>\n");
    List<Diagnostic> findings = ReportConventions.findings(template);
    if (findings.isEmpty()) {
      xml.append("    <testcase")
          .append(attribute("classname", classname))
          .append(attribute("name", ReportConventions.forwardSlashes(template.template())))
          .append("/>\n");
    }
    Map<String, Integer> seen = new HashMap<>();
    for (Diagnostic finding : findings) {
      String name = finding.code().id() + " at " + finding.location().position();
      int occurrence = seen.merge(name, 1, Integer::sum);
      if (occurrence > 1) {
        // Dashboards merge test cases of the same name; keep each finding.
        name += " (" + occurrence + ")";
      }
      xml.append("    <testcase")
          .append(attribute("classname", classname))
          .append(attribute("name", name))
          .append(">\n");
      if (finding.severity() == Severity.INFO) {
        xml.append("      <system-out>").append(text(finding.render())).append("</system-out>\n");
      } else {
        xml.append("      <failure")
            .append(attribute("type", finding.code().id()))
            .append(attribute("message", finding.severity().label() + ": " + finding.message()))
            .append('>')
            .append(text(finding.render()))
            .append("</failure>\n");
      }
      xml.append("    </testcase>\n");
    }
    xml.append("  </testsuite>\n");
  }

  private static long tests(TemplateReport template) {
    return Math.max(template.findings().size(), 1);
  }

  private static long failures(TemplateReport template) {
    return template.count(Severity.ERROR) + template.count(Severity.WARNING);
  }

  private static String counts(long tests, long failures) {
    return attribute("tests", Long.toString(tests))
        + attribute("failures", Long.toString(failures))
        + attribute("errors", "0")
        + attribute("skipped", "0");
  }

  private static void property(StringBuilder xml, String name, String value) {
    xml.append("      <property")
        .append(attribute("name", name))
        .append(attribute("value", value))
        .append("/>\n");
  }

  private static String attribute(String name, String value) {
    return " " + name + "=\"" + escape(value, true) + "\"";
  }

  private static String text(String value) {
    return escape(value, false);
  }

  /**
   * Escapes markup, and in attributes also tabs and line breaks (which a parser would otherwise
   * turn into spaces). Characters XML 1.0 cannot carry at all become U+FFFD.
   */
  static String escape(String value, boolean attribute) {
    StringBuilder escaped = new StringBuilder(value.length());
    value
        .codePoints()
        .forEach(
            c -> {
              switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append(attribute ? "&quot;" : "\"");
                case '\t' -> escaped.append(attribute ? "&#9;" : "\t");
                case '\n' -> escaped.append(attribute ? "&#10;" : "\n");
                case '\r' -> escaped.append("&#13;");
                default -> {
                  if (isXmlChar(c)) {
                    escaped.appendCodePoint(c);
                  } else {
                    escaped.append('\uFFFD');
                  }
                }
              }
            });
    return escaped.toString();
  }

  private static boolean isXmlChar(int c) {
    return (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
