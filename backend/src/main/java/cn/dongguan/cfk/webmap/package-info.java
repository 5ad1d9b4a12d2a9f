/**
 * What the web map at / needs beyond the features' own endpoints: its configuration (the basemap).
 * The page itself is static, in the frontend module.
 */
package cn.dongguan.cfk.webmap;
