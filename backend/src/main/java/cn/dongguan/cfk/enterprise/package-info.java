/**
 * Enterprises (企业) with their unified social credit codes (GB 32100): looking them up, and adding
 * and changing them (staff, administrators; prospects without a code).
 * Public surface: {@link cn.dongguan.cfk.enterprise.EnterpriseDirectory}, {@link cn.dongguan.cfk.enterprise.EnterpriseRef},
 * {@link cn.dongguan.cfk.enterprise.EnterpriseRegistry}, {@link cn.dongguan.cfk.enterprise.EnterpriseDetail},
 * {@link cn.dongguan.cfk.enterprise.CreditCode}.
 */
package cn.dongguan.cfk.enterprise;
