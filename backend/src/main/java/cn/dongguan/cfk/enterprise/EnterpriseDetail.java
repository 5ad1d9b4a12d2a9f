package cn.dongguan.cfk.enterprise;

import cn.dongguan.cfk.shared.Versioned;

/** An enterprise with its contact, for staff and administrators; {@code prospect}: no credit code yet. */
public record EnterpriseDetail(
        long id,
        String name,
        String creditCode,
        boolean prospect,
        String industryCode,
        String grade,
        String contactName,
        String contactPhone,
        String contactEmail,
        long version)
        implements Versioned {

    EnterpriseFields fields() {
        return new EnterpriseFields(name, creditCode, industryCode, grade, contactName, contactPhone, contactEmail);
    }
}
