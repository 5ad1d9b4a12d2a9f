package cn.dongguan.cfk.apidocs;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.Paths;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Paths that differ only by the names of their variables (POST /api/imports/{layer} and GET
 * /api/imports/{id}) are one path to OpenAPI: the operations move to the first path, their variables
 * renamed to its names and described by what they are.
 */
final class IdenticalPaths implements OpenApiCustomizer {

    private static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

    @Override
    public void customise(OpenAPI api) {
        if (api.getPaths() == null) {
            return;
        }
        Map<String, String> firstOfShape = new LinkedHashMap<>();
        Paths merged = new Paths();
        api.getPaths().forEach((path, item) -> {
            String shape = VARIABLE.matcher(path).replaceAll("{}");
            String first = firstOfShape.putIfAbsent(shape, path);
            if (first == null) {
                merged.addPathItem(path, item);
                return;
            }
            List<String> to = variables(first);
            List<String> from = variables(path);
            PathItem target = merged.get(first);
            item.readOperationsMap().forEach((method, operation) -> {
                if (operation.getParameters() != null) {
                    for (Parameter p : operation.getParameters()) {
                        int i = from.indexOf(p.getName());
                        if ("path".equals(p.getIn()) && i >= 0) {
                            p.setDescription("The " + p.getName() + " (this operation's "
                                    + VARIABLE.matcher(path).replaceAll("{$1}") + ")"
                                    + (p.getDescription() == null ? "" : ": " + p.getDescription()));
                            p.setName(to.get(i));
                        }
                    }
                }
                target.operation(method, operation);
            });
        });
        api.setPaths(merged);
    }

    private static List<String> variables(String path) {
        List<String> names = new ArrayList<>();
        Matcher m = VARIABLE.matcher(path);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }
}
