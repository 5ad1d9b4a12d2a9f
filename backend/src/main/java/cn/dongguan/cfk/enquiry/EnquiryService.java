package cn.dongguan.cfk.enquiry;

import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.security.Role;
import cn.dongguan.cfk.security.Throttle;
import cn.dongguan.cfk.security.ThrottledException;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.ForbiddenException;
import cn.dongguan.cfk.shared.JsonBodies;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.PreconditionException;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;

/**
 * Takes enquiries and answers who sees them: staff and administrators all, a park's managers those
 * about their parks (with the contacts), the asker their own (without the workers' notes); everyone
 * else nothing, not even that an enquiry exists (404).
 */
@Service
class EnquiryService {

    private final EnquiryStore store;
    private final JsonBodies bodies;
    private final CurrentViewer viewer;
    private final Throttle throttle;
    private final EnquiryLimits limits;

    EnquiryService(
            EnquiryStore store, JsonBodies bodies, CurrentViewer viewer, Throttle throttle, EnquiryLimits limits) {
        this.store = store;
        this.bodies = bodies;
        this.viewer = viewer;
        this.throttle = throttle;
        this.limits = limits;
    }

    @Transactional
    EnquiryView create(JsonNode json, String clientAddress) {
        EnquiryInput in = bodies.read(json, EnquiryInput.class);
        long subjects = Stream.of(in.unitId(), in.buildingId(), in.parcelId())
                .filter(id -> id != null)
                .count();
        if (subjects != 1) {
            throw new BadRequestException(
                    "unitId",
                    "请指明咨询的对象：unitId、buildingId 或 parcelId 三者之一",
                    "Name what the enquiry is about: exactly one of unitId, buildingId or parcelId");
        }
        EnquiryStore.Owner owner = store.owner(in);
        if (!owner.exists()) {
            String field = in.unitId() != null ? "unitId" : in.buildingId() != null ? "buildingId" : "parcelId";
            throw new BadRequestException(field, "字段 " + field + "：咨询的对象不存在", "Field '" + field + "': no such site");
        }
        String asker = viewer.username().orElse(null);
        Long enterpriseId = viewer.role()
                .filter(r -> r == Role.ENTERPRISE)
                .flatMap(r -> viewer.enterpriseId())
                .orElse(null);
        if (enterpriseId != null && in.contactPhone() == null && in.contactEmail() == null) {
            in = store.enterpriseContacts(enterpriseId, in).orElse(in);
        }
        requireContacts(in);
        if (asker == null) {
            limit(Throttle.Scope.ENQUIRY_CLIENT, clientAddress, limits.perClientPerHour());
            limit(
                    Throttle.Scope.ENQUIRY_CONTACT,
                    in.contactPhone() != null ? in.contactPhone().replaceAll("[^0-9+]", "") : in.contactEmail(),
                    limits.perContactPerHour());
        }
        String staff =
                enterpriseId == null ? null : store.assignedStaff(enterpriseId).orElse(null);
        long id = store.insert(new EnquiryStore.NewEnquiry(in, owner.parkCode(), enterpriseId, asker, staff));
        return shown(store.find(id).orElseThrow());
    }

    @Transactional(readOnly = true)
    EnquiryView get(long id) {
        EnquiryView q = store.find(id).orElseThrow(() -> notFound(id));
        if (!maySee(q)) {
            throw notFound(id);
        }
        return shown(q);
    }

    @Transactional(readOnly = true)
    Page<EnquiryView> list(EnquiryStatus status, String park, String subjectKind, Long subjectId, int page, int size) {
        var paging = Page.check(page, size);
        String asker = viewer.requireUsername();
        Page<EnquiryView> found = store.page(
                new EnquiryStore.Filter(
                        status, park, subjectKind, subjectId, viewer.isStaffOrAdmin(), viewer.managedParks(), asker),
                paging);
        return new Page<>(found.items().stream().map(this::shown).toList(), found.total(), found.page(), found.size());
    }

    @Transactional
    EnquiryView patch(long id, String ifMatch, JsonNode json) {
        EnquiryView q = store.find(id).orElseThrow(() -> notFound(id));
        if (!maySee(q)) {
            throw notFound(id);
        }
        if (!mayWork(q)) {
            throw new ForbiddenException("只有招商人员和该园区的管理员可以处理咨询", "Only staff and the park's managers work an enquiry");
        }
        ETags.requireMatch(ifMatch, q.version());
        EnquiryPatch patch = bodies.merge(new EnquiryPatch(q.status(), q.notes()), json);
        if (!q.status().canMoveTo(patch.status())) {
            throw new BadRequestException(
                    "status",
                    "咨询只能向前推进（新咨询→已联系→看厂→已结束），不能从 " + q.status() + " 改为 " + patch.status(),
                    "An enquiry only moves forward (NEW → CONTACTED → VIEWING → CLOSED): not " + q.status() + " → "
                            + patch.status());
        }
        if (!store.update(id, q.version(), patch)) {
            throw PreconditionException.stale(q.version());
        }
        return store.find(id).orElseThrow();
    }

    /** Staff and administrators, and the managers of the owning park. */
    private boolean mayWork(EnquiryView q) {
        return viewer.isStaffOrAdmin() || viewer.managesPark(q.parkCode());
    }

    private boolean maySee(EnquiryView q) {
        return mayWork(q)
                || (q.asker() != null && q.asker().equals(viewer.username().orElse(null)));
    }

    private EnquiryView shown(EnquiryView q) {
        return mayWork(q) ? q : q.forAsker();
    }

    private static void requireContacts(EnquiryInput in) {
        if (in.contactName() == null) {
            throw new BadRequestException(
                    "contactName", "字段 contactName：请填写联系人", "Field 'contactName': a contact name is needed");
        }
        if (in.contactPhone() == null && in.contactEmail() == null) {
            throw new BadRequestException(
                    "contactPhone",
                    "字段 contactPhone：请填写联系电话或电子邮箱",
                    "Field 'contactPhone': a phone number or an e-mail address is needed");
        }
    }

    private void limit(Throttle.Scope scope, String subject, int perHour) {
        throttle.attempt(scope, subject, perHour).ifPresent(wait -> {
            throw new ThrottledException(wait, "咨询提交过于频繁，请稍后再试", "Too many enquiries: please try again later");
        });
    }

    private static NotFoundException notFound(long id) {
        return new NotFoundException("咨询 " + id + " 不存在", "Enquiry " + id + " does not exist");
    }
}
