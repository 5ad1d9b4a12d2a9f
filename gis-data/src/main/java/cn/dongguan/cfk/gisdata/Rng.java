package cn.dongguan.cfk.gisdata;

import java.util.List;
import java.util.SplittableRandom;

/** The generator's only source of randomness: seeded, so a seed always gives the same data. */
final class Rng {

    private final SplittableRandom random;

    Rng(long seed) {
        this(new SplittableRandom(seed));
    }

    private Rng(SplittableRandom random) {
        this.random = random;
    }

    /** An independent stream, so that one stage drawing more numbers does not shift the next stage. */
    Rng split() {
        return new Rng(random.split());
    }

    double between(double from, double to) {
        return from + (to - from) * random.nextDouble();
    }

    /** Log-uniform: as many values between 3 and 6 as between 30 and 60. */
    double logBetween(double from, double to) {
        return StrictMath.exp(between(StrictMath.log(from), StrictMath.log(to)));
    }

    int between(int from, int toInclusive) {
        return from + random.nextInt(toInclusive - from + 1);
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    String digits(int count) {
        StringBuilder sb = new StringBuilder(count);
        for (int i = 0; i < count; i++) {
            sb.append((char) ('0' + random.nextInt(10)));
        }
        return sb.toString();
    }

    <T> T pick(List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    /** One of {@code items}, item i with probability weights[i] / sum(weights). */
    <T> T weighted(List<T> items, double... weights) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double r = random.nextDouble() * total;
        for (int i = 0; i < items.size(); i++) {
            r -= weights[i];
            if (r < 0) {
                return items.get(i);
            }
        }
        return items.get(items.size() - 1);
    }

    <T> void shuffle(List<T> items) {
        for (int i = items.size() - 1; i > 0; i--) {
            int j = random.nextInt(i + 1);
            T t = items.get(i);
            items.set(i, items.get(j));
            items.set(j, t);
        }
    }
}
