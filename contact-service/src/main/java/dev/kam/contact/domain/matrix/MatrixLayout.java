package dev.kam.contact.domain.matrix;

import dev.kam.contact.domain.role.AssessmentScore;
import dev.kam.contact.domain.role.BuyingCentreRole;
import dev.kam.contact.domain.role.Level;
import dev.kam.contact.domain.role.RoleClassifier;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Places people on the interest x involvement matrix so that everyone lands in the quadrant his
 * scores give him and nobody hides behind somebody else.
 *
 * <p>Each axis is split in two equal halves at the classifier's threshold: the LOW half holds the
 * scores below {@link RoleClassifier#highFrom()}, the HIGH half the others, each score in its own
 * slot of equal width within its half. A threshold of 3 thus gives the low half two slots (1, 2) and
 * the high half three (3, 4, 5); the quadrant lines stay in the middle of the picture whatever the
 * threshold. People with the same two scores share a cell and are stacked vertically around its
 * centre, ordered by id, at most {@link #STACK_STEP} apart and always inside the cell, so the same
 * people always get the same places.
 */
public final class MatrixLayout {

    /** Vertical distance between people stacked in one cell, as a share of the picture's height. */
    public static final double STACK_STEP = 0.09;
    /** Share of a cell's height the stack may use: people stay clear of the cell's edges. */
    static final double CELL_USE = 0.8;

    private final RoleClassifier classifier;

    public MatrixLayout(RoleClassifier classifier) {
        if (classifier == null) {
            throw new IllegalArgumentException("A role classifier is required");
        }
        this.classifier = classifier;
    }

    /** The places of the given people, in the order of the input. */
    public List<PlacedPerson> place(List<MatrixPoint> points) {
        if (points == null || points.stream().anyMatch(p -> p == null)) {
            throw new IllegalArgumentException("The people to place are required");
        }
        if (points.stream().map(MatrixPoint::stakeholder).distinct().count() != points.size()) {
            throw new IllegalArgumentException("A person appears on the matrix only once");
        }
        Map<List<Integer>, List<MatrixPoint>> cells = new LinkedHashMap<>();
        for (MatrixPoint point : points) {
            cells.computeIfAbsent(List.of(point.interest().value(), point.involvement().value()),
                    k -> new ArrayList<>()).add(point);
        }
        Map<MatrixPoint, PlacedPerson> placed = new LinkedHashMap<>();
        cells.values().forEach(cell -> stack(cell, placed));
        return points.stream().map(placed::get).toList();
    }

    private void stack(List<MatrixPoint> cell, Map<MatrixPoint, PlacedPerson> placed) {
        List<MatrixPoint> ordered = cell.stream()
                .sorted(Comparator.comparing((MatrixPoint p) -> p.stakeholder().value()))
                .toList();
        MatrixPoint first = ordered.get(0);
        double x = centre(first.involvement());
        double y = centre(first.interest());
        double cellHeight = slotWidth(first.interest());
        int count = ordered.size();
        double step = count == 1 ? 0 : Math.min(STACK_STEP, cellHeight * CELL_USE / (count - 1));
        BuyingCentreRole quadrant = classifier.classify(first.interest(), first.involvement());
        for (int i = 0; i < count; i++) {
            // the first by id on top, so the picture reads downwards like a list
            double offset = ((count - 1) / 2.0 - i) * step;
            placed.put(ordered.get(i), new PlacedPerson(ordered.get(i).stakeholder(), x, y + offset, quadrant));
        }
    }

    /** The centre of the score's slot on its axis, in 0..1. */
    double centre(AssessmentScore score) {
        int slots = slotsIn(classifier.levelOf(score));
        int index = classifier.levelOf(score) == Level.HIGH
                ? score.value() - classifier.highFrom()
                : score.value() - AssessmentScore.MIN;
        double start = classifier.levelOf(score) == Level.HIGH ? 0.5 : 0;
        return start + 0.5 * (index + 0.5) / slots;
    }

    /** How wide (or high) the slot of one score is, in 0..1. */
    double slotWidth(AssessmentScore score) {
        return 0.5 / slotsIn(classifier.levelOf(score));
    }

    private int slotsIn(Level level) {
        return level == Level.HIGH
                ? AssessmentScore.MAX - classifier.highFrom() + 1
                : classifier.highFrom() - AssessmentScore.MIN;
    }
}
