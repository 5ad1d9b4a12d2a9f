package cn.dongguan.cfk.project;

/** A saved project's site requirement, with the project's id and name (for matching and its exports). */
public record ProjectRequirement(long projectId, String name, SiteRequirement requirement) {}
