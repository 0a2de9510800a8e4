-- One row per reported figure of cases or of people affected, with its evidence.

with

case_counts as (

    select * from {{ ref('stg_extracted__case_counts') }}

),

final as (

    select
        fact_id,
        article_id,
        value,
        unit,
        category,
        agency_id,
        country_id,
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

    from case_counts

)

select * from final
