package org.sourcewiki.page;

import java.time.OffsetDateTime;

public record PageRow(long id, String slug, String title, String kind, Long currentRevisionId, OffsetDateTime updatedAt) {
}
