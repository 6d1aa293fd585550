package dev.limber.catalog.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SlugsTest {

    @ParameterizedTest
    @CsvSource({
            "Runner's Lunge, runners-lunge",
            "Child’s Pose, childs-pose",
            "Supine Figure 4, supine-figure-4",
            "Cat-Cow Hip Circles, cat-cow-hip-circles",
            "  Pigeon   Pose!!, pigeon-pose",
            "Épaule Étirée, epaule-etiree",
            "<script>, script",
            "!!!, exercise",
    })
    void slugFromName(String name, String slug) {
        assertEquals(slug, Slugs.fromName(name));
    }
}
