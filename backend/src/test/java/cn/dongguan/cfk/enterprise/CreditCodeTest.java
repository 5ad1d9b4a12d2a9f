package cn.dongguan.cfk.enterprise;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dongguan.cfk.shared.BadRequestException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** GB 32100-2015: the check character, the alphabet without I O S V Z, the region digits. */
class CreditCodeTest {

    /** Codes published by their holders (e.g. on business licences shown online). */
    @ParameterizedTest
    @ValueSource(strings = {"91350100M000100Y43", "91110000600037341L", "91441900155878037U"})
    void publishedCodesAreValid(String code) {
        assertThat(CreditCode.isValid(code)).isTrue();
    }

    @Test
    void everyOtherCheckCharacterIsRefusedAndTheMessageNamesTheRightOne() {
        String first17 = "91350100M000100Y4";
        for (char c : CreditCode.CHARACTERS.toCharArray()) {
            boolean valid = CreditCode.isValid(first17 + c);
            assertThat(valid).as("check character %s", c).isEqualTo(c == '3');
        }
        assertThatThrownBy(() -> CreditCode.check("creditCode", first17 + "4"))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("creditCode");
                    assertThat(e.getMessage()).contains("would be 3");
                });
    }

    @Test
    void aSingleMistypedCharacterIsCaught() {
        String code = "91110000600037341L";
        for (int i = 0; i < 17; i++) {
            for (char c : CreditCode.CHARACTERS.toCharArray()) {
                if (c == code.charAt(i) || (i >= 2 && i < 8 && !Character.isDigit(c))) {
                    continue;
                }
                String typo = code.substring(0, i) + c + code.substring(i + 1);
                assertThat(CreditCode.isValid(typo)).as(typo).isFalse();
            }
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "9135010",
                "91350100M000100Y433",
                "91350100M000100I43",
                "913501O0M000100Y43",
                "91AB0100M000100Y43"
            })
    void malformedCodesAreRefused(String code) {
        assertThat(CreditCode.isValid(code)).isFalse();
    }

    @Test
    void codesAreComparedWithoutSpacesAndInCapitals() {
        assertThat(CreditCode.normalise(" 91350100m000100y43 ")).isEqualTo("91350100M000100Y43");
        assertThat(CreditCode.normalise("9135 0100 M000 100Y 43")).isEqualTo("91350100M000100Y43");
    }
}
