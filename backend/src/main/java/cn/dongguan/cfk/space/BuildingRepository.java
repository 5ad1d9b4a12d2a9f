package cn.dongguan.cfk.space;

import java.util.Optional;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface BuildingRepository extends Repository<Building, Long> {

    Optional<Building> findById(long id);

    @Transactional
    Building saveAndFlush(Building building);
}
