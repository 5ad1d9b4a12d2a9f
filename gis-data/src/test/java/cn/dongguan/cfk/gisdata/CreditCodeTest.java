package cn.dongguan.cfk.gisdata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CreditCodeTest {

    // Worked by hand: 9·1 + 1·3 + 3·9 + 5·27 + 0·19 + 1·26 + 0·16 + 0·17 + M(21)·20 + 0·29 + 0·25 + 0·13
    // + 1·8 + 0·24 + 0·10 + Y(30)·30 + 4·28 = 1,640 = 52·31 + 28, and (31 − 28) % 31 = 3.
    private static final String FUJIAN_EXAMPLE = "91350100M000100Y43";
    private static final String BEIJING_EXAMPLE = "91110000600037341L";

    @Test
    void acceptsCodesWithTheRightCheckCharacter() {
        assertThat(CreditCode.isValid(FUJIAN_EXAMPLE)).isTrue();
        assertThat(CreditCode.isValid(BEIJING_EXAMPLE)).isTrue();
        assertThat(CreditCode.checkCharacter(FUJIAN_EXAMPLE.substring(0, 17))).isEqualTo('3');
        assertThat(CreditCode.checkCharacter(BEIJING_EXAMPLE.substring(0, 17))).isEqualTo('L');
    }

    @Test
    void refusesEverySingleCharacterChange() {
        for (String valid : new String[] {FUJIAN_EXAMPLE, BEIJING_EXAMPLE}) {
            for (int i = 0; i < 18; i++) {
                for (char c : (CreditCode.CHARSET + "IOSVZa-").toCharArray()) {
                    if (c != valid.charAt(i)) {
                        String changed = valid.substring(0, i) + c + valid.substring(i + 1);
                        assertThat(CreditCode.isValid(changed)).as(changed).isFalse();
                    }
                }
            }
        }
    }

    @Test
    void refusesWrongShapes() {
        assertThat(CreditCode.isValid(null)).isFalse();
        assertThat(CreditCode.isValid("")).isFalse();
        assertThat(CreditCode.isValid(FUJIAN_EXAMPLE.substring(0, 17))).isFalse();
        assertThat(CreditCode.isValid(FUJIAN_EXAMPLE + "3")).isFalse();
        assertThat(CreditCode.isValid(FUJIAN_EXAMPLE.toLowerCase())).isFalse();
        assertThatThrownBy(() -> CreditCode.checkCharacter("91350100M000100Y"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> CreditCode.checkCharacter("91350100M000100YI"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void organisationCheckCharacterFollowsGb11714() {
        // 1·3 + 2·7 + 3·9 + 4·10 + 5·5 + 6·8 + 7·4 + 8·2 = 201 = 18·11 + 3, and 11 − 3 = 8
        assertThat(CreditCode.organisationCheckCharacter("12345678")).isEqualTo('8');
        // 6·2 = 12 = 11 + 1, and 11 − 1 = 10, written X
        assertThat(CreditCode.organisationCheckCharacter("00000006")).isEqualTo('X');
        // 0, and 11 − 0 = 11, written 0
        assertThat(CreditCode.organisationCheckCharacter("00000000")).isEqualTo('0');
    }

    @Test
    void generatedDongguanCodesAreValid() {
        String code = CreditCode.forDongguanEnterprise("12345678");
        assertThat(code).hasSize(18).startsWith("91441900123456788");
        assertThat(CreditCode.isValid(code)).isTrue();
    }
}
