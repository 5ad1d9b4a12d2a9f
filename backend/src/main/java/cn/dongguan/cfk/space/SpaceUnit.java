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

    @Column(name = "building_id")
    private long buildingId;

    @Column(name = "floor_from")
    private int floorFrom;

    @Column(name = "floor_to")
    private int floorTo;

    @Column(name = "area_m2")
    private BigDecimal areaM2;

    @Column(name = "vacant_area_m2")
    private BigDecimal vacantAreaM2;

    @Column(name = "ceiling_height_m")
    private BigDecimal ceilingHeightM;

    @Column(name = "floor_load_kg_m2")
    private BigDecimal floorLoadKgM2;

    @Column(name = "power_kva")
    private BigDecimal powerKva;

    @Column(name = "rent_yuan_m2_month")
    private BigDecimal rentYuanM2Month;

    @Column(name = "sale_price_yuan_m2")
    private BigDecimal salePriceYuanM2;

    @Column(name = "status")
    private String status;

    @Column(name = "available_from")
    private LocalDate availableFrom;

    @Column(name = "occupant_enterprise_id")
    private Long occupantEnterpriseId;

    @Column(name = "last_confirmed_at")
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
