package cn.dongguan.cfk.space;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface SpaceUnitRepository extends Repository<SpaceUnit, Long> {

    Optional<SpaceUnit> findById(long id);

    List<SpaceUnit> findByBuildingIdOrderByFloorFromAscIdAsc(long buildingId);

    /** The highest floor any unit of the building is on, 0 when it has none. */
    @Query("SELECT coalesce(max(u.floorTo), 0) FROM SpaceUnit u WHERE u.buildingId = :buildingId")
    int highestFloorOf(long buildingId);

    @Transactional
    SpaceUnit saveAndFlush(SpaceUnit unit);

    @Transactional
    List<SpaceUnit> saveAllAndFlush(Iterable<SpaceUnit> units);
}
