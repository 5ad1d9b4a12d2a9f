package cn.dongguan.cfk.alert;

import cn.dongguan.cfk.shared.BodyOf;
import cn.dongguan.cfk.shared.JsonBodies;
import cn.dongguan.cfk.shared.NotFoundException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/me")
@Tag(name = "alerts", description = "保存的搜索与提醒 · Saved searches and alerts")
record AlertController(SavedSearches searches, Notifications notifications, JsonBodies bodies) {

    /** Which notifications to mark read; none named: all. */
    record ReadRequest(@Size(max = 500) List<Long> ids) {}

    @PostMapping("/saved-searches")
    @Operation(summary = "Keep a query of /api/spaces as a standing search · 保存搜索")
    @ResponseStatus(HttpStatus.CREATED)
    ResponseEntity<SavedSearch> create(@RequestBody @BodyOf(SavedSearchInput.class) JsonNode body) {
        SavedSearch s = searches.create(body);
        return ResponseEntity.created(java.net.URI.create("/api/me/saved-searches/" + s.id()))
                .body(s);
    }

    @GetMapping("/saved-searches")
    @Operation(summary = "My saved searches · 我保存的搜索")
    List<SavedSearch> list() {
        return searches.list();
    }

    @DeleteMapping("/saved-searches/{id}")
    @Operation(summary = "Delete a saved search · 删除保存的搜索")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    ResponseEntity<Void> delete(@PathVariable long id) throws NotFoundException {
        searches.delete(id);
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/notifications")
    @Operation(summary = "My notifications, newest first, with the unread count · 我的提醒")
    Notifications.NotificationPage notifications(
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return notifications.page(page, size);
    }

    @PostMapping("/notifications/read")
    @Operation(summary = "Mark notifications read ({ids}; none: all) · 标记为已读")
    Map<String, Long> read(@RequestBody(required = false) @BodyOf(ReadRequest.class) JsonNode body) {
        List<Long> ids = body == null || body.isNull()
                ? List.of()
                : bodies.read(body, ReadRequest.class).ids();
        return Map.of("unread", notifications.read(ids == null ? List.of() : ids));
    }
}
