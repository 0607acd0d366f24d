-- Site template detection compares an imported article with the recent sources of the same site: by the host of
-- their address (without "www."), or by publisher when there is no address. These indexes keep that lookup cheap
-- however many sources the wiki holds. The host expression is the one SourceDao.shortPassagesOfHost uses.
create index source_site_host on source (
    lower(regexp_replace(substring(url from '^[a-zA-Z][a-zA-Z0-9+.-]*://([^/:?#]+)'), '^www[0-9]?\.', '')), id);
create index source_site_publisher on source (lower(publisher), id);
