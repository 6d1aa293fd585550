package dev.limber.catalog.rest;

import dev.limber.catalog.domain.Vocabulary;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The codes the catalog accepts, so clients can build filters and forms without hard-coding them. */
@Path("/api/vocabulary")
@Authenticated
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Exercises")
public class VocabularyResource {

    /** Every controlled vocabulary of the catalog. */
    public record VocabularyView(List<String> categories, List<String> positions, List<String> regions,
            List<String> muscles, List<String> equipment, List<String> contraindications) {
    }

    private static final VocabularyView ALL = new VocabularyView(
            Vocabulary.codes(Vocabulary.Category.class),
            Vocabulary.codes(Vocabulary.StartingPosition.class),
            Vocabulary.codes(Vocabulary.BodyRegion.class),
            Vocabulary.codes(Vocabulary.Muscle.class),
            Vocabulary.codes(Vocabulary.Equipment.class),
            Vocabulary.codes(Vocabulary.Contraindication.class));

    @GET
    @Operation(summary = "Allowed categories, positions, regions, muscles, equipment and contraindication tags")
    public VocabularyView all() {
        return ALL;
    }
}
