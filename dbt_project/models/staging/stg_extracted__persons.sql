with

source as (

    select * from {{ source('extracted', 'persons') }}
    where article_id not in {{ quarantined_articles() }}

),

final as (

    select
        cast(article_id as varchar) as article_id,
        cast(person_id as varchar) as person_id,
        cast(full_name as varchar) as full_name,
        cast(title as varchar) as title,
        cast(agency_id as varchar) as agency_id,
        cast(country_id as varchar) as country_id,
        cast(char_start as bigint) as char_start

    from source

)

select * from final
