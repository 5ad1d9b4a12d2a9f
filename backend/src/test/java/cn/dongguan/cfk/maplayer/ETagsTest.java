package cn.dongguan.cfk.maplayer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ETagsTest {

    @Test
    void ifNoneMatchComparesWeaklyAgainstAnyTagInTheList() {
        assertThat(ETags.matches("\"a-1\"", "\"a-1\"")).isTrue();
        assertThat(ETags.matches("W/\"a-1\"", "\"a-1\"")).isTrue();
        assertThat(ETags.matches("\"x\", \"a-1\"", "\"a-1\"")).isTrue();
        assertThat(ETags.matches("*", "\"a-1\"")).isTrue();
        assertThat(ETags.matches("\"a-2\"", "\"a-1\"")).isFalse();
        assertThat(ETags.matches("a-1", "\"a-1\"")).isFalse();
        assertThat(ETags.matches(null, "\"a-1\"")).isFalse();
        assertThat(ETags.matches("", "\"a-1\"")).isFalse();
    }
}
