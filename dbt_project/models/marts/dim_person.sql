-- One row per person across all articles (resolved in int_persons__resolved).

with

persons as (

    select * from {{ ref('int_persons__resolved') }}

),

final as (

    select
        person_id,
        full_name,
        title,
        agency_id,
        country_id,
        first_seen_article_id,
        first_seen_date,
        n_articles

    from persons

)

select * from final
