package dev.kam.account.service.interaction;

import dev.kam.account.domain.access.AccountAction;
import dev.kam.account.repository.ConcessionRepository;
import dev.kam.account.repository.InteractionEntity;
import dev.kam.account.repository.InteractionQuery;
import dev.kam.account.repository.InteractionRepository;
import dev.kam.account.repository.StakeholderReplicaRepository;
import dev.kam.account.service.access.AccountAccess;
import dev.kam.account.service.concession.ConcessionView;
import dev.kam.plumbing.paging.Cursor;
import dev.kam.plumbing.paging.KeysetPages;
import dev.kam.plumbing.paging.Page;
import dev.kam.plumbing.problem.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reading an account's relationship history, newest first: for whoever may read the dossier. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class ReadingInteractions {

    private final AccountAccess access;
    private final InteractionRepository interactions;
    private final ConcessionRepository concessions;
    private final StakeholderReplicaRepository stakeholders;

    ReadingInteractions(AccountAccess access, InteractionRepository interactions, ConcessionRepository concessions,
            StakeholderReplicaRepository stakeholders) {
        this.access = access;
        this.interactions = interactions;
        this.concessions = concessions;
        this.stakeholders = stakeholders;
    }

    public Page<InteractionView> page(UUID accountId, InteractionFilter filter, String cursor, int limit) {
        access.require(accountId, AccountAction.VIEW_DOSSIER);
        Cursor after = KeysetPages.after(cursor, 2);
        InteractionQuery query = new InteractionQuery(accountId,
                filter.kind(), filter.outcome(),
                filter.from(), filter.to(), KeysetPages.instant(after, 0), KeysetPages.id(after, 1));
        List<InteractionEntity> found = interactions.page(query, limit + 1);
        Map<UUID, List<ConcessionView>> madeIn = concessionsOf(found);
        Map<UUID, String> names = namesIn(accountId, found);
        return KeysetPages.page(found, limit,
                last -> Cursor.of(last.occurredAt.toString(), last.id.toString()),
                interaction -> InteractionView.of(interaction, madeIn.getOrDefault(interaction.id, List.of()), names));
    }

    public InteractionView get(UUID accountId, UUID interactionId) {
        access.require(accountId, AccountAction.VIEW_DOSSIER);
        InteractionEntity interaction = interactions.findInAccount(accountId, interactionId)
                .orElseThrow(() -> ProblemException.notFound("Interaction " + interactionId));
        return InteractionView.of(interaction, concessionsOf(List.of(interaction))
                .getOrDefault(interaction.id, List.of()), namesIn(accountId, List.of(interaction)));
    }

    /** The names of the client's people who took part in these interactions, as far as they are kept. */
    private Map<UUID, String> namesIn(UUID accountId, List<InteractionEntity> found) {
        return stakeholders.namesOf(accountId, found.stream()
                .flatMap(interaction -> interaction.stakeholderIds.stream())
                .map(UUID::fromString)
                .collect(Collectors.toSet()));
    }

    private Map<UUID, List<ConcessionView>> concessionsOf(List<InteractionEntity> page) {
        if (page.isEmpty()) {
            return Map.of();
        }
        return concessions.madeIn(page.stream().map(interaction -> interaction.id).toList()).stream()
                .collect(Collectors.groupingBy(concession -> concession.interactionId,
                        Collectors.mapping(ConcessionView::of, Collectors.toList())));
    }
}
