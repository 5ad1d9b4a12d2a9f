package cn.dongguan.cfk.reference;

/** A town or street (镇街), identified by its code. */
public record Town(String code, String name, String nameEn) {}
