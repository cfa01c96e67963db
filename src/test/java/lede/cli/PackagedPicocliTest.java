package lede.cli;

import org.junit.jupiter.api.Test;
import picocli.CommandLine;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The picocli that target/lib holds is the build's own, compiled from the release's sources for Java 17 (the
 * pom's maven-antrun-plugin; scripts/bench/startup measures why): it must hold the published jar's classes,
 * all in Java 17's format, and lede must say the same with it as with the published jar.
 */
class PackagedPicocliTest {
    private static final Path BUILT = Paths.get(System.getProperty("lede.picocli.jar"));

    /** The published jar, which the tests compile and run against. */
    private static Path published() throws Exception {
        return Paths.get(CommandLine.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    }

    @Test
    void holdsThePublishedClassesInJava17sFormat() throws Exception {
        TreeSet<String> built = classes(BUILT);
        TreeSet<String> missing = classes(published());
        missing.removeAll(built);
        TreeSet<String> extra = classes(BUILT);
        extra.removeAll(classes(published()));
        assertEquals("missing [] extra []", "missing " + missing + " extra " + extra);
        assertTrue(built.size() > 200, "picocli has over 200 classes: " + built.size());
        try (JarFile jar = new JarFile(BUILT.toFile())) {
            for (String name : built) {
                try (InputStream in = jar.getInputStream(jar.getJarEntry(name))) {
                    DataInputStream data = new DataInputStream(in);
                    assertEquals(0xCAFEBABE, data.readInt(), name);
                    data.readUnsignedShort();
                    assertEquals(61, data.readUnsignedShort(), name + ": Java 17's class-file version");
                }
            }
        }
    }

    @Test
    void ledeSaysTheSameWithEitherJar() throws Exception {
        Path document = Files.createTempFile("lede-picocli", ".ndjson");
        try {
            String[][] commandLines = {
                    {"--help"},
                    {"help", "stats"},
                    {"stats", "count", "--help"},
                    {"stats", "cont"},
                    {"stats", "count", "--top", "3", "none.ndjson"},
                    {"stats", "count", "none.ndjson"},
                    {"ingest", "seeds/000_908ccf2e5f0b18b0.txt", "-o", document.toString()},
                    {"stats", "count", document.toString()},
            };
            for (String[] args : commandLines) {
                assertEquals(run(published(), args), run(BUILT, args), String.join(" ", args));
            }
            assertEquals("exit 0\n{\"documents\":1,\"tokens\":599,\"sentences\":22,\"characters\":3222}\n",
                    run(BUILT, "stats", "count", document.toString()));
        } finally {
            Files.deleteIfExists(document);
        }
    }

    private static TreeSet<String> classes(Path jarPath) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (JarFile jar = new JarFile(jarPath.toFile())) {
            for (JarEntry entry : java.util.Collections.list(jar.entries())) {
                // module-info (Java 9+'s part of the published multi-release jar) is not needed on the class path
                if (entry.getName().endsWith(".class") && !entry.getName().endsWith("module-info.class")) {
                    names.add(entry.getName());
                }
            }
        }
        return names;
    }

    /** Exit status, stdout and stderr of lede run with {@code picocli} in place of the published jar. */
    private static String run(Path picocli, String... args) throws Exception {
        String published = published().toString();
        List<String> classPath = new ArrayList<>();
        for (String entry : System.getProperty("java.class.path").split(java.io.File.pathSeparator)) {
            classPath.add(entry.equals(published) ? picocli.toString() : entry);
        }
        List<String> command = new ArrayList<>(List.of(
                Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-Xshare:off",
                "-cp", String.join(java.io.File.pathSeparator, classPath), "lede.Lede"));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).start();
        process.getOutputStream().close();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return "exit " + process.waitFor() + "\n" + out + err;
    }
}
