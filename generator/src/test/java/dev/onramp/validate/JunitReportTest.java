package dev.onramp.validate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.onramp.diagnostic.Severity;
import dev.onramp.diagnostic.SourceLocation;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

class JunitReportTest {

  @Test
  void writesASuitePerTemplateAndACasePerFinding() throws IOException {
    String xml = JunitReport.write(SampleReports.sample());

    GoldenFiles.assertMatches("cfn-validate-junit.xml", xml);
    Element root = parse(xml).getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    assertThat(root.getAttribute("tests")).isEqualTo("6");
    assertThat(root.getAttribute("failures")).isEqualTo("4");
    assertThat(root.getAttribute("errors")).isEqualTo("0");
    List<Element> suites = children(root, "testsuite");
    assertThat(suites)
        .extracting(suite -> suite.getAttribute("name"))
        .containsExactly("acme-billing", "acme-identity", "acme-portal");
    assertThat(suites)
        .extracting(suite -> suite.getAttribute("tests"))
        .containsExactly("1", "1", "4");
    assertThat(suites)
        .extracting(suite -> suite.getAttribute("failures"))
        .containsExactly("1", "0", "3");
  }

  @Test
  void aCleanTemplatePassesAndSaysItCameFromTheCache() throws IOException {
    Element identity =
        children(parse(JunitReport.write(SampleReports.sample())).getDocumentElement(), "testsuite")
            .get(1);

    Element testcase = children(identity, "testcase").get(0);
    assertThat(testcase.getAttribute("classname")).isEqualTo("cfn-validate.acme-identity");
    assertThat(testcase.getAttribute("name")).isEqualTo("acme-identity/template.yaml");
    assertThat(testcase.getChildNodes().getLength()).isZero();
    assertThat(
            identity
                .getElementsByTagName("property")
                .item(2)
                .getAttributes()
                .getNamedItem("value")
                .getNodeValue())
        .isEqualTo("true");
  }

  @Test
  void errorsAndWarningsFailWithTheRuleAsTypeAndInfoPasses() throws IOException {
    Element portal =
        children(parse(JunitReport.write(SampleReports.sample())).getDocumentElement(), "testsuite")
            .get(2);

    List<Element> cases = children(portal, "testcase");
    assertThat(cases)
        .extracting(testcase -> testcase.getAttribute("name"))
        .containsExactly(
            "ONR303 at src/main/blueprints/acme-portal.yaml:1:1",
            "E3012 at target/cfn/acme-portal/template.yaml:12:5",
            "I3011 at target/cfn/acme-portal/template.yaml:40:3",
            "W3005 at target/cfn/acme-portal/template.yaml:88:7");
    Element e3012 = children(cases.get(1), "failure").get(0);
    assertThat(e3012.getAttribute("type")).isEqualTo("E3012");
    assertThat(e3012.getAttribute("message"))
        .isEqualTo("error: '<3600>' is not of type 'integer' & cannot be converted");
    assertThat(e3012.getTextContent())
        .isEqualTo(
            "target/cfn/acme-portal/template.yaml:12:5: error E3012 at"
                + " Parameters.SessionSeconds.Default: '<3600>' is not of type 'integer' & cannot"
                + " be converted");
    assertThat(children(cases.get(2), "failure")).isEmpty();
    assertThat(children(cases.get(2), "system-out").get(0).getTextContent())
        .startsWith("target/cfn/acme-portal/template.yaml:40:3: info I3011");
    assertThat(children(cases.get(3), "failure").get(0).getTextContent())
        .endsWith("\n  from: src/main/blueprints/acme-portal.yaml:31:9 (roles[0].policySets[3])");
  }

  @Test
  void escapesWhatXmlCannotCarryAndKeepsNamesApart() throws IOException {
    SourceLocation at = new SourceLocation("a&b/template.yaml", 2, 1, "");
    String message = "quote \" apostrophe ' <tag> & tab\tnew\nline bell\u0007 end ]]>";
    ValidationReport report =
        new ValidationReport(
            "e",
            "v",
            List.of(
                new TemplateReport(
                    "a&b",
                    Path.of("a&b/template.yaml"),
                    "a&b.yaml",
                    false,
                    List.of(
                        SampleReports.cfnLint(Severity.WARNING, "W1", at, message),
                        SampleReports.cfnLint(Severity.WARNING, "W1", at, "same place")))));

    Element suite =
        children(parse(JunitReport.write(report)).getDocumentElement(), "testsuite").get(0);
    List<Element> cases = children(suite, "testcase");
    assertThat(suite.getAttribute("name")).isEqualTo("a&b");
    assertThat(cases)
        .extracting(testcase -> testcase.getAttribute("name"))
        .containsExactly("W1 at a&b/template.yaml:2:1", "W1 at a&b/template.yaml:2:1 (2)");
    assertThat(children(cases.get(0), "failure").get(0).getAttribute("message"))
        .isEqualTo("warning: quote \" apostrophe ' <tag> & tab\tnew\nline bell\uFFFD end ]]>");
  }

  @Test
  void isTheSameOnEveryRun() {
    assertThat(JunitReport.write(SampleReports.sample()))
        .isEqualTo(JunitReport.write(SampleReports.sample()))
        .doesNotContain("\r", " time=", " timestamp=", " hostname=");
  }

  private static Document parse(String xml) throws IOException {
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      return factory
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    } catch (ParserConfigurationException | SAXException e) {
      throw new AssertionError("not well-formed XML:\n" + xml, e);
    }
  }

  private static List<Element> children(Element parent, String tag) {
    List<Element> children = new ArrayList<>();
    NodeList nodes = parent.getChildNodes();
    for (int i = 0; i < nodes.getLength(); i++) {
      if (nodes.item(i) instanceof Element element && element.getTagName().equals(tag)) {
        children.add(element);
      }
    }
    return children;
  }
}
