package cn.dongguan.cfk.matching;

import cn.dongguan.cfk.shared.Units;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A land parcel as matching reads it; {@code x, y} is its centroid in EPSG:4547 metres, {@code
 * standardLand} its 标准地 indicators (never null).
 */
record ParcelFact(
        long id,
        String parcelNo,
        String parkCode,
        String townCode,
        BigDecimal areaM2,
        String planningUse,
        String status,
        LocalDate earliestSupplyDate,
        String developmentState,
        Double referencePriceWanYuan,
        double x,
        double y,
        StandardLand standardLand) {

    /** The 标准地 indicators published for the parcel's supply (issue 16); all null: none. */
    record StandardLand(
            BigDecimal minInvestmentWanYuanMu,
            BigDecimal minTaxWanYuanMu,
            BigDecimal minOutputWanYuanMu,
            BigDecimal maxEnergyTceWanYuan) {

        static final StandardLand NONE = new StandardLand(null, null, null, null);
    }

    BigDecimal areaMu() {
        return Units.m2ToMu(areaM2);
    }

    Site site() {
        return new Site(parkCode, townCode, x, y);
    }
}
