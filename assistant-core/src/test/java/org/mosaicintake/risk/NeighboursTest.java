package org.mosaicintake.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeighboursTest {

    // two risk sentences near the x axis, three benign ones near the y axis
    private final Neighbours neighbours = Neighbours.of(
            List.of(new float[] {1, 0.1f, 0}, new float[] {0.9f, 0, 0.1f}, new float[] {0, 1, 0}, new float[] {0.1f, 0.9f, 0}, new float[] {0, 1, 0.2f}),
            List.of(true, true, false, false, false), 2, 0.05f);

    @Test
    void a_sentence_among_risky_ones_reads_as_risk_and_one_among_benign_ones_as_benign() {
        assertThat(neighbours.riskShare(new float[] {2, 0.1f, 0})).isGreaterThan(0.99); // length does not matter
        assertThat(neighbours.riskShare(new float[] {0, 3, 0.1f})).isLessThan(0.01);
    }

    @Test
    void a_sentence_between_them_is_weighed_by_how_close_each_neighbour_is() {
        double share = neighbours.riskShare(new float[] {1, 1, 0});
        assertThat(share).isBetween(0.01, 0.99);
    }

    @Test
    void what_is_written_is_read_back_the_same() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        neighbours.write(out);
        Neighbours read = Neighbours.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(read.size()).isEqualTo(5);
        assertThat(read.k()).isEqualTo(2);
        assertThat(read.temperature()).isEqualTo(0.05f);
        assertThat(read.risk(0)).isTrue();
        assertThat(read.risk(4)).isFalse();
        float[] q = {0.7f, 0.7f, 0.1f};
        assertThat(read.riskShare(q)).isEqualTo(neighbours.riskShare(q));
    }

    @Test
    void a_subset_keeps_only_the_marked_sentences() {
        Neighbours benignOnly = neighbours.subset(new boolean[] {false, false, true, true, true});
        assertThat(benignOnly.size()).isEqualTo(3);
        assertThat(benignOnly.riskShare(new float[] {1, 0, 0})).isZero();
    }

    @Test
    void stored_vectors_keep_their_direction_within_the_quantisation() {
        float[] v = neighbours.vector(0);
        assertThat(org.mosaicintake.understanding.TextUnderstanding.cosine(v, new float[] {1, 0.1f, 0})).isGreaterThan(0.999);
    }

    @Test
    void bad_input_is_refused_with_what_is_wrong() {
        assertThatThrownBy(() -> neighbours.riskShare(new float[] {1, 0})).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("3 dimensions");
        assertThatThrownBy(() -> Neighbours.of(List.of(new float[] {1}), List.of(true), 2, 0.05f)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least k");
        assertThatThrownBy(() -> Neighbours.of(List.of(new float[] {1}), List.of(true), 1, 0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("temperature");
        assertThatThrownBy(() -> Neighbours.read(new ByteArrayInputStream(new byte[] {1, 2, 3, 4}))).isInstanceOf(IOException.class)
                .hasMessageContaining("magic");
    }

    @Test
    void the_shipped_neighbours_match_the_shipped_classifier() {
        Neighbours shipped = Neighbours.load();
        assertThat(shipped.dimensions()).isEqualTo(RiskClassifier.load().dimensions());
        assertThat(shipped.size()).isGreaterThan(10_000);
    }
}
