package cn.dongguan.cfk.enterprise;

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
        long version) {

    EnterpriseFields fields() {
        return new EnterpriseFields(name, creditCode, industryCode, grade, contactName, contactPhone, contactEmail);
    }
}
