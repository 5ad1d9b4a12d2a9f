/**
 * Generic guards of the HTTP interface (issue 12), for every endpoint including ones added later:
 * NUL characters in parameters and JSON texts, numbers out of any sensible range (huge exponents,
 * NaN, Infinity) in parameters, all answered 400 naming the field; and a bounded number of
 * expensive requests at a time per endpoint class ({@code cfk.limits.*}), the rest answered 503
 * with Retry-After. Exposes nothing: its filters and converters apply themselves.
 */
package cn.dongguan.cfk.webguard;
