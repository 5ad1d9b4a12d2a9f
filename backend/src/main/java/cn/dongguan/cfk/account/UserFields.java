package cn.dongguan.cfk.account;

import cn.dongguan.cfk.security.Role;
import cn.dongguan.cfk.shared.Texts;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;

/** What administrators send to create a user, and what they may change ({@code email}: where alerts go). */
final class UserFields {

    private UserFields() {}

    static final String USERNAME = "^[a-z0-9_.-]{2,64}$";
    static final String USERNAME_TEXT =
            "用户名应为 2 至 64 个小写字母、数字或 _ . -|A username is 2 to 64 lower-case letters, digits or _ . -";
    static final String PARK = "^DG-P[0-9]{2}$";
    static final String PARK_TEXT = "园区编号应如 DG-P05|A park code looks like DG-P05";

    record NewUser(
            @NotBlank @Pattern(regexp = USERNAME, message = USERNAME_TEXT)
            String username,

            @NotNull String password,
            @NotNull Role role,
            @Size(max = 35) List<@NotNull @Pattern(regexp = PARK, message = PARK_TEXT) String> parks,
            Long enterpriseId,
            @Size(max = 64) String displayName,
            @Size(max = 128) @Email String email,
            Boolean changeAtFirstSignIn) {

        NewUser {
            email = Texts.trimmed(email);
        }
    }

    /** The editable part of a user, the base of a JSON merge patch. */
    record Editable(
            @NotNull Role role,
            @NotNull @Size(max = 35) List<@NotNull @Pattern(regexp = PARK, message = PARK_TEXT) String> parks,
            Long enterpriseId,
            @Size(max = 64) String displayName,
            @Size(max = 128) @Email String email,
            @NotNull Boolean enabled) {

        Editable {
            email = Texts.trimmed(email);
        }
    }
}
