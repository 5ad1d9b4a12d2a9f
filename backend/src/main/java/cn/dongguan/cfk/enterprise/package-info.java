/**
 * Enterprises (企业) with their unified social credit codes (GB 32100).
 * Public surface: {@link cn.dongguan.cfk.enterprise.EnterpriseDirectory} and {@link cn.dongguan.cfk.enterprise.EnterpriseRef}.
 */
package cn.dongguan.cfk.enterprise;
