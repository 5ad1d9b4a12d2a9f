package cn.dongguan.cfk.enquiry;

import cn.dongguan.cfk.security.ThrottledException;
import cn.dongguan.cfk.shared.BodyOf;
import cn.dongguan.cfk.shared.ETagged;
import cn.dongguan.cfk.shared.ETags;
import cn.dongguan.cfk.shared.ForbiddenException;
import cn.dongguan.cfk.shared.MergePatchMapping;
import cn.dongguan.cfk.shared.NotFoundException;
import cn.dongguan.cfk.shared.Page;
import cn.dongguan.cfk.shared.PreconditionException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

@RestController
@RequestMapping("/api/enquiries")
@Tag(name = "enquiries", description = "咨询与预约看厂 · Enquiries and viewing requests")
record EnquiryController(EnquiryService enquiries) {

    @PostMapping
    @Operation(summary = "Ask about a unit, building or parcel (anyone; anonymous ones rate-limited) · 咨询 / 预约看厂")
    @ResponseStatus(HttpStatus.CREATED)
    @ETagged
    ResponseEntity<EnquiryView> create(
            @RequestBody @BodyOf(EnquiryInput.class) JsonNode body, HttpServletRequest request)
            throws ThrottledException, NotFoundException {
        EnquiryView q = enquiries.create(body, request.getRemoteAddr());
        return ETags.created("/api/enquiries/" + q.id(), q);
    }

    @GetMapping
    @Operation(summary = "The enquiries the caller works or sent, by status, park, subject · 咨询列表")
    Page<EnquiryView> list(
            @ParameterObject EnquiryParams params,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size)
            throws ForbiddenException {
        return enquiries.list(
                params.checkedStatus(), params.parkCode(), params.subjectKind(), params.subjectId(), page, size);
    }

    @GetMapping("/{id}")
    @Operation(summary = "One enquiry · 咨询详情")
    @ETagged
    ResponseEntity<EnquiryView> get(@PathVariable long id) throws NotFoundException {
        return ETags.ok(enquiries.get(id));
    }

    @MergePatchMapping("/{id}")
    @ETagged
    @Operation(summary = "Move an enquiry along (NEW → CONTACTED → VIEWING → CLOSED), notes (If-Match) · 处理咨询")
    ResponseEntity<EnquiryView> patch(
            @PathVariable long id,
            @RequestHeader(name = "If-Match", required = false) String ifMatch,
            @RequestBody @BodyOf(EnquiryPatch.class) JsonNode body)
            throws NotFoundException, PreconditionException {
        return ETags.ok(enquiries.patch(id, ifMatch, body));
    }
}
