package dev.kam.account.domain.access;

import java.util.Arrays;
import java.util.Optional;

/** The Keycloak realm roles the suite knows, with their names as they appear in tokens. */
public enum RealmRole {
    KAM_ADMIN("kam-admin"),
    SALES_DIRECTOR("sales-director"),
    KEY_ACCOUNT_MANAGER("key-account-manager"),
    ACCOUNT_TEAM_MEMBER("account-team-member"),
    MARKETING("marketing"),
    COMPENSATION_ADMIN("compensation-admin"),
    EMPLOYEE("employee"),
    /** Not a person: an integration (the ERP) that pushes purchase volumes of every account, nothing else. */
    PURCHASE_VOLUME_FEED("purchase-volume-feed");

    private final String roleName;

    RealmRole(String roleName) {
        this.roleName = roleName;
    }

    public String roleName() {
        return roleName;
    }

    public static Optional<RealmRole> fromRoleName(String roleName) {
        return Arrays.stream(values()).filter(role -> role.roleName.equals(roleName)).findFirst();
    }
}
