-- Case counts and blocked-content figures in one shape, so that claims can be grouped in one place.
-- Columns a fact table does not have are null (blocked content has no unit, category or country;
-- case counts have no object_type).

-- when a figure counts and how it relates to others, the same in both fact tables
{%- set dated_columns = [
    'period_start', 'period_end', 'period_precision', 'window_start', 'window_end', 'window_length', 'qualifier',
    'as_of_date', 'part_of_fact_id', 'figure_kind',
] %}

with

case_counts as (

    select * from {{ ref('stg_extracted__case_counts') }}

),

blocked_content as (

    select * from {{ ref('stg_extracted__blocked_content') }}

),

articles as (

    select * from {{ ref('stg_clean__articles') }}

),

case_count_facts as (

    select
        'fct_case_counts' as fact_table,
        fact_id,
        article_id,
        value,
        unit,
        cast(null as varchar) as object_type,
        category,
        agency_id,
        country_id,
        {{ dated_columns | join(',\n        ') }}

    from case_counts

),

blocked_content_facts as (

    select
        'fct_blocked_content' as fact_table,
        fact_id,
        article_id,
        value,
        cast(null as varchar) as unit,
        object_type,
        cast(null as varchar) as category,
        agency_id,
        cast(null as varchar) as country_id,
        {{ dated_columns | join(',\n        ') }}

    from blocked_content

),

unioned as (

    select * from case_count_facts
    union all
    select * from blocked_content_facts

),

final as (

    select
        unioned.*,
        articles.published_date,
        articles.ingested_at,
        articles.outlet,
        articles.source_path

    from unioned
    left join articles
        on unioned.article_id = articles.article_id

)

select * from final
