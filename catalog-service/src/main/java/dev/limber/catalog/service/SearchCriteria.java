package dev.limber.catalog.service;

import java.util.List;

/**
 * What a catalog search asks for. Several values of one filter match any of them; different
 * filters must all match; excluded contraindications remove every exercise carrying one of them.
 */
public record SearchCriteria(String text, List<String> regions, List<String> muscles, String category,
        String position, List<String> equipment, List<String> excludedContraindications, int page, int size) {

    public SearchCriteria {
        regions = List.copyOf(regions);
        muscles = List.copyOf(muscles);
        equipment = List.copyOf(equipment);
        excludedContraindications = List.copyOf(excludedContraindications);
    }
}
