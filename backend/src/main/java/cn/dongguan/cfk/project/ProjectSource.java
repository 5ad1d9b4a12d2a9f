package cn.dongguan.cfk.project;

/** Who registered a project: staff, or the enterprise itself (需求登记, a lead for staff). */
enum ProjectSource {
    STAFF,
    ENTERPRISE
}
