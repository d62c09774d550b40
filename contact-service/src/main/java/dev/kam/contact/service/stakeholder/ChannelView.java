package dev.kam.contact.service.stakeholder;

import dev.kam.contact.domain.stakeholder.ChannelKind;

/** One way to reach the person. */
public record ChannelView(ChannelKind kind, String value) {
}
