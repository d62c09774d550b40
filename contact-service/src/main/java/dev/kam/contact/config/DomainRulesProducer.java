package dev.kam.contact.config;

import dev.kam.contact.domain.guidance.NextActions;
import dev.kam.contact.domain.profile.ProfileRetention;
import dev.kam.contact.domain.role.RoleClassifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;

/** The pure domain rules, built once from {@link ContactConfig}. */
@ApplicationScoped
public class DomainRulesProducer {

    @Produces
    @ApplicationScoped
    RoleClassifier roleClassifier(ContactConfig config) {
        return new RoleClassifier(config.roleHighFrom());
    }

    @Produces
    @ApplicationScoped
    NextActions nextActions(ContactConfig config) {
        return new NextActions(config.specifierInformEveryDays());
    }

    @Produces
    @ApplicationScoped
    ProfileRetention profileRetention(ContactConfig config) {
        return new ProfileRetention(Math.toIntExact(config.profileRetention().toDays()));
    }
}
