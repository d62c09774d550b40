package dev.kam.contact.domain.role;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class BuyingCentreRoleTest {

    @Test
    void eachRoleSitsInItsOwnCornerOfTheMatrix() {
        assertThat(BuyingCentreRole.LEADER.interest()).isEqualTo(Level.HIGH);
        assertThat(BuyingCentreRole.LEADER.involvement()).isEqualTo(Level.HIGH);
        assertThat(BuyingCentreRole.SPECIFIER.interest()).isEqualTo(Level.HIGH);
        assertThat(BuyingCentreRole.SPECIFIER.involvement()).isEqualTo(Level.LOW);
        assertThat(BuyingCentreRole.HELPER.interest()).isEqualTo(Level.LOW);
        assertThat(BuyingCentreRole.HELPER.involvement()).isEqualTo(Level.HIGH);
        assertThat(BuyingCentreRole.BUTLER.interest()).isEqualTo(Level.LOW);
        assertThat(BuyingCentreRole.BUTLER.involvement()).isEqualTo(Level.LOW);
    }

    @Test
    void leadersAndSpecifiersAreKeyPeople() {
        assertThat(BuyingCentreRole.LEADER.isKeyPerson()).isTrue();
        assertThat(BuyingCentreRole.SPECIFIER.isKeyPerson()).isTrue();
    }

    @Test
    void helpersAndButlersAreNotKeyPeople() {
        assertThat(BuyingCentreRole.HELPER.isKeyPerson()).isFalse();
        assertThat(BuyingCentreRole.BUTLER.isKeyPerson()).isFalse();
    }
}
