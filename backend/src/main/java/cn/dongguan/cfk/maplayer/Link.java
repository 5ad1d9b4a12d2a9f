package cn.dongguan.cfk.maplayer;

import com.fasterxml.jackson.annotation.JsonInclude;

/** A web link of OGC API documents (RFC 8288 in JSON). */
@JsonInclude(JsonInclude.Include.NON_NULL)
record Link(String href, String rel, String type, String title) {}
