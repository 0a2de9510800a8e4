with

source as (

    select * from {{ source('extracted', 'entity_mentions') }}
    where article_id not in {{ quarantined_articles() }}

),

final as (

    select
        cast(mention_id as varchar) as mention_id,
        cast(article_id as varchar) as article_id,
        cast(entity_type as varchar) as entity_type,
        cast(entity_id as varchar) as entity_id,
        cast(surface_text as varchar) as surface_text,
        cast(char_start as bigint) as char_start,
        cast(char_end as bigint) as char_end,
        cast(sent_idx as integer) as sent_idx

    from source

)

select * from final
