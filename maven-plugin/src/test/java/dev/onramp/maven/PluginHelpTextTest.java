package dev.onramp.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * What {@code mvn help:describe -Dplugin=dev.onramp:cfn-maven-plugin -Ddetail} prints is the plugin
 * descriptor's descriptions, read as HTML: a {@code <name>} placeholder from the Javadoc reaches it
 * as a tag and vanishes, and a dropped link leaves "for: , and ." behind. Every goal's and
 * parameter's description must read whole.
 */
class PluginHelpTextTest {
  /** The tags the Javadoc-to-HTML conversion writes; anything else would be eaten by a reader. */
  private static final Set<String> HTML_TAGS =
      Set.of(
          "a", "b", "br", "code", "dd", "dl", "dt", "em", "i", "li", "ol", "p", "pre", "strong",
          "tt", "ul");

  private static final Pattern TAG = Pattern.compile("</?([A-Za-z][^\\s>/]*)[^>]*>");

  /**
   * What a dropped link or code leaves behind: ": ,", "for: .", "( )", ", ,", " and ." (a period or
   * comma followed by a space or the end; ".json" is a file extension).
   */
  private static final Pattern GARBLED =
      Pattern.compile("[:,(]\\s*[,.)](?=\\s|$)|\\b(and|the|for|or)\\s+[.,](?=\\s|$)|\\{@");

  private final Path descriptor =
      Paths.get(System.getProperty("basedir", "."))
          .resolve("target/classes/META-INF/maven/plugin.xml");

  @Test
  void everyGoalAndParameterDescriptionReadsWhole() throws Exception {
    assertThat(descriptor).as("the plugin descriptor (built in process-classes)").exists();
    Document document =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(Files.newInputStream(descriptor));
    List<String> problems = new ArrayList<>();
    NodeList mojos = document.getElementsByTagName("mojo");
    assertThat(mojos.getLength()).isGreaterThanOrEqualTo(8);
    for (int m = 0; m < mojos.getLength(); m++) {
      Element mojo = (Element) mojos.item(m);
      String goal = text(mojo, "goal");
      check("cfn:" + goal, text(mojo, "description"), problems);
      NodeList parameters = mojo.getElementsByTagName("parameter");
      for (int p = 0; p < parameters.getLength(); p++) {
        Element parameter = (Element) parameters.item(p);
        String where = "cfn:" + goal + " parameter " + text(parameter, "name");
        String description = text(parameter, "description");
        if (description.isBlank() && "true".equals(text(parameter, "editable"))) {
          problems.add(where + ": no description");
        }
        check(where, description, problems);
      }
    }
    assertThat(problems).isEmpty();
  }

  private static void check(String where, String description, List<String> problems) {
    Matcher tag = TAG.matcher(description);
    while (tag.find()) {
      if (!HTML_TAGS.contains(tag.group(1).toLowerCase(java.util.Locale.ROOT))) {
        problems.add(where + ": '" + tag.group() + "' would be read as an HTML tag and vanish");
      }
    }
    String plain = TAG.matcher(description).replaceAll("");
    Matcher garbled = GARBLED.matcher(plain);
    if (garbled.find()) {
      int from = Math.max(0, garbled.start() - 40);
      problems.add(
          where
              + ": garbled near '"
              + plain.substring(from, Math.min(plain.length(), garbled.end() + 20))
              + "'");
    }
  }

  /** The text of the first direct child named {@code name}, or "". */
  private static String text(Element parent, String name) {
    for (org.w3c.dom.Node child = parent.getFirstChild();
        child != null;
        child = child.getNextSibling()) {
      if (child instanceof Element element && element.getTagName().equals(name)) {
        return element.getTextContent();
      }
    }
    return "";
  }
}
