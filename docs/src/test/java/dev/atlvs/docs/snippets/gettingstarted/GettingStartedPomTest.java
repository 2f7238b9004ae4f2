package dev.atlvs.docs.snippets.gettingstarted;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * The getting-started guide's pom ({@code src/test/resources/snippets/getting-started-pom.xml}, shown in the guide)
 * names what the SDK's build publishes: the BOM at the SDK's version, modules the BOM manages, and the versions of
 * the other libraries that the SDK's own build uses.
 */
class GettingStartedPomTest {
    private static final Path SNIPPET = Path.of("src/test/resources/snippets/getting-started-pom.xml");

    @Test
    void theBomIsImportedAtTheSdksVersionAndEverySdkArtifactIsManagedByIt() throws Exception {
        // given
        Document root = parse(Path.of("../pom.xml"));
        List<String> managed = artifactIds(parse(Path.of("../atlvs-bom/pom.xml")), "dependencyManagement");
        Document guide = parse(SNIPPET);

        // when
        Element bom = dependencies(guide, "dependencyManagement").get(0);
        List<Element> sdk = dependencies(guide, "dependencies").stream().filter(d -> text(d, "groupId").equals("dev.atlvs")).toList();

        // then
        assertThat(text(bom, "artifactId")).isEqualTo("atlvs-bom");
        assertThat(text(bom, "version")).isEqualTo(childText(root.getDocumentElement(), "version"));
        assertThat(sdk).isNotEmpty().allSatisfy(dependency -> {
            assertThat(managed).contains(text(dependency, "artifactId"));
            assertThat(text(dependency, "version")).as("an SDK artifact takes its version from the BOM").isEmpty();
        });
    }

    @Test
    void theOtherLibrariesAreAtTheVersionsTheSdkIsBuiltWith() throws Exception {
        // given
        Map<String, String> versions = properties(parse(Path.of("../pom.xml")));
        Map<String, String> property = Map.of("HikariCP", "hikaricp.version", "junit-jupiter", "junit.version", "assertj-core",
                "assertj.version");

        // when
        List<Element> others = dependencies(parse(SNIPPET), "dependencies").stream()
                .filter(d -> !text(d, "groupId").equals("dev.atlvs")).toList();

        // then
        assertThat(others).isNotEmpty().allSatisfy(dependency -> {
            String artifact = text(dependency, "artifactId");
            assertThat(property).containsKey(artifact);
            assertThat(text(dependency, "version")).as(artifact).isEqualTo(versions.get(property.get(artifact)));
        });
    }

    private static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }

    /** The {@code dependency} elements of the project's {@code section} ({@code dependencies} or {@code dependencyManagement}). */
    private static List<Element> dependencies(Document pom, String section) {
        List<Element> found = new ArrayList<>();
        for (Element child : children(pom.getDocumentElement())) {
            if (child.getTagName().equals(section)) {
                Element list = section.equals("dependencies") ? child : children(child).get(0);
                children(list).stream().filter(e -> e.getTagName().equals("dependency")).forEach(found::add);
            }
        }
        return found;
    }

    private static List<String> artifactIds(Document pom, String section) {
        return dependencies(pom, section).stream().map(d -> text(d, "artifactId")).toList();
    }

    private static Map<String, String> properties(Document pom) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (Element child : children(pom.getDocumentElement())) {
            if (child.getTagName().equals("properties")) {
                children(child).forEach(p -> properties.put(p.getTagName(), p.getTextContent().strip()));
            }
        }
        return properties;
    }

    private static String text(Element element, String child) {
        return childText(element, child);
    }

    private static String childText(Element element, String child) {
        return children(element).stream().filter(e -> e.getTagName().equals(child)).map(e -> e.getTextContent().strip())
                .findFirst().orElse("");
    }

    private static List<Element> children(Element element) {
        List<Element> children = new ArrayList<>();
        NodeList nodes = element.getChildNodes();
        for (int i = 0; i < nodes.getLength(); i++) {
            if (nodes.item(i).getNodeType() == Node.ELEMENT_NODE) {
                children.add((Element) nodes.item(i));
            }
        }
        return children;
    }
}
