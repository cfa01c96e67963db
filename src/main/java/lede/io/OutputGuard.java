package lede.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Refuses, before anything is opened, an output that would destroy an input or another output: opening
 * {@code -o w.ndjson} truncates {@code w.ndjson} before it is read. Files are compared by identity (the same
 * file under another name, a hard or symbolic link), not by name; an output inside an input folder is refused
 * too, since the folder walk could read it back.
 */
public final class OutputGuard {
    private OutputGuard() {
    }

    /**
     * @param inputs  the inputs as named ({@code -} is stdin and never clashes)
     * @param outputs each output by the option that names it ("-o", "--skip-bad", ...); null values are unused
     */
    public static void check(List<String> inputs, Map<String, Path> outputs) {
        Map<String, Path> files = new LinkedHashMap<>();
        outputs.forEach((option, path) -> {
            if (path != null && !path.toString().equals("-")) {
                files.put(option, path);
            }
        });
        List<String> options = new ArrayList<>(files.keySet());
        for (int i = 0; i < options.size(); i++) {
            Path output = files.get(options.get(i));
            for (String input : inputs == null ? List.<String>of() : inputs) {
                if (Inputs.STDIN.equals(input)) {
                    continue;
                }
                Path in = path(input);
                if (in != null && (same(output, in) || inside(output, in))) {
                    throw new LedeException(options.get(i) + " " + output + " would overwrite the input " + input
                            + (same(output, in) ? "" : " (it is inside that folder)")
                            + "; write somewhere else");
                }
            }
            for (int j = 0; j < i; j++) {
                if (same(output, files.get(options.get(j)))) {
                    throw new LedeException(options.get(j) + " and " + options.get(i) + " name the same file, "
                            + output + "; give each its own");
                }
            }
        }
    }

    private static Path path(String name) {
        try {
            return Path.of(name);
        } catch (InvalidPathException e) {
            return null;
        }
    }

    private static boolean same(Path a, Path b) {
        try {
            if (Files.exists(a) && Files.exists(b)) {
                return Files.isSameFile(a, b);
            }
        } catch (IOException e) {
            // unreadable: fall back to comparing the names
        }
        return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
    }

    private static boolean inside(Path output, Path folder) {
        if (!Files.isDirectory(folder)) {
            return false;
        }
        try {
            Path parent = output.toAbsolutePath().normalize().getParent();
            Path real = folder.toRealPath();
            return parent != null && Files.exists(parent) && parent.toRealPath().startsWith(real);
        } catch (IOException e) {
            return false;
        }
    }
}
