package cn.dongguan.cfk.enterprise;

/** An enterprise as other features name it: an occupant, a project's owner. Personal data stays out. */
public record EnterpriseRef(long id, String name, String creditCode) {}
