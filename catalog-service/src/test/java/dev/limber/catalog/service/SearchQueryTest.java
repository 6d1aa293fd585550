package dev.limber.catalog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SearchQueryTest {

    @Test
    void wordsAreLowerCaseLettersAndDigitsOnly() {
        assertEquals(List.of("runner", "s", "lunge"), SearchQuery.words("  Runner's   LUNGE! "));
    }

    @Test
    void tsquerySyntaxTypedByAUserIsNeutralised() {
        assertEquals(List.of("hip", "knee", "a", "b"), SearchQuery.words("hip & !knee | (a:*b)"));
    }

    @Test
    void nothingToSearchForGivesNoWords() {
        assertEquals(List.of(), SearchQuery.words(null));
        assertEquals(List.of(), SearchQuery.words(" -- "));
    }

    @Test
    void longQueriesAreCut() {
        assertEquals(SearchQuery.MAX_WORDS, SearchQuery.words("a b c d e f g h i j k").size());
    }

    @Test
    void everyWordMustMatchThroughItselfOrACloseSpellingAndTheLastAlsoAsAPrefix() {
        String q = SearchQuery.tsquery(List.of("pirformis", "stretc"),
                Map.of("pirformis", List.of("piriformis"), "stretc", List.of("stretch", "stretches")));
        assertEquals("(pirformis | piriformis) & (stretc:* | stretch | stretches)", q);
    }

    @Test
    void aWordTheCatalogKnowsIsNotWidenedToItsInflections() {
        String q = SearchQuery.tsquery(List.of("stretch"), Map.of("stretch", List.of("stretch", "stretches", "stretched")));
        assertEquals("(stretch:*)", q);
    }
}
