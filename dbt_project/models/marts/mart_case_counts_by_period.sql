-- Case counts an analyst can add up (int_figures__to_count): top-level period figures, and running totals
-- turned into increments between two reports, one row per claim, with its provenance.

with

figures as (

    select * from {{ ref('int_figures__to_count') }}

),

final as (

    select
        claim_id,
        basis,
        value,
        unit,
        category,
        agency_id,
        family_agency_id,
        country_id,
        period_start,
        period_end,
        is_window,
        period_year,
        period_month,
        running_value,
        previous_value,
        is_decrease,
        series_id,
        previous_claim_id,
        first_reported_date,
        n_articles,
        fact_ids,
        article_ids

    from figures
    where fact_table = 'fct_case_counts'

)

select * from final
