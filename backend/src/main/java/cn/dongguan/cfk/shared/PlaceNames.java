package cn.dongguan.cfk.shared;

/** Where a search hit lies: its park (none outside the parks) and its town, with their names. */
public record PlaceNames(String parkCode, String parkName, String townCode, String townName, String townNameEn) {}
