package cn.dongguan.cfk.project;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Saved projects' requirements for the other features, with the projects' own rule of who may see them. */
@Service
@Transactional(readOnly = true)
public class ProjectRequirements {

    private final ProjectStore store;
    private final ProjectAccess access;
    private final Clock clock;

    ProjectRequirements(ProjectStore store, ProjectAccess access, Clock clock) {
        this.store = store;
        this.access = access;
        this.clock = clock;
    }

    /** The project's requirement: 404 when there is no such project, 403 when the current viewer may not see it. */
    public ProjectRequirement visibleRequirement(long projectId) {
        ProjectView p =
                store.find(projectId, LocalDate.now(clock)).orElseThrow(() -> ProjectAccess.notFound(projectId));
        access.requireVisible(p);
        return new ProjectRequirement(p.id(), p.name(), p.requirement());
    }
}
