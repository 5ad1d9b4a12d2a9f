package cn.dongguan.cfk.transfer;

/** A request an import's state does not allow now (a commit of a job not in preview, or with errors): 409. */
class ImportConflictException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    final String zh;

    ImportConflictException(String zh, String en) {
        super(en);
        this.zh = zh;
    }
}
