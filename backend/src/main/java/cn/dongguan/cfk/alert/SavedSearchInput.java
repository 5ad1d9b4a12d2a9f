package cn.dongguan.cfk.alert;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * A new saved search: {@code kind} spaces or parcels, and {@code query} the parameters of /api/spaces
 * or /api/parcels; alerts by
 * e-mail to {@code email} (default: the enterprise's contact address) at once, in a daily digest or
 * not at all ({@code emailMode}, default IMMEDIATE).
 */
record SavedSearchInput(
        @NotNull @Pattern(regexp = "spaces|parcels", message = "应为 spaces 或 parcels|Must be spaces or parcels")
        String kind,

        @NotBlank @Size(max = 2000) String query,
        @Size(max = 128) String name,
        @Size(max = 128) @Email String email,

        @Pattern(
                regexp = "IMMEDIATE|DAILY|NONE",
                message = "应为 IMMEDIATE、DAILY 或 NONE|Must be IMMEDIATE, DAILY or NONE")
        String emailMode) {}
