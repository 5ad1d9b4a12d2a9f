package cn.dongguan.cfk.enterprise;

import cn.dongguan.cfk.shared.ContactPhone;
import cn.dongguan.cfk.shared.Texts;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An enterprise as staff enter or import it, trimmed (blank is none), the credit code in capitals. Without a credit code it is a prospect (a prospective investor
 * not yet registered in China), to be completed later.
 */
record EnterpriseFields(
        @NotBlank @Size(max = 128) String name,
        @Size(max = 40) String creditCode,
        @Size(max = 32) String industryCode,

        @Pattern(regexp = "[ABCD]", message = "亩均效益等级应为 A、B、C 或 D|The grade must be A, B, C or D")
        String grade,

        @Size(max = 64) String contactName,

        @Size(max = ContactPhone.MAX) @Pattern(regexp = ContactPhone.PATTERN, message = ContactPhone.TEXT)
        String contactPhone,

        @Size(max = 128) @Email String contactEmail) {

    EnterpriseFields {
        name = Texts.trimmed(name);
        creditCode = Texts.trimmed(CreditCode.normalise(creditCode));
        industryCode = Texts.trimmed(industryCode);
        grade = Texts.trimmed(grade);
        contactName = Texts.trimmed(contactName);
        contactPhone = Texts.trimmed(contactPhone);
        contactEmail = Texts.trimmed(contactEmail);
    }
}
