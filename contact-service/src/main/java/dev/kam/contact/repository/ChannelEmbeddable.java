package dev.kam.contact.repository;

import dev.kam.contact.domain.stakeholder.ChannelKind;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** One contact channel of a stakeholder, in the order the team gave them. */
@Embeddable
public class ChannelEmbeddable {

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ChannelKind kind;

    @Column(name = "channel_value", nullable = false)
    public String value;

    public ChannelEmbeddable() {
    }

    public ChannelEmbeddable(ChannelKind kind, String value) {
        this.kind = kind;
        this.value = value;
    }
}
