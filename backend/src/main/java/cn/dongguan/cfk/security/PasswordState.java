package cn.dongguan.cfk.security;

/**
 * Whether an account's password must be changed: SET (no), CHANGE_AT_SIGN_IN (the web app asks at the
 * first sign-in; HTTP Basic clients are not held up), ONE_TIME (a reset password, good only for
 * choosing a new one, whatever the client).
 */
public enum PasswordState {
    SET,
    CHANGE_AT_SIGN_IN,
    ONE_TIME
}
