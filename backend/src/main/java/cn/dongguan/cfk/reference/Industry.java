package cn.dongguan.cfk.reference;

/**
 * An industry of the catalogue: group is STRATEGIC (战略性新兴产业), FUTURE (未来产业) or PILLAR (传统支柱产业).
 * A retired one is offered for no new data but still names the data that has it.
 */
public record Industry(String code, String name, String nameEn, String group, boolean retired) {}
