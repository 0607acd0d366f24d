package org.sourcewiki.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jdbi.v3.core.Jdbi;
import org.sourcewiki.account.Account;
import org.sourcewiki.page.EditForm.FieldError;

/**
 * Editors correct what the importer got wrong: a source's metadata and its passages' kinds. Each correction is one
 * transaction that writes the new values and the record of the change (who, when, why, old and new value), so the
 * history never misses a change and a change never misses its history. The stored text and the passage spans are
 * never touched (triggers refuse it), so every citation keeps resolving.
 */
public final class SourceCorrections {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Jdbi jdbi;

    public SourceCorrections(Jdbi jdbi) {
        this.jdbi = jdbi;
    }

    /** What a correction came to: saved (with the edit id), nothing changed, or refused with problems. */
    public sealed interface Outcome {
        record Saved(long editId) implements Outcome {
        }

        record Unchanged() implements Outcome {
        }

        /** Refused; latestEdit is set when someone corrected the source since the editor's form was made. */
        record Refused(List<FieldError> problems, Long latestEdit) implements Outcome {
        }
    }

    /**
     * Saves corrected metadata. Refused when the form has problems, or when a correction of the metadata was saved
     * since the form was made (form.baseEdit, the latest metadata correction when it was made, is older than the
     * latest one now): the editor then sees the current values beside theirs. A passage's kind corrected meanwhile
     * changed nothing the form holds, so it is no conflict.
     */
    public Outcome correctMetadata(Account editor, SourceSummary source, SourceMetadataForm form) {
        List<FieldError> problems = form.problems();
        if (!problems.isEmpty()) {
            return new Outcome.Refused(problems, null);
        }
        return jdbi.inTransaction(handle -> {
            SourceEditDao dao = handle.attach(SourceEditDao.class);
            dao.lockSource(source.id());
            long latest = dao.latestMetadataEdit(source.id());
            // Newer, not different: a form made before metadata and kind corrections were told apart holds the id of
            // the latest correction of any kind, and is stale only if a metadata correction came after it.
            // A base newer than any correction of this source was never shown by a form of it: refused as stale too.
            if (latest > form.baseEditId() || form.baseEditId() > dao.latestEdit(source.id())) {
                return new Outcome.Refused(List.of(new FieldError("base_edit", "sourceEdit.conflict")), latest);
            }
            SourceSummary current = handle.attach(SourceDao.class).findBySlug(source.slug()).orElseThrow();
            Map<String, String> before = metadata(current);
            Map<String, String> after = form.values();
            Map<String, String> origins = new LinkedHashMap<>();
            for (String field : SourceMetadataForm.FIELDS) {
                if (!Objects.equals(before.get(field), after.get(field))) {
                    String corrected = SourceMetadataForm.metadataField(field);
                    origins.put(corrected, corrected.equals(StatedMetadata.DATE) && form.dateInferred()
                            ? PlainTextReader.INFERRED : "editor");
                }
            }
            if (origins.isEmpty()) {
                return new Outcome.Unchanged();
            }
            long edit = dao.insertEdit(source.id(), editor.id(), form.summary());
            int ordinal = 0;
            for (String field : SourceMetadataForm.FIELDS) {
                if (!Objects.equals(before.get(field), after.get(field))) {
                    dao.insertChange(edit, ++ordinal, field, null, before.get(field), after.get(field));
                }
            }
            dao.updateMetadata(source.id(), after.get("title"), form.titleSupplied(), after.get("publisher"),
                    after.get("author"), form.storedDate(), after.get("language"), after.get("url"), json(origins));
            return new Outcome.Saved(edit);
        });
    }

    /**
     * Changes one passage's kind (body or boilerplate). expectedKind is the kind the editor saw: if the passage has
     * another kind by now, the correction is refused rather than made on a guess.
     */
    public Outcome correctKind(Account editor, SourceSummary source, int passageNumber, String expectedKind,
                               String newKind, String summary) {
        PassageKind kind = "body".equals(newKind) ? PassageKind.BODY
                : "boilerplate".equals(newKind) ? PassageKind.BOILERPLATE : null;
        String reason = summary == null ? "" : summary.strip();
        if (kind == null) {
            return new Outcome.Refused(List.of(new FieldError("kind", "sourceEdit.kindInvalid")), null);
        }
        if (reason.isEmpty() || reason.length() > 500 || SourceMetadataForm.hasControlCharacter(reason)) {
            return new Outcome.Refused(List.of(new FieldError("summary", "sourceEdit.summaryRequired")), null);
        }
        return jdbi.inTransaction(handle -> {
            SourceEditDao dao = handle.attach(SourceEditDao.class);
            dao.lockSource(source.id());
            String current = dao.lockPassageKind(source.id(), passageNumber).orElse(null);
            if (current == null) {
                return new Outcome.Refused(List.of(new FieldError("passage", "sourceEdit.noPassage")), null);
            }
            if (!current.equals(expectedKind)) {
                return new Outcome.Refused(List.of(new FieldError("kind", "sourceEdit.kindConflict")),
                        dao.latestEdit(source.id()));
            }
            if (current.equals(kind.code())) {
                return new Outcome.Unchanged();
            }
            long edit = dao.insertEdit(source.id(), editor.id(), reason);
            dao.insertChange(edit, 1, "kind", passageNumber, current, kind.code());
            dao.updateKind(source.id(), passageNumber, kind.code());
            return new Outcome.Saved(edit);
        });
    }

    static Map<String, String> metadata(SourceSummary source) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("title", source.title());
        values.put("publisher", source.publisher());
        values.put("author", source.author());
        values.put("published", shownDate(source));
        values.put("language", source.language());
        values.put("url", source.url());
        return values;
    }

    /** The date as the correction form and history show it: in square brackets when inferred from the text. */
    static String shownDate(SourceSummary source) {
        return source.dateInferred() ? "[" + source.published() + "]" : source.published();
    }

    private static String json(Map<String, String> values) {
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings always serialises", e);
        }
    }
}
