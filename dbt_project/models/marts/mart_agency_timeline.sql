-- One row per claim that names an agency, placed in its series: the figures one agency reported for one
-- category and one unit/object_type (and one country; country_id null = no country stated), ordered by
-- the end of the period they cover (or, undated, by when they were first reported), with a running max.
-- "How did Kemlu's online-scam case count grow?":
--     select * from marts.mart_agency_timeline
--     where agency_id = 'KEMLU' and category = 'online_scam' and unit = 'cases' order by series_position

with

claims as (

    select * from {{ ref('int_claims__grouped') }}

),

agency_claims as (

    select
        *,
        coalesce(unit, object_type) as measure,
        coalesce(period_end, first_reported_date) as timeline_date

    from claims
    where agency_id is not null

),

series_claims as (

    select
        agency_id
        || '|' || coalesce(category, '*')
        || '|' || measure
        || '|' || coalesce(country_id, '*') as series_key,
        *

    from agency_claims

),

final as (

    select
        series_key,
        agency_id,
        fact_table,
        category,
        unit,
        object_type,
        measure,
        country_id,
        row_number() over series_window as series_position,
        timeline_date,
        period_start,
        period_end,
        first_reported_date,
        value,
        lag(value) over series_window as previous_value,
        value - lag(value) over series_window as change_from_previous,
        max(value) over series_window as running_max_value,
        coalesce(value > max(value) over preceding_window, true) as is_new_high,
        n_articles,
        claim_id,
        conflict_group_id,
        fact_ids

    from series_claims
    window
        series_window as (
            partition by series_key
            order by timeline_date asc nulls last, first_reported_date asc nulls last, value asc, claim_id asc
        ),
        preceding_window as (
            partition by series_key
            order by timeline_date asc nulls last, first_reported_date asc nulls last, value asc, claim_id asc
            rows between unbounded preceding and 1 preceding
        )

)

select * from final
