package cn.dongguan.cfk.standardland;

import com.fasterxml.jackson.annotation.JsonUnwrapped;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** A parcel's 达产 check of one year: its figures against its indicators, and what falls short. */
record CheckView(
        long parcelId,
        String parcelNo,
        String parkCode,
        String townCode,
        String status,
        BigDecimal areaMu,
        int year,
        Long enterpriseId,
        String enterpriseName,
        BigDecimal investmentWanYuan,
        BigDecimal taxWanYuan,
        BigDecimal outputWanYuan,
        BigDecimal energyTce,
        @JsonUnwrapped Indicators indicators,
        List<Shortfall> shortfalls,
        String recordedBy,
        Instant recordedAt) {}
