package cn.dongguan.cfk.gisdata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DeterminismTest {

    @Test
    void theCommittedFilesAreExactlyWhatTheGeneratorWrites(@TempDir Path dir) throws IOException {
        SampleData data = SampleDataGenerator.generate(Scale.SMALL, SampleDataGenerator.DEFAULT_SEED);
        new SampleWriter(LocalProjection.DONGGUAN).write(data, dir);
        for (String file : SampleWriter.FILES) {
            assertThat(Files.readAllBytes(dir.resolve(file)))
                    .as("%s differs from a fresh run: rerun ./mvnw -q -pl gis-data compile exec:java", file)
                    .isEqualTo(SampleFiles.bytes(file));
        }
    }

    @Test
    void anotherSeedGivesOtherData(@TempDir Path dir) throws IOException {
        new SampleWriter(LocalProjection.DONGGUAN).write(SampleDataGenerator.generate(Scale.SMALL, 7), dir);
        assertThat(Files.readAllBytes(dir.resolve("units.json"))).isNotEqualTo(SampleFiles.bytes("units.json"));
    }
}
