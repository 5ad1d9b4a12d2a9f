package cn.dongguan.cfk.security;

/** The signed-in roles of SPEC §2; anonymous users have none. */
public enum Role {
    ADMIN,
    STAFF,
    PARK_MANAGER,
    ENTERPRISE
}
