package cn.dongguan.cfk.alert;

import java.time.Instant;

/** A saved search as the API shows it. */
record SavedSearch(
        long id, String kind, String query, String name, String email, String emailMode, Instant createdAt) {}
