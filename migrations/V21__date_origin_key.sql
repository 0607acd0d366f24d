-- A date corrected by an editor had its origin recorded under the form's field name ("published") instead of the
-- metadata's ("date"), so the source page kept naming the import's origin ("json-ld") for the editor's date.
update source
set metadata_origin = (metadata_origin - 'published') || jsonb_build_object('date', metadata_origin -> 'published')
where metadata_origin ->> 'published' is not null;
