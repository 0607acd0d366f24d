package org.sourcewiki.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** Reads a stream but stops, refusing, as soon as it passes the limit, so a huge file is never loaded whole. */
final class LimitedReader {
    private LimitedReader() {
    }

    static byte[] readAtMost(InputStream in, long maxBytes) throws IOException, ImportRefusedException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        int read;
        while ((read = in.read(buffer)) != -1) {
            total += read;
            if (total > maxBytes) {
                throw new ImportRefusedException("file too large: over the " + describe(maxBytes) + " limit");
            }
            out.write(buffer, 0, read);
        }
        return out.toByteArray();
    }

    static String describe(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + "-byte";
    }
}
