package cn.dongguan.cfk.transfer;

/** What checking a resolved row answers: its outcome, or one that waits for its geometry's batch check. */
sealed interface Checked permits Outcome, Deferred {}
