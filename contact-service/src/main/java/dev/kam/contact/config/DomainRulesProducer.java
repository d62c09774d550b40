package dev.kam.contact.config;

import dev.kam.contact.domain.guidance.NextActions;
import dev.kam.contact.domain.matrix.MatrixLayout;
import dev.kam.contact.domain.profile.ProfileRetention;
import dev.kam.contact.domain.role.RoleClassifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The pure domain rules, built once from {@link ContactConfig} (records are final: singletons, not proxied). */
@ApplicationScoped
public class DomainRulesProducer {

    @Produces
    @Singleton
    RoleClassifier roleClassifier(ContactConfig config) {
        return new RoleClassifier(config.roleHighFrom());
    }

    @Produces
    @Singleton
    NextActions nextActions(ContactConfig config) {
        return new NextActions(config.specifierInformEveryDays());
    }

    @Produces
    @Singleton
    ProfileRetention profileRetention(ContactConfig config) {
        return new ProfileRetention(Math.toIntExact(config.profileRetention().toDays()));
    }

    @Produces
    @Singleton
    MatrixLayout matrixLayout(RoleClassifier classifier) {
        return new MatrixLayout(classifier);
    }
}
