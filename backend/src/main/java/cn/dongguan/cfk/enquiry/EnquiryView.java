package cn.dongguan.cfk.enquiry;

import cn.dongguan.cfk.shared.Versioned;
import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * An enquiry as the API shows it. The contacts are shown to staff, administrators and the owning
 * park's managers, and to the asker; the notes of those who work it not to the asker.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EnquiryView(
        long id,
        Subject subject,
        String parkCode,
        String message,
        String preferredDates,
        String contactName,
        String contactPhone,
        String contactEmail,
        Long enterpriseId,
        String enterpriseName,
        String asker,
        String routedStaff,
        EnquiryStatus status,
        String notes,
        Instant createdAt,
        Instant updatedAt,
        long version)
        implements Versioned {

    /** What is asked about: {@code kind} unit, building or parcel, its id and its name as listed. */
    record Subject(String kind, long id, String name) {}

    /** What the asker sees of their own enquiry: all but the notes of those who work it. */
    EnquiryView forAsker() {
        return new EnquiryView(
                id,
                subject,
                parkCode,
                message,
                preferredDates,
                contactName,
                contactPhone,
                contactEmail,
                enterpriseId,
                enterpriseName,
                asker,
                null,
                status,
                null,
                createdAt,
                updatedAt,
                version);
    }
}
