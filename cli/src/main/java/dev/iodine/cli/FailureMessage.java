package dev.iodine.cli;

import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** The one line shown on standard error for a failed command: what went wrong, never a stack trace. */
final class FailureMessage {

    private FailureMessage() {
    }

    static String of(Throwable e) {
        Throwable t = e instanceof UncheckedIOException && e.getCause() != null ? e.getCause() : e;
        if (t instanceof FileSystemException fs && fs.getReason() != null) {
            // "FILE: reason", already saying what is wrong with which file.
            return oneLine(fs.getMessage());
        }
        if (t instanceof NoSuchFileException || t instanceof FileNotFoundException) {
            return "no such file: " + t.getMessage();
        }
        if (t instanceof AccessDeniedException) {
            return "permission denied: " + t.getMessage();
        }
        if (t instanceof FileAlreadyExistsException) {
            return "file exists: " + t.getMessage();
        }
        String message = t.getMessage();
        if (message == null || message.isBlank()) {
            message = t.getClass().getSimpleName();
        }
        return oneLine(message);
    }

    /** One line: a multi-line message would read as several errors. */
    private static String oneLine(String message) {
        return message.replace('\n', ' ').replace('\r', ' ');
    }
}
