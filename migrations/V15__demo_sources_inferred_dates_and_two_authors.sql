-- Two seed articles' dates are the day of an event they report ("ce mercredi 9 avril 2025", "depuis ce mercredi
-- 2 avril 2025"), not a stated publication date, and the 23 June 2025 article is signed by two envoys ("A.S. et
-- O.D."). New wikis read this from the corrected seed headers; a wiki made before gets the same correction here,
-- recorded in each source's correction history by the seed account, and only where no editor has changed the field.

create temporary table demo_correction (slug text, text_sha256 text, field text, old_value text, new_value text,
                                        origin text) on commit drop;
insert into demo_correction values
    ('bamada-2025-04-09-cooperation-strategique',
     '891eb0cc9114ff3d1b865e94c13bdb51d2f1d3030a1830cf8713c99b896aba09', 'published', '2025-04-09', '[2025-04-09]', 'inferred'),
    ('2025-04-02-aes-ministres',
     '298ddd5199b1e7be0470d74276e5e193b8b8aafcb00b1653cc7e7c0ec670f99e', 'published', '2025-04-02', '[2025-04-02]', 'inferred'),
    ('2025-06-23-cooperation-militaire',
     'd5161ba8409a9a10cea692f1985bc1531f36a8e0621199aba3c8fd4c7fc719bb', 'author', 'Alassane Souleymane',
     'Alassane Souleymane; O.D.', 'header');

create temporary table demo_target on commit drop as
select s.id as source_id, d.field, d.old_value, d.new_value, d.origin
from demo_correction d
join source s on s.slug = d.slug and s.text_sha256 = d.text_sha256
where (d.field = 'published' and s.published = d.old_value and s.metadata_origin ->> 'date' = 'header')
   or (d.field = 'author' and s.author = d.old_value and s.metadata_origin ->> 'author' = 'header');

with edits as (
    insert into source_edit (source_id, account_id, summary)
    select t.source_id, a.id,
           case t.field when 'published' then 'Seed correction: this date is inferred from the text, not stated as the date of publication'
                        else 'Seed correction: the article is signed by two envoys, A.S. and O.D.' end
    from demo_target t join account a on a.name = 'seed' and a.role = 'system'
    returning id, source_id
)
insert into source_edit_change (edit_id, ordinal, field, passage_number, old_value, new_value)
select e.id, 1, t.field, null, t.old_value, t.new_value
from edits e join demo_target t on t.source_id = e.source_id;

update source s set metadata_origin = s.metadata_origin || jsonb_build_object('date', 'inferred')
from demo_target t where t.source_id = s.id and t.field = 'published';

update source s set author = t.new_value
from demo_target t where t.source_id = s.id and t.field = 'author';
