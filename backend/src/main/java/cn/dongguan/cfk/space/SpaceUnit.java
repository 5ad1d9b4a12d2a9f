package cn.dongguan.cfk.space;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

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

    protected SpaceUnit() {
    }

    Long getId() { return id; }
    long getBuildingId() { return buildingId; }
    int getFloorFrom() { return floorFrom; }
    int getFloorTo() { return floorTo; }
    BigDecimal getAreaM2() { return areaM2; }
    BigDecimal getVacantAreaM2() { return vacantAreaM2; }
    BigDecimal getCeilingHeightM() { return ceilingHeightM; }
    BigDecimal getFloorLoadKgM2() { return floorLoadKgM2; }
    BigDecimal getPowerKva() { return powerKva; }
    BigDecimal getRentYuanM2Month() { return rentYuanM2Month; }
    BigDecimal getSalePriceYuanM2() { return salePriceYuanM2; }
    String getStatus() { return status; }
    LocalDate getAvailableFrom() { return availableFrom; }
    Long getOccupantEnterpriseId() { return occupantEnterpriseId; }
    Instant getLastConfirmedAt() { return lastConfirmedAt; }
    long getVersion() { return version; }
}
