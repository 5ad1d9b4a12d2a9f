package cn.dongguan.cfk.redevelopment;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;

/** A building as POST /api/redevelopment/projects/{id}/buildings takes it: the one the project puts up. */
record RedevelopmentBuildingLink(@NotNull @Positive Long buildingId) {}
