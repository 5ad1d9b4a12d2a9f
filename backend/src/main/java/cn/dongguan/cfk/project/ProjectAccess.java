package cn.dongguan.cfk.project;

import cn.dongguan.cfk.security.CurrentViewer;
import cn.dongguan.cfk.security.Role;
import cn.dongguan.cfk.shared.ForbiddenException;
import cn.dongguan.cfk.shared.NotFoundException;
import java.util.Objects;
import org.springframework.stereotype.Component;

/** Who may see a project: staff and administrators any, an enterprise only its own. */
@Component
class ProjectAccess {

    private final CurrentViewer viewer;

    ProjectAccess(CurrentViewer viewer) {
        this.viewer = viewer;
    }

    boolean isEnterprise() {
        return viewer.role().filter(r -> r == Role.ENTERPRISE).isPresent();
    }

    void requireVisible(ProjectView p) {
        if (!viewer.isStaffOrAdmin()
                && !(isEnterprise()
                        && p.enterpriseId() != null
                        && Objects.equals(
                                p.enterpriseId(), viewer.enterpriseId().orElse(null)))) {
            throw new ForbiddenException("您只能查看本企业的项目", "You may only see your own enterprise's projects");
        }
    }

    static NotFoundException notFound(long id) {
        return new NotFoundException("项目 " + id + " 不存在", "Project " + id + " does not exist");
    }
}
