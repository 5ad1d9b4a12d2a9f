package cn.dongguan.cfk.transfer;

import java.util.List;

/** A file an import cannot read as a whole: not its format, unreadable, of unknown columns, … */
class FileRejected extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<RowError> errors;

    FileRejected(String reasonZh, String reasonEn) {
        this(List.of(RowError.file(reasonZh, reasonEn)));
    }

    FileRejected(List<RowError> errors) {
        super(errors.get(0).reasonEn());
        this.errors = List.copyOf(errors);
    }

    List<RowError> errors() {
        return errors;
    }
}
