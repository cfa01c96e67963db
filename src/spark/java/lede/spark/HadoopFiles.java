package lede.spark;

import lede.ingest.Format;
import lede.io.Inputs;
import lede.io.LedeException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Input files on any Hadoop file system, named as {@code lede ingest} names them: a folder gives the files under
 * it with a format's extension (all files when the format is given), recursively, without dot files; a glob the
 * files it matches; both sorted by path, so the order is the CLI's. Files on the local file system keep their
 * plain path as their name (so {@code source} is the CLI's); others keep their URI.
 */
final class HadoopFiles implements Serializable {
    /** The driver's Hadoop settings, sent to the executors (Configuration itself is not serialisable). */
    private final Map<String, String> settings;

    HadoopFiles(Configuration conf) {
        this.settings = new HashMap<>();
        conf.forEach(e -> settings.put(e.getKey(), e.getValue()));
    }

    private Configuration conf() {
        Configuration conf = new Configuration(false);
        settings.forEach(conf::set);
        return conf;
    }

    /** The files the inputs name, in the CLI's order. */
    List<String> expand(List<String> inputs, boolean formatGiven) {
        List<String> files = new ArrayList<>();
        try {
            for (String input : inputs) {
                Path path = new Path(input);
                FileSystem fs = path.getFileSystem(conf());
                FileStatus[] matched = fs.globStatus(path);
                if (matched == null || matched.length == 0) {
                    throw new LedeException(input + (input.matches(".*[*?\\[{].*") ? ": no files match" : ": no such file or folder"));
                }
                List<String> found = new ArrayList<>();
                boolean listed = matched.length > 1 || matched[0].isDirectory();
                for (FileStatus status : matched) {
                    if (status.isDirectory()) {
                        RemoteIterator<LocatedFileStatus> under = fs.listFiles(status.getPath(), true);
                        while (under.hasNext()) {
                            Path file = under.next().getPath();
                            if (!hiddenBelow(status.getPath(), file)) {
                                found.add(name(file));
                            }
                        }
                    } else {
                        found.add(name(status.getPath()));
                    }
                }
                found.sort(null);
                for (String file : found) {
                    if (!listed || formatGiven || Format.ofFileName(file) != null) {
                        files.add(file);
                    }
                }
            }
        } catch (IOException e) {
            throw new LedeException("cannot list input: " + e.getMessage(), e);
        }
        return files;
    }

    private static boolean hiddenBelow(Path root, Path file) {
        String relative = file.toUri().getPath().substring(root.toUri().getPath().length());
        return relative.startsWith(".") || relative.contains("/.") || relative.contains("/_");
    }

    /** A local file by its plain path (as the CLI names it), any other by its URI. */
    private static String name(Path path) {
        URI uri = path.toUri();
        return "file".equals(uri.getScheme()) ? uri.getPath() : uri.toString();
    }

    /** Opens a file named by {@link #expand}, gunzipped if it is gzip (told by its first bytes, as the CLI does). */
    InputStream open(String name) throws IOException {
        Path path = new Path(name.startsWith("/") ? "file://" + name : name);
        InputStream raw = path.getFileSystem(conf()).open(path);
        return Inputs.gunzipIfNeeded(new BufferedInputStream(raw, 1 << 16));
    }
}
