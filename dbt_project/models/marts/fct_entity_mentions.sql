-- One row per mention of an agency, country or person in an article body.

with

entity_mentions as (

    select * from {{ ref('stg_extracted__entity_mentions') }}

),

final as (

    select
        mention_id,
        article_id,
        entity_type,
        entity_id,
        surface_text,
        char_start,
        char_end,
        sent_idx

    from entity_mentions

)

select * from final
