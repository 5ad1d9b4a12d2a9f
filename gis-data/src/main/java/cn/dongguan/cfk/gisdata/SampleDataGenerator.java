package cn.dongguan.cfk.gisdata;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/**
 * Generates the sample data set: {@code [--scale small|city] [--out DIR] [--seed N]}. The same seed
 * and scale always give byte-identical files. Without {@code --out}, the small set goes to
 * {@code src/main/resources/cfk-sample/small} (where it is committed) and the city set to
 * {@code target/cfk-sample/city}, both under the module folder (system property
 * {@value #BASEDIR_PROPERTY}, set by the exec-maven-plugin, else the working directory).
 */
public final class SampleDataGenerator {

    public static final long DEFAULT_SEED = 20251127L;
    static final String BASEDIR_PROPERTY = "cfk.gisdata.basedir";
    /** The history's own stream (issue 15), so that everything else is as it was before it. */
    private static final long HISTORY_SALT = 0x15_15_15_15L;

    private SampleDataGenerator() {}

    public static void main(String[] args) {
        Scale scale = Scale.SMALL;
        long seed = DEFAULT_SEED;
        Path out = null;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--scale" -> scale = Scale.of(required(args[i], value));
                case "--out" -> out = Path.of(required(args[i], value)).toAbsolutePath();
                case "--seed" -> seed = Long.parseLong(required(args[i], value));
                default ->
                    throw new IllegalArgumentException(
                            "unknown argument " + args[i] + "; usage: [--scale small|city] [--out DIR] [--seed N]");
            }
            i++;
        }
        if (out == null) {
            Path module = Path.of(System.getProperty(BASEDIR_PROPERTY, ".")).toAbsolutePath();
            out = module.resolve(
                    scale == Scale.SMALL ? "src/main/resources/cfk-sample/small" : "target/cfk-sample/city");
        }
        long started = System.nanoTime();
        SampleData data = generate(scale, seed);
        new SampleWriter(LocalProjection.DONGGUAN).write(data, out);
        System.out.printf(
                "%s data set (seed %d) in %s: %d towns, %d parks, %d buildings, %d units, %d parcels,"
                        + " %d enterprises, %d projects; %.1f s%n",
                scale.id(),
                seed,
                out,
                data.towns().size(),
                data.parks().size(),
                data.buildings().size(),
                data.units().size(),
                data.parcels().size(),
                data.enterprises().size(),
                data.projects().size(),
                (System.nanoTime() - started) / 1e9);
    }

    private static String required(String option, String value) {
        if (value == null) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }

    static SampleData generate(Scale scale, long seed) {
        GeometryFactory gf = new GeometryFactory();
        // One stream per stage, split in a fixed order: towns and parks come out the same at every scale.
        Rng root = new Rng(seed);
        Rng parkRng = root.split();
        Rng siteRng = root.split();
        Rng enterpriseRng = root.split();
        Rng unitRng = root.split();
        Rng projectRng = root.split();

        List<TownCatalogue.TownCentre> centres = TownCatalogue.load();
        List<Polygon> boundaries = TownBoundaries.build(centres, LocalProjection.DONGGUAN, gf);
        List<SampleData.Town> towns = new ArrayList<>();
        for (int i = 0; i < centres.size(); i++) {
            TownCatalogue.TownCentre c = centres.get(i);
            towns.add(new SampleData.Town(
                    c.code(), c.name(), c.nameEn(), c.abbreviation(), c.lon(), c.lat(), boundaries.get(i)));
        }
        List<SampleData.Park> parks = ParkLayout.place(towns, parkRng, gf);
        SiteLayout.Result sites = SiteLayout.lay(towns, parks, scale, siteRng, gf);
        List<SampleData.Enterprise> enterprises =
                EnterpriseGenerator.generate(scale.enterprises, towns, parks, enterpriseRng);
        List<SampleData.Unit> units =
                UnitGenerator.generate(sites.buildings(), enterprises, scale.unitsPerFloorWeights, unitRng);
        List<SampleData.Project> projects =
                ProjectGenerator.generate(scale.projects, enterprises, towns, parks, projectRng);
        SampleData.History history = HistoryGenerator.generate(
                sites.buildings(), units, sites.parcels(), enterprises, new Rng(seed ^ HISTORY_SALT));
        return new SampleData(
                scale, seed, towns, parks, sites.buildings(), units, sites.parcels(), enterprises, projects, history);
    }
}
