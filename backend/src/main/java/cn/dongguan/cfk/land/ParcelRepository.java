package cn.dongguan.cfk.land;

import java.util.Optional;
import org.springframework.data.repository.Repository;
import org.springframework.transaction.annotation.Transactional;

@Transactional(readOnly = true)
interface ParcelRepository extends Repository<Parcel, Long> {

    Optional<Parcel> findById(long id);

    Optional<Parcel> findByParcelNo(String parcelNo);

    @Transactional
    Parcel saveAndFlush(Parcel parcel);
}
