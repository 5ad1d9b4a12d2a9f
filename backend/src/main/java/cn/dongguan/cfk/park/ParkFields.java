package cn.dongguan.cfk.park;

import cn.dongguan.cfk.shared.ContactPhone;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;

/** What administrators edit of a park (the base of a JSON merge patch); its boundary stays as it is. */
public record ParkFields(
        @NotBlank @Size(max = 128) String name,

        @NotNull
        @Pattern(
                regexp = "国家级|省级|省特色|市级|镇村工业园",
                message = "园区级别应为 国家级、省级、省特色、市级 或 镇村工业园|The level must be 国家级, 省级, 省特色, 市级 or 镇村工业园")
        String level,

        @NotNull @Size(max = 20) List<@NotNull @Pattern(regexp = "[A-Z0-9_]{1,32}") String> industries,
        @Size(max = 128) String managingBody,
        @Size(max = 64) String contactName,

        @Size(max = ContactPhone.MAX) @Pattern(regexp = ContactPhone.PATTERN, message = ContactPhone.TEXT)
        String contactPhone,

        @DecimalMin(value = "0", inclusive = false) @Digits(integer = 12, fraction = 2)
        BigDecimal plannedAreaM2) {}
