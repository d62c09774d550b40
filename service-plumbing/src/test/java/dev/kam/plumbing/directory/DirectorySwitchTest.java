package dev.kam.plumbing.directory;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class DirectorySwitchTest {

    @Test
    void productionRefusesToStartWithTheDirectorySwitchedOff() {
        assertThatThrownBy(() -> DirectorySwitch.check(false, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("kam.directory.enabled=false");
    }

    @Test
    void developmentAndTestsMaySwitchItOff() {
        assertThatCode(() -> DirectorySwitch.check(false, false)).doesNotThrowAnyException();
    }

    @Test
    void switchedOnItStartsEverywhere() {
        assertThatCode(() -> DirectorySwitch.check(true, true)).doesNotThrowAnyException();
        assertThatCode(() -> DirectorySwitch.check(true, false)).doesNotThrowAnyException();
    }
}
