with

source as (

    select * from {{ source('extracted', 'blocked_content') }}
    where
        article_id not in {{ quarantined_articles() }}
        and fact_id not in {{ quarantined_keys('fct_blocked_content') }}

),

final as (

    select
        cast(fact_id as varchar) as fact_id,
        cast(article_id as varchar) as article_id,
        -- counts of blocked objects are integral; upstream stores DOUBLE ("2,1 juta" parses to 2100000.0)
        cast(round(value) as bigint) as value,
        cast(object_type as varchar) as object_type,
        cast(agency_id as varchar) as agency_id,
        cast(period_start as date) as period_start,
        cast(period_end as date) as period_end,
        cast(period_precision as varchar) as period_precision,
        cast(window_start as date) as window_start,
        cast(window_end as date) as window_end,
        cast(qualifier as varchar) as qualifier,
        cast(as_of_date as date) as as_of_date,
        cast(surface_text as varchar) as surface_text,
        cast(sentence_text as varchar) as sentence_text,
        cast(char_start as bigint) as char_start,
        cast(char_end as bigint) as char_end,
        cast(part_of_fact_id as varchar) as part_of_fact_id,
        cast(figure_kind as varchar) as figure_kind

    from source

)

select * from final
