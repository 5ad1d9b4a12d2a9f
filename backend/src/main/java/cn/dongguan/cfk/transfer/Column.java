package cn.dongguan.cfk.transfer;

import java.util.List;
import java.util.Map;

/**
 * One column of a layer (issue 11): its JSON name (SPEC §5), Chinese and English labels, unit, type,
 * enumeration (with Chinese synonyms an import also takes), whether a new record needs it, and its
 * part in an import. Headers are the Chinese label with the unit, then the JSON name:
 * {@code 租金（元/m²·月） rentYuanM2Month}.
 *
 * @param part     what an import does with it
 * @param personal   personal data (occupants, contacts): written only for viewers who may see it
 * @param evaluation a 亩均效益 evaluation result (a grade): written only for staff and administrators, even
 *                   where the viewer may see the row's personal data (a park manager's occupants)
 */
record Column(
        String name,
        String labelZh,
        String labelEn,
        String unit,
        ColumnType type,
        List<String> values,
        Map<String, String> synonyms,
        boolean required,
        Part part,
        boolean personal,
        boolean evaluation,
        String example,
        String noteZh,
        String noteEn) {

    /** What an import does with a column. */
    enum Part {
        /** Identifies the record: {@code id}, or a natural key. */
        KEY,
        /** A field of the write body, as the API takes it. */
        FIELD,
        /** Names another record (a building, an occupant) or locates the row (a point, a geometry). */
        REFERENCE,
        /** Written by exports for reading; an import takes the column and leaves it alone. */
        READ_ONLY
    }

    Column {
        values = values == null ? List.of() : List.copyOf(values);
        synonyms = synonyms == null ? Map.of() : Map.copyOf(synonyms);
    }

    /** The header of templates and exports: label, unit, JSON name. */
    String header() {
        return labelZh + (unit == null ? "" : "（" + unit + "）") + " " + name;
    }

    boolean imported() {
        return part != Part.READ_ONLY;
    }

    static Builder of(String name, String labelZh, String labelEn, ColumnType type) {
        return new Builder(name, labelZh, labelEn, type);
    }

    static final class Builder {
        private final String name;
        private final String labelZh;
        private final String labelEn;
        private final ColumnType type;
        private String unit;
        private List<String> values = List.of();
        private Map<String, String> synonyms = Map.of();
        private boolean required;
        private Part part = Part.FIELD;
        private boolean personal;
        private boolean evaluation;
        private String example;
        private String noteZh = "";
        private String noteEn = "";

        private Builder(String name, String labelZh, String labelEn, ColumnType type) {
            this.name = name;
            this.labelZh = labelZh;
            this.labelEn = labelEn;
            this.type = type;
        }

        Builder unit(String unit) {
            this.unit = unit;
            return this;
        }

        Builder values(List<String> values) {
            this.values = values;
            return this;
        }

        Builder synonyms(Map<String, String> synonyms) {
            this.synonyms = synonyms;
            return this;
        }

        Builder required() {
            this.required = true;
            return this;
        }

        Builder part(Part part) {
            this.part = part;
            return this;
        }

        Builder personal() {
            this.personal = true;
            return this;
        }

        /** An evaluation result: personal, and for staff and administrators only. */
        Builder evaluation() {
            this.personal = true;
            this.evaluation = true;
            return this;
        }

        Builder example(String example) {
            this.example = example;
            return this;
        }

        Builder note(String zh, String en) {
            this.noteZh = zh;
            this.noteEn = en;
            return this;
        }

        Column build() {
            return new Column(
                    name,
                    labelZh,
                    labelEn,
                    unit,
                    type,
                    values,
                    synonyms,
                    required,
                    part,
                    personal,
                    evaluation,
                    example,
                    noteZh,
                    noteEn);
        }
    }
}
