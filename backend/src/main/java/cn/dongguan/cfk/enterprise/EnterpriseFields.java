package cn.dongguan.cfk.enterprise;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * An enterprise's fields as a write sets them: its name, its unified social credit code (checked by
 * {@link EnterpriseRules} with its GB 32100 check character), industry, 亩均效益 grade and contact.
 */
record EnterpriseFields(
        @NotNull @Size(max = 128) String name,
        @NotNull String creditCode,

        @Pattern(
                regexp = "[A-Z0-9_]+",
                message =
                        "字段 industryCode 应为产业编号，如 NEW_ENERGY|Field 'industryCode' must be an industry code such as NEW_ENERGY")
        String industryCode,

        @Pattern(regexp = "[ABCD]", message = "字段 grade 应为 A、B、C 或 D|Field 'grade' must be A, B, C or D")
        String grade,

        @Size(max = 64) String contactName,
        @Size(max = 32) String contactPhone,
        @Email @Size(max = 128) String contactEmail) {

    EnterpriseFields {
        name = text(name);
        creditCode = creditCode == null ? null : text(creditCode.toUpperCase(java.util.Locale.ROOT));
        industryCode = text(industryCode);
        grade = text(grade);
        contactName = text(contactName);
        contactPhone = text(contactPhone);
        contactEmail = text(contactEmail);
    }

    private static String text(String value) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        return trimmed.isEmpty() ? null : trimmed;
    }
}
