package dev.kam.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class BoundedTextTest {

    @Test
    void requiredTextIsStripped() {
        assertThat(BoundedText.required("  hello ", "note", 5)).isEqualTo("hello");
    }

    @Test
    void requiredTextMayBeExactlyTheMaximumLengthButNotLonger() {
        assertThat(BoundedText.required("abcde", "note", 5)).isEqualTo("abcde");
        assertThatThrownBy(() -> BoundedText.required("abcdef", "note", 5))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 5");
    }

    @Test
    void requiredTextCannotBeBlank() {
        assertThatThrownBy(() -> BoundedText.required("  ", "note", 5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BoundedText.required(null, "note", 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void blankOptionalTextCountsAsAbsent() {
        assertThat(BoundedText.optional(Optional.of("   "), "note", 5)).isEmpty();
        assertThat(BoundedText.optional(Optional.empty(), "note", 5)).isEmpty();
        assertThat(BoundedText.optional(Optional.of(" hi "), "note", 5)).contains("hi");
    }
}
