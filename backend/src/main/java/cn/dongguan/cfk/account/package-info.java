/**
 * Accounts (issue 12): administrators create, change, disable and unlock users and reset their
 * passwords; enterprises sign themselves up (an unverified ENTERPRISE account, linked to its
 * enterprise, until staff verify it). Uses security's password policy, throttle and sessions and the
 * enterprise registry. Exposes nothing.
 */
package cn.dongguan.cfk.account;
