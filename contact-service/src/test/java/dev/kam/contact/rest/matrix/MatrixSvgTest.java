package dev.kam.contact.rest.matrix;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.matrix.MatrixLayout;
import dev.kam.contact.domain.matrix.MatrixPoint;
import dev.kam.contact.domain.matrix.PlacedPerson;
import dev.kam.contact.domain.relationship.RelationshipQuality;
import dev.kam.contact.domain.role.AssessmentScore;
import dev.kam.contact.domain.role.BuyingCentreRole;
import dev.kam.contact.domain.role.RoleClassifier;
import dev.kam.contact.domain.stakeholder.ErasedPerson;
import dev.kam.contact.service.matrix.MatrixView;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The picture of the matrix is well-formed SVG whatever the names contain. It also leaves the sample
 * it draws in {@code target/matrix-sample.svg}, which {@code src/test/render-matrix.sh} renders to PNG
 * in headless Chromium for a person to look at.
 */
class MatrixSvgTest {

    static final String AWKWARD_NAME = "Zoë \"Zed\" O'Brien <CTO> & Co";

    /** A buying centre with everything the picture must show: equal scores, an erasure, an override. */
    static MatrixView sample() {
        RoleClassifier classifier = RoleClassifier.withDefaultThreshold();
        MatrixLayout layout = new MatrixLayout(classifier);
        record Row(String name, String position, int interest, int involvement, BuyingCentreRole role,
                boolean primary, RelationshipQuality quality) {
        }
        List<Row> rows = List.of(
                new Row("Bea Butler", "Assistant to the board", 1, 2, BuyingCentreRole.BUTLER, true,
                        RelationshipQuality.GOOD),
                new Row("Otto Gatekeeper", "Office manager", 2, 2, BuyingCentreRole.BUTLER, false, null),
                new Row("Paula Pforte", "Reception", 2, 2, BuyingCentreRole.BUTLER, false,
                        RelationshipQuality.NEUTRAL),
                new Row("Hal Helper", "Buyer", 2, 4, BuyingCentreRole.HELPER, false, RelationshipQuality.POOR),
                new Row("Sue Specifier", "Head of Engineering Standards", 4, 2, BuyingCentreRole.SPECIFIER, false,
                        RelationshipQuality.NEUTRAL),
                new Row(AWKWARD_NAME, "Chief Technology Officer", 5, 5, BuyingCentreRole.LEADER, false,
                        RelationshipQuality.GOOD),
                new Row("Leo Leader", "Managing Director", 5, 4, BuyingCentreRole.LEADER, false, null),
                new Row(ErasedPerson.PLACEHOLDER_NAME, null, 3, 3, BuyingCentreRole.LEADER, false, null),
                new Row("Ivo Insider", "Plant manager", 2, 3, BuyingCentreRole.LEADER, false,
                        RelationshipQuality.GOOD));
        List<MatrixPoint> points = new ArrayList<>();
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            UUID id = UUID.fromString("00000000-0000-4000-8000-0000000001" + String.format("%02d", i));
            ids.add(id);
            points.add(new MatrixPoint(new StakeholderId(id), AssessmentScore.of(rows.get(i).interest()),
                    AssessmentScore.of(rows.get(i).involvement())));
        }
        List<PlacedPerson> places = layout.place(points);
        List<MatrixView.Person> people = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Row row = rows.get(i);
            PlacedPerson place = places.get(i);
            people.add(new MatrixView.Person(ids.get(i), row.name(), row.position(),
                    row.name().equals(ErasedPerson.PLACEHOLDER_NAME), row.interest(), row.involvement(), row.role(),
                    place.quadrant(), row.primary(), row.quality(), place.x(), place.y()));
        }
        return new MatrixView(UUID.fromString("6f1c2d3e-4b5a-4c6d-8e7f-901a2b3c4d5e"), "Hafenkran Werke & Söhne",
                null, null, classifier.highFrom(), people);
    }

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void theSampleIsWellFormedSvgWithEveryPersonAndTheFourQuadrants() throws Exception {
        MatrixView matrix = sample();
        String svg = MatrixSvg.render(matrix);
        Path sample = Path.of("target", "matrix-sample.svg");
        Files.createDirectories(sample.getParent());
        Files.writeString(sample, svg);

        Document document = parse(svg);
        assertThat(document.getDocumentElement().getLocalName()).isEqualTo("svg");
        List<String> quadrants = new ArrayList<>();
        List<String> people = new ArrayList<>();
        NodeList groups = document.getElementsByTagNameNS("http://www.w3.org/2000/svg", "g");
        for (int i = 0; i < groups.getLength(); i++) {
            Element group = (Element) groups.item(i);
            if (group.getAttribute("class").equals("quadrant")) {
                quadrants.add(group.getAttribute("data-quadrant") + ":" + group.getTextContent());
            } else if (group.getAttribute("class").equals("person")) {
                people.add(group.getAttribute("data-stakeholder-id"));
            }
        }
        assertThat(quadrants).hasSize(4).anySatisfy(q -> assertThat(q).startsWith("LEADER:LEADER"))
                .anySatisfy(q -> assertThat(q).startsWith("BUTLER:BUTLER"));
        assertThat(people).containsExactlyElementsOf(
                matrix.people().stream().map(p -> p.stakeholderId().toString()).toList());
    }

    @Test
    void namesWithMarkupCharactersAreTextNotMarkup() throws Exception {
        String svg = MatrixSvg.render(sample());
        assertThat(svg).doesNotContain("<CTO>").contains("&lt;CTO&gt;").contains("&amp; Co")
                .contains("&quot;Zed&quot;").contains("Hafenkran Werke &amp; Söhne");
        Document document = parse(svg);
        assertThat(document.getDocumentElement().getTextContent()).contains("Zoë \"Zed\" O'Brien <CTO>");
    }

    @Test
    void anErasedPersonShowsOnlyThePlaceholder() throws Exception {
        String svg = MatrixSvg.render(sample());
        assertThat(svg).contains(">" + ErasedPerson.PLACEHOLDER_NAME + "<");
    }

    @Test
    void theLegendNamesEveryColourAndThePrimaryContact() {
        String svg = MatrixSvg.render(sample());
        assertThat(svg).contains(">good<", ">neutral<", ">poor<", ">none<", ">primary contact<");
        assertThat(svg).contains("class=\"primary\"");
    }

    @Test
    void anOverriddenRoleIsNamedNextToThePersonInTheQuadrantOfHisScores() {
        String svg = MatrixSvg.render(sample());
        assertThat(svg).contains("data-quadrant=\"HELPER\" data-role=\"LEADER\"").contains(">role set to LEADER<");
    }

    @Test
    void anEmptyBuyingCentreSaysSo() throws Exception {
        MatrixView empty = new MatrixView(UUID.randomUUID(), "Acme", null, null, 3, List.of());
        assertThat(parse(MatrixSvg.render(empty)).getDocumentElement().getTextContent())
                .contains("Nobody on record yet");
    }

    @Test
    void longLabelsAreShortenedButKeptWholeInTheTooltip() {
        assertThat(MatrixSvg.shorten("Head of Engineering Standards and Norms", 20)).hasSize(20).endsWith("\u2026");
        assertThat(MatrixSvg.render(sample())).contains("<title>Sue Specifier, Head of Engineering Standards");
    }

    @Test
    void charactersXmlCannotCarryAreDropped() {
        assertThat(MatrixSvg.escape("A\u0000B\u0007C")).isEqualTo("ABC");
    }
}
