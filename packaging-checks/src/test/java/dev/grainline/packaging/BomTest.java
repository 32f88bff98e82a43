package dev.grainline.packaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * What an import of grainline-bom brings: the versions of the published Grainline artifacts, all of them and nothing
 * else. A BOM with a parent would also hand importers the parent's whole dependencyManagement (jOOQ, JUnit, ...) and
 * override their own versions of those.
 */
class BomTest {

  private static final String GROUP = "dev.grainline";

  private final Path root = Path.of(ReproducibleJarsIT.requiredProperty("grainline.root"));

  @Test
  void theBomInheritsNothing() throws Exception {
    assertEquals(Optional.empty(), child(pom("bom/pom.xml").getDocumentElement(), "parent").map(Element::getTagName),
        "bom/pom.xml must have no parent: an importer would get the parent's dependencyManagement too");
  }

  @Test
  void theBomManagesExactlyThePublishedModulesAtTheProjectVersion() throws Exception {
    List<String> managed = new ArrayList<>();
    Element bom = pom("bom/pom.xml").getDocumentElement();
    Element dependencies = child(bom, "dependencyManagement").flatMap(e -> child(e, "dependencies")).orElseThrow();
    for (Element dependency : children(dependencies, "dependency")) {
      String coordinates = text(dependency, "groupId") + ":" + text(dependency, "artifactId");
      assertEquals("${project.version}", text(dependency, "version"), coordinates + " in the BOM");
      assertEquals(List.of(), children(dependency, "scope"), coordinates + " in the BOM has a scope");
      managed.add(coordinates);
    }
    assertEquals(publishedModules(), new TreeSet<>(managed), "what bom/pom.xml manages");
    assertEquals(managed.size(), Set.copyOf(managed).size(), "bom/pom.xml manages an artifact twice: " + managed);
  }

  /** The reactor's jar modules that are deployed (those that do not set maven.deploy.skip). */
  private Set<String> publishedModules() throws Exception {
    Set<String> published = new TreeSet<>();
    Element modules = child(pom("pom.xml").getDocumentElement(), "modules").orElseThrow();
    for (Element module : children(modules, "module")) {
      Element project = pom(module.getTextContent().trim() + "/pom.xml").getDocumentElement();
      String packaging = child(project, "packaging").map(e -> e.getTextContent().trim()).orElse("jar");
      boolean deploySkipped = child(project, "properties").flatMap(p -> child(p, "maven.deploy.skip"))
          .map(e -> e.getTextContent().trim().equals("true"))
          .orElse(false);
      if (packaging.equals("jar") && !deploySkipped) {
        published.add(GROUP + ":" + text(project, "artifactId"));
      }
    }
    assertTrue(!published.isEmpty(), "found no published module in pom.xml's modules");
    return published;
  }

  private Document pom(String path) throws ParserConfigurationException, IOException, SAXException {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(root.resolve(path).toFile());
  }

  private static String text(Element parent, String name) {
    return child(parent, name).orElseThrow(() -> new AssertionError(parent.getTagName() + " has no " + name))
        .getTextContent().trim();
  }

  private static Optional<Element> child(Element parent, String name) {
    return children(parent, name).stream().findFirst();
  }

  private static List<Element> children(Element parent, String name) {
    List<Element> children = new ArrayList<>();
    for (Node node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element element && element.getTagName().equals(name)) {
        children.add(element);
      }
    }
    return children;
  }
}
