package dev.keyway.samples.gettingstarted;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * The poms that cannot inherit the build's version, because they are meant to stand alone, still
 * name it: keyway-bom (no parent, so importers get nothing but Keyway's artifacts), samples/shop and
 * samples/notes-api (no parent, so they build when copied out of the repository).
 */
class VersionsTest {
  private final Path root = Repository.root();
  private final String version = Repository.version();

  @Test
  void theBomHasTheVersionOfTheBuild() throws Exception {
    Element bom = pom("bom/pom.xml");
    assertEquals("keyway-bom", child(bom, "artifactId"));
    assertEquals(version, child(bom, "version"), "bom/pom.xml <version>");
    assertTrue(bom.getElementsByTagName("parent").getLength() == 0,
        "bom/pom.xml must not have a parent: an import brings the parent's dependencyManagement too");
  }

  @Test
  void theShopSampleBuildsAgainstTheVersionOfTheBuild() throws Exception {
    assertStandalone("samples/shop/pom.xml");
  }

  @Test
  void theNotesApiSampleBuildsAgainstTheVersionOfTheBuild() throws Exception {
    assertStandalone("samples/notes-api/pom.xml");
  }

  private void assertStandalone(String path) throws Exception {
    Element sample = pom(path);
    Element properties = (Element) sample.getElementsByTagName("properties").item(0);
    assertEquals(version, child(properties, "keyway.version"), path + " <keyway.version>");
    assertTrue(sample.getElementsByTagName("parent").getLength() == 0,
        path + " must not have a parent: it has to build when copied out of the repository");
  }

  private Element pom(String path) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder()
        .parse(root.resolve(path).toFile())
        .getDocumentElement();
  }

  private static String child(Element parent, String name) {
    for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
      if (node instanceof Element e && e.getTagName().equals(name)) {
        return e.getTextContent().strip();
      }
    }
    throw new AssertionError("<" + parent.getTagName() + "> has no <" + name + ">");
  }
}
