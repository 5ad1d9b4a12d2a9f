package cn.dongguan.cfk.enquiry;

import cn.dongguan.cfk.shared.Texts;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;

/** A new enquiry as POST /api/enquiries takes it: one subject, the message, and how to reach the asker. */
record EnquiryInput(
        @Positive Long unitId,
        @Positive Long buildingId,
        @Positive Long parcelId,
        @NotBlank @Size(max = 2000) String message,
        @Size(max = 200) String preferredDates,
        @Size(max = 64) String contactName,

        @Size(max = 32)
        @Pattern(
                regexp = "\\+?[0-9][0-9()\\- ]{6,30}",
                message = "联系电话应为 7 位以上数字，可含空格和 + - ( )|A phone number has at least 7 digits, spaces and + - ( ) only")
        String contactPhone,

        @Size(max = 128) @Email String contactEmail) {

    EnquiryInput {
        preferredDates = Texts.trimmed(preferredDates);
        contactName = Texts.trimmed(contactName);
        contactPhone = Texts.trimmed(contactPhone);
        contactEmail = Texts.trimmed(contactEmail);
    }
}
