package dev.kam.contact.service.matrix;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.access.PeopleAction;
import dev.kam.contact.domain.matrix.BestRelationship;
import dev.kam.contact.domain.matrix.MatrixLayout;
import dev.kam.contact.domain.matrix.MatrixPoint;
import dev.kam.contact.domain.matrix.PlacedPerson;
import dev.kam.contact.domain.role.AssessmentScore;
import dev.kam.contact.domain.role.RoleClassifier;
import dev.kam.contact.domain.stakeholder.StakeholderStatus;
import dev.kam.contact.repository.PurchaseDecisionEntity;
import dev.kam.contact.repository.PurchaseDecisionRepository;
import dev.kam.contact.repository.RelationshipEntity;
import dev.kam.contact.repository.RoleAssessmentEntity;
import dev.kam.contact.repository.RoleAssessmentRepository;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.contact.service.access.StakeholderAccess;
import dev.kam.contact.service.coverage.BuyingCentreFacts;
import dev.kam.contact.service.coverage.ReadingBuyingCentreFacts;
import dev.kam.plumbing.problem.ProblemException;
import dev.kam.plumbing.replica.AccountReplicaEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The matrix of an account's active people, account-wide or for one purchase decision's buying
 * centre (those assessed in it, with their roles there). Colours count only relationships held by
 * people still on the account team, like coverage does.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingMatrix {

    private static final Comparator<StakeholderEntity> BY_NAME = Comparator
            .comparing((StakeholderEntity s) -> s.name.toLowerCase(Locale.ROOT)).thenComparing(s -> s.id);

    private final StakeholderAccess access;
    private final ReadingBuyingCentreFacts facts;
    private final RoleAssessmentRepository assessments;
    private final PurchaseDecisionRepository decisions;
    private final MatrixLayout layout;
    private final RoleClassifier classifier;

    ReadingMatrix(StakeholderAccess access, ReadingBuyingCentreFacts facts, RoleAssessmentRepository assessments,
            PurchaseDecisionRepository decisions, MatrixLayout layout, RoleClassifier classifier) {
        this.access = access;
        this.facts = facts;
        this.assessments = assessments;
        this.decisions = decisions;
        this.layout = layout;
        this.classifier = classifier;
    }

    public MatrixView of(UUID accountId, UUID decisionId) {
        AccountReplicaEntity account = access.requireAccount(accountId, PeopleAction.READ_PEOPLE);
        BuyingCentreFacts known = facts.of(account);
        PurchaseDecisionEntity decision = decisionId == null ? null : decisionOf(accountId, decisionId);
        Map<UUID, RoleAssessmentEntity> roles = decision == null ? known.roles()
                : assessments.currentOfAccount(accountId, decisionId);
        List<StakeholderEntity> people = known.people().stream()
                .filter(s -> s.status == StakeholderStatus.ACTIVE && roles.containsKey(s.id))
                .sorted(BY_NAME)
                .toList();
        List<PlacedPerson> places = layout.place(people.stream()
                .map(s -> new MatrixPoint(new StakeholderId(s.id), AssessmentScore.of(roles.get(s.id).interest),
                        AssessmentScore.of(roles.get(s.id).involvement)))
                .toList());
        Map<UUID, List<RelationshipEntity>> ties = known.relationships().stream()
                .collect(Collectors.groupingBy(r -> r.stakeholderId));
        Map<UUID, PlacedPerson> placeOf = places.stream()
                .collect(Collectors.toMap(p -> p.stakeholder().value(), Function.identity()));
        List<MatrixView.Person> shown = people.stream().map(s -> {
            RoleAssessmentEntity assessment = roles.get(s.id);
            PlacedPerson place = placeOf.get(s.id);
            return new MatrixView.Person(s.id, s.name, s.position, s.erased(), assessment.interest,
                    assessment.involvement, assessment.role, place.quadrant(), s.primaryContact,
                    BestRelationship.among(ties.getOrDefault(s.id, List.of()).stream().map(r -> r.quality).toList())
                            .orElse(null),
                    place.x(), place.y());
        }).toList();
        return new MatrixView(accountId, account.name, decisionId, decision == null ? null : decision.name,
                classifier.highFrom(), shown);
    }

    private PurchaseDecisionEntity decisionOf(UUID accountId, UUID decisionId) {
        return decisions.findByIdOptional(decisionId)
                .filter(d -> d.accountId.equals(accountId))
                .orElseThrow(() -> ProblemException.notFound("Purchase decision " + decisionId + " of this account"));
    }
}
