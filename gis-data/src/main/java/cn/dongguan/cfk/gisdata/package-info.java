/**
 * The deterministic sample-data generator ({@link cn.dongguan.cfk.gisdata.SampleDataGenerator}) and
 * the small helpers the backend shares with it ({@link cn.dongguan.cfk.gisdata.CreditCode},
 * {@link cn.dongguan.cfk.gisdata.LocalProjection}).
 *
 * <p>Everything is laid out in metres ({@link cn.dongguan.cfk.gisdata.LocalProjection#DONGGUAN}) and
 * projected to WGS84 only when written. To give the same bytes for the same seed on any machine, the
 * generator draws all randomness from {@code Rng}, iterates only ordered collections, and uses
 * {@code StrictMath} for transcendental functions ({@code Math} may differ by an ulp between platforms).
 */
package cn.dongguan.cfk.gisdata;
