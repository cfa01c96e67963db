import com.fasterxml.jackson.databind.node.ObjectNode;
import lede.ingest.Ingest;
import lede.ingest.IngestOptions;
import lede.ingest.ShingleScore;
import lede.io.Rejects;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Main-text quality of `lede ingest --format html` and of a reference extractor on hand-made pages: shingle
 * precision, recall and F1 per page against each page's hand-made article body (NAME.txt beside NAME.html),
 * and their means, side by side. The reference's texts are read from REFERENCE_DIR/SET/NAME.txt.
 *   java -cp "target/lede.jar:target/lib/*:target/test-classes" scripts/bench/HtmlQuality.java REFERENCE_NAME \
 *       REFERENCE_DIR PAGES_DIR/SET...
 */
public class HtmlQuality {
    public static void main(String[] args) throws IOException {
        String reference = args[0];
        Path referenceDir = Path.of(args[1]);
        for (int i = 2; i < args.length; i++) {
            Path set = Path.of(args[i]);
            List<ShingleScore> lede = new ArrayList<>();
            List<ShingleScore> ref = new ArrayList<>();
            System.out.printf("%n%s (%s)%n%-24s %6s %6s %6s   %6s %6s %6s%n", set.getFileName(), set,
                    "page", "lede P", "R", "F1", reference.substring(0, Math.min(6, reference.length())) + " P", "R", "F1");
            for (Path page : pages(set)) {
                String name = page.getFileName().toString().replaceFirst("\\.html$", "");
                String expected = Files.readString(set.resolve(name + ".txt"));
                Path refText = referenceDir.resolve(set.getFileName()).resolve(name + ".txt");
                ShingleScore l = ShingleScore.of(ledeText(page), expected);
                ShingleScore r = ShingleScore.of(Files.exists(refText) ? Files.readString(refText) : "", expected);
                lede.add(l);
                ref.add(r);
                System.out.printf("%-24s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f%n", name,
                        l.precision(), l.recall(), l.f1(), r.precision(), r.recall(), r.f1());
            }
            ShingleScore l = ShingleScore.mean(lede);
            ShingleScore r = ShingleScore.mean(ref);
            System.out.printf("%-24s %6.3f %6.3f %6.3f   %6.3f %6.3f %6.3f%n", "mean of " + lede.size(),
                    l.precision(), l.recall(), l.f1(), r.precision(), r.recall(), r.f1());
        }
    }

    private static List<Path> pages(Path set) throws IOException {
        try (Stream<Path> files = Files.list(set)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    /** The text a user gets: the whole ingest stage with its default rules, as `lede ingest --format html`. */
    private static String ledeText(Path page) {
        List<ObjectNode> docs = new ArrayList<>();
        new Ingest(IngestOptions.defaults(), Rejects.failFast()).run(List.of(page.toString()), docs::add);
        return docs.isEmpty() ? "" : docs.get(0).get("text").textValue();
    }
}
