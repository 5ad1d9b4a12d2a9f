package cn.dongguan.cfk.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.dongguan.cfk.shared.BadRequestException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordPolicyTest {

    @ParameterizedTest(name = "{1} → {2}")
    @CsvSource({
        "alice, short-pw, minLength",
        "alice, 九个字的中文密码呀, minLength",
        "alice, 1234567890, common",
        "alice, Password123, common",
        "alice, QWERTYUIOP, common",
        "alice, woaini1314, common",
        "manager055, Manager055, notUsername",
        "manager05, MANAGER05-secure, notUsername",
        "li, li, minLength",
        "alice, 这是一个非常非常非常长的密码它超过了七十二个字节的限制啊啊, maxLength",
    })
    void aWeakPasswordIsRefusedNamingTheRuleItBreaks(String username, String password, String rule) {
        assertThatThrownBy(() -> PasswordPolicy.check("password", username, password))
                .isInstanceOfSatisfying(BadRequestException.class, e -> {
                    assertThat(e.field()).isEqualTo("password");
                    assertThat(e.properties()).containsEntry("rule", rule);
                    assertThat(e.messageZh()).isNotBlank();
                    assertThat(e.getMessage()).isNotBlank();
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Kiwi-lantern-42", "东莞厂房库密码足够长", "li-has-a-long-password"})
    void aGoodPasswordPasses(String password) {
        PasswordPolicy.check("password", "li", password);
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3})
    void aOneTimePasswordPassesThePolicyAndIsNeverTheSame(int round) {
        String first = PasswordPolicy.oneTimePassword();
        String second = PasswordPolicy.oneTimePassword();
        assertThat(first).hasSize(14).isNotEqualTo(second);
        assertThat(PasswordPolicy.problem("someone", first))
                .as("round %d", round)
                .isNull();
    }
}
