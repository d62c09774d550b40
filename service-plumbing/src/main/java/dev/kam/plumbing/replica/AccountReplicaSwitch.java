package dev.kam.plumbing.replica;

/**
 * The replica of account-service's accounts and teams is opt-in: a service that keeps it sets, in its
 * application.properties,
 * <pre>
 * kam.account-replica.enabled=true
 * quarkus.hibernate-orm.mapping-files=META-INF/account-replica-orm.xml
 * quarkus.flyway.locations=db/migration,db/plumbing,db/account-replica
 * </pre>
 * and configures the incoming channel {@code account-events} on {@code kam.accounts.v1}. A service
 * without them has neither the beans nor the mapping nor the tables (docs/adr/0020).
 */
public final class AccountReplicaSwitch {

    /** Build-time property that enables the consumer, the applier and the repository. */
    public static final String ENABLED = "kam.account-replica.enabled";

    private AccountReplicaSwitch() {
    }
}
