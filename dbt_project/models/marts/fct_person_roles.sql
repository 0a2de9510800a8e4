-- One row per person per article: the office the article reports the person in (int_persons__roles; when the
-- article states none, the office the person's nearest article states).

with

roles as (

    select * from {{ ref('int_persons__roles') }}

),

final as (

    select
        article_id,
        person_id,
        title,
        agency_id,
        country_id,
        is_office_stated,
        published_date,
        surface_text,
        char_start,
        sent_idx

    from roles

)

select * from final
