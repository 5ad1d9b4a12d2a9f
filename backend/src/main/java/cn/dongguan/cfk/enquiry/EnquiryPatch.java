package cn.dongguan.cfk.enquiry;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What those who work an enquiry change: its status and their notes (a merge patch over the current ones). */
record EnquiryPatch(
        @NotNull EnquiryStatus status, @Size(max = 2000) String notes) {}
