package lede.ingest;

import lede.io.Inputs;
import lede.io.LedeException;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Expands the inputs named on the command line into files: a folder gives the files under it that have
 * a format's extension (all files when the format is given), recursively, sorted by path so the order is
 * stable; a glob (quoted, so the shell left it alone) gives the files it matches, sorted; {@code -} is stdin.
 */
public final class InputFiles {
    private InputFiles() {
    }

    /** Stands for stdin among the expanded files. */
    public static final Path STDIN = Path.of(Inputs.STDIN);

    /**
     * The files to read, as paths: a name found in a folder is kept as the bytes the file system gave, so a
     * file whose name is not valid in the locale's encoding (a Latin-1 byte under UTF-8) is still read.
     */
    public static List<Path> expand(List<String> names, boolean formatGiven) {
        List<Path> files = new ArrayList<>();
        for (String name : names.isEmpty() ? List.of(Inputs.STDIN) : names) {
            if (name.equals(Inputs.STDIN)) {
                files.add(STDIN);
                continue;
            }
            Path path = Path.of(name);
            if (Files.isDirectory(path)) {
                files.addAll(walk(path, p -> formatGiven || Format.ofFileName(p.toString()) != null));
            } else if (Files.exists(path)) {
                files.add(path);
            } else if (isGlob(name)) {
                List<Path> matched = glob(name);
                if (matched.isEmpty()) {
                    throw new LedeException(name + ": no files match");
                }
                files.addAll(matched);
            } else {
                throw new LedeException(name + ": no such file or folder");
            }
        }
        return files;
    }

    private static boolean isGlob(String name) {
        return name.indexOf('*') >= 0 || name.indexOf('?') >= 0 || name.indexOf('[') >= 0 || name.indexOf('{') >= 0;
    }

    private static List<Path> glob(String glob) {
        String unix = glob.replace('\\', '/');
        int firstWild = firstWildcard(unix);
        int slash = unix.lastIndexOf('/', firstWild);
        Path base = slash < 0 ? Path.of("") : Path.of(slash == 0 ? "/" : unix.substring(0, slash));
        if (!Files.isDirectory(base)) {
            return List.of();
        }
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + unix);
        return walk(base, matcher::matches);
    }

    private static int firstWildcard(String s) {
        for (int i = 0; i < s.length(); i++) {
            if ("*?[{".indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    private static List<Path> walk(Path root, java.util.function.Predicate<Path> wanted) {
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(Files::isRegularFile)
                    .filter(p -> !isHidden(root, p))
                    .filter(wanted)
                    .sorted(java.util.Comparator.comparing(Path::toString).thenComparing(java.util.Comparator.naturalOrder()))
                    .toList();
        } catch (IOException | UncheckedIOException e) {
            throw new LedeException(root + ": cannot list folder: " + e.getMessage(), e);
        }
    }

    /** Dot files and dot folders below the root (.git, .DS_Store) are not articles. */
    private static boolean isHidden(Path root, Path p) {
        Path relative = root.relativize(p);
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
