package dev.iodine.json;

import dev.iodine.data.BulkData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;

/**
 * The {@code file:} bulk data URIs Iodine writes and reads: {@code file:///path?offset=N&length=M}, a byte range
 * of a local file.
 */
final class FileRange {

    private FileRange() {
    }

    static String uri(Path path, long offset, long length) {
        return path.toAbsolutePath().toUri() + "?offset=" + offset + "&length=" + length;
    }

    /** Whether the URI is a {@code file:} URI with an offset and a length. */
    static boolean isFileRange(String uri) {
        return uri.startsWith("file:") && uri.contains("?");
    }

    /** Reads the bytes a {@code file:} range URI names. */
    static byte[] read(String uri) throws IOException {
        URI u;
        try {
            u = URI.create(uri);
        } catch (IllegalArgumentException e) {
            throw new IOException("bad BulkDataURI \"" + uri + "\": " + e.getMessage(), e);
        }
        long offset = -1;
        long length = -1;
        String query = u.getRawQuery() == null ? "" : u.getRawQuery();
        for (String param : query.split("&")) {
            int eq = param.indexOf('=');
            String name = eq < 0 ? param : param.substring(0, eq);
            String value = eq < 0 ? "" : param.substring(eq + 1);
            try {
                if (name.equals("offset")) {
                    offset = Long.parseLong(value);
                } else if (name.equals("length")) {
                    length = Long.parseLong(value);
                }
            } catch (NumberFormatException e) {
                throw new IOException("bad BulkDataURI \"" + uri + "\": " + name + " is not a number", e);
            }
        }
        if (offset < 0 || length < 0 || length > Integer.MAX_VALUE - 8) {
            throw new IOException("bad BulkDataURI \"" + uri + "\": expected ?offset=N&length=M within 2 GB");
        }
        Path path = Path.of(URI.create(u.getScheme() + ":" + u.getRawPath()));
        try {
            return new BulkData(path, offset, length).load();
        } catch (UncheckedIOException e) {
            throw new IOException("BulkDataURI \"" + uri + "\": " + e.getCause().getMessage(), e.getCause());
        }
    }
}
