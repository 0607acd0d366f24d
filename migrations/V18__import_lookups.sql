-- Batched import (issue 14) looks up, for every article, an older version of it (same address, or same publisher and title) and the slugs its slug could clash with: without these indexes each lookup read every source, so importing n articles cost n².
create index source_url on source (url);
create index source_same_article on source (lower(publisher), lower(title));
-- Slugs are [a-z0-9-]: in byte order ("C") "base" and "base-…" are one range, which SourceDao.slugsInRangeOf scans.
create index source_slug_bytes on source (slug collate "C");
