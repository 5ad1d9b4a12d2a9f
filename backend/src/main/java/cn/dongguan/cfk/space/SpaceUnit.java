package cn.dongguan.cfk.space;

import cn.dongguan.cfk.shared.NotFoundException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;

@Entity
@Table(name = "space_unit")
class SpaceUnit {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private long buildingId;
    private int floorFrom;
    private int floorTo;
    private BigDecimal areaM2;
    private BigDecimal vacantAreaM2;

    @Column(name = "ceiling_height_m")
    private BigDecimal ceilingHeightM;

    private BigDecimal floorLoadKgM2;
    private BigDecimal powerKva;
    private BigDecimal rentYuanM2Month;
    private BigDecimal salePriceYuanM2;
    private String status;
    private LocalDate availableFrom;
    private Long occupantEnterpriseId;
    private Instant lastConfirmedAt;

    @Version
    private long version;

    protected SpaceUnit() {}

    SpaceUnit(long buildingId, NewUnit u, OccupancyState occupancy, Instant confirmedAt) {
        this.buildingId = buildingId;
        this.floorFrom = u.floorFrom();
        this.floorTo = u.top();
        this.areaM2 = u.areaM2();
        this.ceilingHeightM = u.ceilingHeightM();
        this.floorLoadKgM2 = u.floorLoadKgM2();
        this.powerKva = u.powerKva();
        this.lastConfirmedAt = confirmedAt;
        changeOccupancy(occupancy);
    }

    /** Applies an accepted occupancy; the caller has checked it against the unit. */
    void changeOccupancy(OccupancyState s) {
        this.status = s.status().name();
        this.vacantAreaM2 = s.vacantAreaM2();
        this.rentYuanM2Month = s.rentYuanM2Month();
        this.availableFrom = s.availableFrom();
        this.occupantEnterpriseId = s.occupantEnterpriseId();
    }

    void confirm(Instant at) {
        this.lastConfirmedAt = at;
    }

    /** What the unit offers, stale by {@link Freshness}. */
    UnitTerms terms(Clock clock) {
        return new UnitTerms(
                floorFrom,
                floorTo,
                areaM2,
                vacantAreaM2,
                ceilingHeightM,
                floorLoadKgM2,
                powerKva,
                rentYuanM2Month,
                status,
                availableFrom,
                lastConfirmedAt,
                Freshness.isStale(lastConfirmedAt, clock));
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("单元 " + id + " 不存在", "Unit " + id + " does not exist");
    }

    /** The occupancy a merge patch starts from. */
    OccupancyState occupancy() {
        return new OccupancyState(
                UnitStatus.valueOf(status), vacantAreaM2, rentYuanM2Month, availableFrom, occupantEnterpriseId);
    }

    Long getId() {
        return id;
    }

    long getBuildingId() {
        return buildingId;
    }

    BigDecimal getAreaM2() {
        return areaM2;
    }

    long getVersion() {
        return version;
    }
}
