-- One row per reported figure of things blocked, taken down or cut off, with its evidence.

with

blocked_content as (

    select * from {{ ref('stg_extracted__blocked_content') }}

),

final as (

    select
        fact_id,
        article_id,
        value,
        object_type,
        agency_id,
        period_start,
        period_end,
        period_precision,
        window_start,
        window_end,
        qualifier,
        as_of_date,
        surface_text,
        sentence_text,
        char_start,
        char_end,
        part_of_fact_id,
        figure_kind

    from blocked_content

)

select * from final
