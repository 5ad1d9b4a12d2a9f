package cn.dongguan.cfk.shared;

/** A row as the API shows it, with the version it was stored at: its ETag ({@link ETags#ok}). */
public interface Versioned {

    long version();
}
