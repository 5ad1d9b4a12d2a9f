package cn.dongguan.cfk.project;

import cn.dongguan.cfk.enterprise.EnterpriseDirectory;
import cn.dongguan.cfk.shared.BadRequestException;
import cn.dongguan.cfk.shared.JsonBodies;
import cn.dongguan.cfk.shared.JsonProblems;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * Reads a project's JSON (a new project, or a merge patch over an existing one) and checks it: the
 * project's own fields here, its site requirement by {@link RequirementValidator}.
 */
@Component
class ProjectRules {

    /** The JSON fields of a project: its own and its requirement's (projects store no point). */
    static final Set<String> FIELDS = Stream.concat(names(ProjectFields.class), names(SiteRequirement.class))
            .filter(name -> !name.equals("requirement") && !name.equals("point"))
            .collect(Collectors.toCollection(TreeSet::new));

    private final JsonBodies bodies;
    private final RequirementValidator requirements;
    private final EnterpriseDirectory enterprises;
    private final JdbcClient jdbc;

    ProjectRules(
            JsonBodies bodies, RequirementValidator requirements, EnterpriseDirectory enterprises, JdbcClient jdbc) {
        this.bodies = bodies;
        this.requirements = requirements;
        this.enterprises = enterprises;
        this.jdbc = jdbc;
    }

    /** {@code json} over {@code base} (a merge patch; {@link ProjectFields#NEW} for a new project), checked. */
    ProjectFields merge(ProjectFields base, JsonNode json) {
        JsonBodies.requireObject(json);
        for (String name : json.propertyNames()) {
            if (!FIELDS.contains(name)) {
                throw JsonProblems.unknownField(name, List.<Object>copyOf(FIELDS));
            }
        }
        ProjectFields p = bodies.merge(base, json);
        requirements.check(p.requirement());
        if (p.enterpriseId() != null && enterprises.find(p.enterpriseId()).isEmpty()) {
            throw new BadRequestException(
                    "enterpriseId",
                    "字段 enterpriseId：企业 " + p.enterpriseId() + " 不存在",
                    "Field 'enterpriseId': enterprise " + p.enterpriseId() + " does not exist");
        }
        if (p.assignedStaff() != null && !isStaff(p.assignedStaff())) {
            throw new BadRequestException(
                    "assignedStaff",
                    "字段 assignedStaff：" + p.assignedStaff() + " 不是招商人员账号",
                    "Field 'assignedStaff': " + p.assignedStaff() + " is not a staff account");
        }
        return p;
    }

    private boolean isStaff(String username) {
        return jdbc.sql("SELECT count(*) FROM app_user WHERE username = ? AND role IN ('STAFF', 'ADMIN')")
                        .param(username)
                        .query(Long.class)
                        .single()
                > 0;
    }

    private static Stream<String> names(Class<? extends Record> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName);
    }
}
