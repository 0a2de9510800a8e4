-- Why: the largest blocking totals Indonesian agencies have published are a few million objects
-- (Kominfo: ~5.9 million gambling contents 2017-2024). A figure above 100 million (var max_blocked_value) is
-- more likely a misread number (a sum of rupiah, a phone number, a year glued to a figure) than a fact.
-- Warn only: a human should look, the pipeline goes on.

{{ config(severity='warn') }}

with

blocked_content as (

    select * from {{ ref('fct_blocked_content') }}

),

final as (

    select
        fact_id,
        article_id,
        value,
        object_type,
        surface_text,
        sentence_text

    from blocked_content
    where value > {{ var('max_blocked_value') }}

)

select * from final
