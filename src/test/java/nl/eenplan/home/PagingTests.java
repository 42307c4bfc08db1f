package nl.eenplan.home;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Lists of the API come in pages of at most 100, and a page out of range is refused")
class PagingTests {

    private final List<Integer> fortyFive = IntStream.range(0, 45).boxed().toList();

    @Test
    @DisplayName("without page and size the first 20 come, with the number of the next page")
    void theFirstPageByDefault() {
        var page = Paging.of(null, null).of(fortyFive);

        assertThat(page.items()).containsExactlyElementsOf(fortyFive.subList(0, 20));
        assertThat(page.total()).isEqualTo(45);
        assertThat(page.nextPage()).isEqualTo(1);
    }

    @Test
    @DisplayName("the last page has no next page, and a page past the end is empty")
    void theLastPage() {
        assertThat(Paging.of(2, 20).of(fortyFive).items()).containsExactly(40, 41, 42, 43, 44);
        assertThat(Paging.of(2, 20).of(fortyFive).nextPage()).isNull();
        assertThat(Paging.of(9, 20).of(fortyFive).items()).isEmpty();
        assertThat(Paging.of(0, 45).of(fortyFive).nextPage()).isNull();
    }

    @Test
    @DisplayName("a negative page, a size of 0 or over 100 is refused, never corrected")
    void outOfRange() {
        assertThatThrownBy(() -> Paging.of(-1, 20)).isInstanceOf(Paging.Invalid.class);
        assertThatThrownBy(() -> Paging.of(0, 0)).isInstanceOf(Paging.Invalid.class);
        assertThatThrownBy(() -> Paging.of(0, 101)).isInstanceOf(Paging.Invalid.class);
        assertThat(Paging.of(0, 100).offset()).isZero();
        assertThat(Paging.of(3, 100).offset()).isEqualTo(300);
    }
}
