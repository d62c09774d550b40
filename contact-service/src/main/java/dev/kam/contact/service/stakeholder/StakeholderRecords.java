package dev.kam.contact.service.stakeholder;

import dev.kam.contact.domain.StakeholderId;
import dev.kam.contact.domain.stakeholder.OrgChart;
import dev.kam.contact.domain.stakeholder.PrimaryContact;
import dev.kam.contact.domain.stakeholder.StakeholderDetails;
import dev.kam.contact.domain.stakeholder.StakeholderStatus;
import dev.kam.contact.repository.ChannelEmbeddable;
import dev.kam.contact.repository.StakeholderEntity;
import dev.kam.contact.repository.StakeholderRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Writes the parts of a person's record that adding and changing share: details, the reporting line
 * (checked against the account's org chart) and the primary-contact flag (handed over, one per account;
 * the person who loses it is announced as changed).
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class StakeholderRecords {

    private final StakeholderRepository stakeholders;
    private final AnnouncingSharedChanges announcing;

    StakeholderRecords(StakeholderRepository stakeholders, AnnouncingSharedChanges announcing) {
        this.stakeholders = stakeholders;
        this.announcing = announcing;
    }

    void write(StakeholderEntity entity, StakeholderDetails details, Optional<UUID> reportsTo, boolean primary,
            Instant at) {
        OrgChart chart = new OrgChart(stakeholders.ofAccount(entity.accountId).stream()
                .collect(Collectors.toMap(s -> new StakeholderId(s.id),
                        s -> Optional.ofNullable(s.reportsTo).map(StakeholderId::new))));
        chart.requireValidLine(new StakeholderId(entity.id), reportsTo.map(StakeholderId::new));
        if (primary && !entity.primaryContact) {
            Optional<StakeholderEntity> current = stakeholders.primaryContactOf(entity.accountId);
            Optional<StakeholderId> losing = PrimaryContact.handOver(
                    current.map(s -> new StakeholderId(s.id)), new StakeholderId(entity.id), entity.status);
            losing.flatMap(id -> current).ifPresent(previous -> {
                SharedFields before = SharedFields.of(previous);
                previous.primaryContact = false;
                previous.updatedAt = at;
                stakeholders.flush(); // the unique index allows one flag per account at any moment
                announcing.announce(previous, before, at);
            });
        }
        entity.primaryContact = primary && entity.status == StakeholderStatus.ACTIVE;
        entity.name = details.name();
        entity.position = details.position().orElse(null);
        entity.department = details.department().orElse(null);
        entity.reportsTo = reportsTo.orElse(null);
        var channels = details.channels().stream().map(c -> new ChannelEmbeddable(c.kind(), c.value())).toList();
        if (!sameChannels(entity, channels)) {
            entity.channels.clear();
            entity.channels.addAll(channels);
        }
    }

    private static boolean sameChannels(StakeholderEntity entity, List<ChannelEmbeddable> channels) {
        if (entity.channels.size() != channels.size()) {
            return false;
        }
        for (int i = 0; i < channels.size(); i++) {
            if (entity.channels.get(i).kind != channels.get(i).kind
                    || !entity.channels.get(i).value.equals(channels.get(i).value)) {
                return false;
            }
        }
        return true;
    }
}
