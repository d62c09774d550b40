package dev.kam.contact.domain.matrix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.role.AssessmentScore;
import dev.kam.contact.domain.role.BuyingCentreRole;
import dev.kam.contact.domain.role.Level;
import dev.kam.contact.domain.role.RoleClassifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MatrixLayoutTest {

    private final MatrixLayout layout = new MatrixLayout(RoleClassifier.withDefaultThreshold());

    private static MatrixPoint point(int interest, int involvement) {
        return point(UUID.randomUUID(), interest, involvement);
    }

    private static MatrixPoint point(UUID id, int interest, int involvement) {
        return new MatrixPoint(new StakeholderId(id), AssessmentScore.of(interest), AssessmentScore.of(involvement));
    }

    @Test
    void everyPairOfScoresLandsInTheQuadrantOfItsRole() {
        RoleClassifier classifier = RoleClassifier.withDefaultThreshold();
        for (int interest = 1; interest <= 5; interest++) {
            for (int involvement = 1; involvement <= 5; involvement++) {
                PlacedPerson placed = layout.place(List.of(point(interest, involvement))).get(0);
                BuyingCentreRole role = classifier.classify(AssessmentScore.of(interest),
                        AssessmentScore.of(involvement));
                assertThat(placed.quadrant()).isEqualTo(role);
                assertThat(placed.x() > 0.5).as("involvement %d is right of the middle", involvement)
                        .isEqualTo(role.involvement() == Level.HIGH);
                assertThat(placed.y() > 0.5).as("interest %d is above the middle", interest)
                        .isEqualTo(role.interest() == Level.HIGH);
            }
        }
    }

    @Test
    void aHigherScoreSitsFurtherAlongItsAxis() {
        List<PlacedPerson> placed = layout.place(List.of(point(1, 1), point(2, 2), point(3, 3), point(4, 4),
                point(5, 5)));
        for (int i = 1; i < placed.size(); i++) {
            assertThat(placed.get(i).x()).isGreaterThan(placed.get(i - 1).x());
            assertThat(placed.get(i).y()).isGreaterThan(placed.get(i - 1).y());
        }
    }

    @Test
    void theQuadrantLinesStayInTheMiddleWhateverTheThreshold() {
        MatrixLayout strict = new MatrixLayout(new RoleClassifier(5));
        PlacedPerson fourFour = strict.place(List.of(point(4, 4))).get(0);
        PlacedPerson fiveFive = strict.place(List.of(point(5, 5))).get(0);
        assertThat(fourFour.quadrant()).isEqualTo(BuyingCentreRole.BUTLER);
        assertThat(fourFour.x()).isLessThan(0.5);
        assertThat(fiveFive.x()).isEqualTo(0.75);
        assertThat(fiveFive.quadrant()).isEqualTo(BuyingCentreRole.LEADER);
    }

    @Test
    void aLonePersonSitsInTheCentreOfHisCell() {
        PlacedPerson placed = layout.place(List.of(point(4, 1))).get(0);
        // involvement 1: first of two low slots; interest 4: middle of three high slots
        assertThat(placed.x()).isEqualTo(0.125);
        assertThat(placed.y()).isEqualTo(0.75);
    }

    @Test
    void peopleWithEqualScoresDoNotOverlap() {
        List<PlacedPerson> placed = layout.place(List.of(point(2, 2), point(2, 2), point(2, 2)));
        assertThat(placed).extracting(PlacedPerson::y).doesNotHaveDuplicates();
        assertThat(placed).extracting(PlacedPerson::x).containsOnly(placed.get(0).x());
        assertThat(placed).allSatisfy(p -> assertThat(p.quadrant()).isEqualTo(BuyingCentreRole.BUTLER));
    }

    @Test
    void aCrowdedCellKeepsEveryoneInsideIt() {
        List<MatrixPoint> crowd = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            crowd.add(point(3, 3));
        }
        List<PlacedPerson> placed = layout.place(crowd);
        double cellBottom = 0.5;
        double cellTop = 0.5 + 0.5 / 3;
        assertThat(placed).allSatisfy(p -> assertThat(p.y()).isStrictlyBetween(cellBottom, cellTop));
        assertThat(placed).extracting(PlacedPerson::y).doesNotHaveDuplicates();
    }

    @Test
    void theSamePeopleGetTheSamePlacesInWhateverOrderTheyCome() {
        List<MatrixPoint> people = new ArrayList<>(List.of(point(2, 2), point(2, 2), point(5, 1), point(2, 2)));
        List<PlacedPerson> first = layout.place(people);
        Collections.reverse(people);
        List<PlacedPerson> second = layout.place(people);
        assertThat(second).containsExactlyInAnyOrderElementsOf(first);
    }

    @Test
    void theOutputFollowsTheOrderOfTheInput() {
        MatrixPoint a = point(1, 1);
        MatrixPoint b = point(5, 5);
        assertThat(layout.place(List.of(b, a))).extracting(PlacedPerson::stakeholder)
                .containsExactly(b.stakeholder(), a.stakeholder());
    }

    @Test
    void nobodyOnRecordMakesAnEmptyPicture() {
        assertThat(layout.place(List.of())).isEmpty();
    }

    @Test
    void aPersonCannotAppearTwice() {
        UUID id = UUID.randomUUID();
        assertThatThrownBy(() -> layout.place(List.of(point(id, 1, 1), point(id, 5, 5))))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
