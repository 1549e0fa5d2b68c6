package dev.iodine.cli;

import dev.iodine.data.Tag;
import dev.iodine.validation.ValidationReport;
import dev.iodine.validation.Violation;
import java.io.PrintWriter;

/**
 * {@code iodine validate --json}: one JSON array with an object per file, written as the files are validated.
 *
 * <pre>{@code
 * [{"file": "plan.dcm", "iod": "RT Plan", "valid": false, "errors": 1, "warnings": 0, "violations": [
 *   {"severity": "Error", "kind": "MISSING", "path": "BeamSequence[0]", "tag": "300A00C6",
 *    "keyword": "RadiationType", "module": "RT Beams", "section": "C.8.8.14", "type": "2", "value": null,
 *    "expected": null, "message": "missing; Type 2 requires it, empty when unknown"}]},
 *  {"file": "notes.txt", "valid": false, "failure": "not a DICOM file ..."}]
 * }</pre>
 */
final class ValidationJson {

    private final PrintWriter out;
    private boolean first = true;

    ValidationJson(PrintWriter out) {
        this.out = out;
        out.print('[');
    }

    void report(String file, ValidationReport report) {
        open(file);
        out.print(",\"iod\":" + string(report.iod()) + ",\"valid\":" + report.isValid() + ",\"errors\":"
                + report.errors().size() + ",\"warnings\":" + report.warnings().size() + ",\"violations\":[");
        String sep = "";
        for (Violation v : report.violations()) {
            out.print(sep + "{\"severity\":" + string(v.severity().label()) + ",\"kind\":" + string(v.kind().name())
                    + ",\"path\":" + string(v.path()) + ",\"tag\":" + (v.tag() == 0 ? "null" : string(Tag.toHex(v.tag())))
                    + ",\"keyword\":" + string(v.keyword()) + ",\"module\":" + string(v.module())
                    + ",\"section\":" + string(v.section()) + ",\"type\":" + string(v.type())
                    + ",\"value\":" + string(v.value()) + ",\"expected\":" + string(v.expected())
                    + ",\"message\":" + string(v.message()) + "}");
            sep = ",";
        }
        out.print("]}");
        out.flush();
    }

    void failure(String file, String message) {
        open(file);
        out.print(",\"valid\":false,\"failure\":" + string(message) + "}");
        out.flush();
    }

    void close() {
        out.println(']');
        out.flush();
    }

    private void open(String file) {
        out.print(first ? "\n" : ",\n");
        first = false;
        out.print("{\"file\":" + string(file));
    }

    /** A JSON string (RFC 8259 7), or {@code null}. */
    static String string(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
