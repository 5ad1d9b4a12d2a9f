package cn.dongguan.cfk.gisdata;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Invented enterprises with valid, unique credit codes. Seven in ten have their home in a park (and
 * mostly work in one of its positioning industries), the rest in a town's village estates; units
 * are let to enterprises of the same park or town.
 */
final class EnterpriseGenerator {

    private static final List<String> GRADES = List.of("A", "B", "C", "D");

    private EnterpriseGenerator() {}

    static List<SampleData.Enterprise> generate(
            int count, List<SampleData.Town> towns, List<SampleData.Park> parks, Rng rng) {
        int inParks = (int) Math.round(count * 0.7);
        Set<String> organisationCodes = new HashSet<>();
        List<SampleData.Enterprise> enterprises = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            SampleData.Park park = i < inParks ? parks.get(i % parks.size()) : null;
            String townCode = park != null
                    ? park.townCode()
                    : towns.get((i - inParks) % towns.size()).code();
            String industry = park != null && rng.chance(0.6)
                    ? rng.pick(park.industries())
                    : rng.pick(IndustryCatalogue.ALL).code();
            String organisation;
            do {
                organisation = rng.digits(8);
            } while (!organisationCodes.add(organisation));
            long id = i + 1;
            String nnn = String.format("%03d", id);
            enterprises.add(new SampleData.Enterprise(
                    id,
                    "示例企业" + nnn + "（东莞）" + IndustryCatalogue.byCode(industry).companyWord() + "有限公司",
                    CreditCode.forDongguanEnterprise(organisation),
                    industry,
                    rng.weighted(GRADES, 0.2, 0.35, 0.3, 0.15),
                    FakeNames.person(rng),
                    FakeNames.mobile(rng),
                    "contact" + nnn + "@example.com",
                    park != null ? park.code() : null,
                    townCode));
        }
        return enterprises;
    }
}
