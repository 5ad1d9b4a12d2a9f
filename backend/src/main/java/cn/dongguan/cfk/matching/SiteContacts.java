package cn.dongguan.cfk.matching;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The address and the park contact of exported sites: the building's address (floor space), the park's
 * managing body and contact. The contact is personal data: read only for staff and administrators.
 */
@Component
class SiteContacts {

    /** What the shortlist shows of a site beyond the match: its address, and its contact (null if not shown). */
    record Of(Map<Long, String> addresses, Map<String, String> contacts) {

        String address(MatchResponse.Item item) {
            return item.buildingId() == null ? null : addresses.get(item.buildingId());
        }

        String contact(MatchResponse.Item item) {
            return item.parkCode() == null ? null : contacts.get(item.parkCode());
        }
    }

    private final JdbcClient jdbc;

    SiteContacts(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Of of(List<MatchResponse.Item> items, boolean withContacts) {
        List<Long> buildings = items.stream()
                .map(MatchResponse.Item::buildingId)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        List<String> parks = items.stream()
                .map(MatchResponse.Item::parkCode)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        Map<Long, String> addresses = new HashMap<>();
        if (!buildings.isEmpty()) {
            jdbc.sql("SELECT id, address FROM building WHERE id IN (:ids) AND address IS NOT NULL")
                    .param("ids", buildings)
                    .query((rs, i) -> addresses.put(rs.getLong("id"), rs.getString("address")))
                    .list();
        }
        Map<String, String> contacts = new HashMap<>();
        if (withContacts && !parks.isEmpty()) {
            jdbc.sql("""
                            SELECT code, concat_ws(' ', managing_body, contact_name, contact_phone) AS contact
                            FROM park WHERE code IN (:codes)""")
                    .param("codes", parks)
                    .query((rs, i) -> contacts.put(rs.getString("code"), rs.getString("contact")))
                    .list();
        }
        return new Of(addresses, contacts);
    }
}
