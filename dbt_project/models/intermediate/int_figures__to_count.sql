-- The figures an analyst can add up without double counting, from the claims (one statement, however many
-- articles repeat it): per claim that no article states as a part of another figure (part_of_fact_id) and that is
-- no change ("bertambah 1.200"),
--   basis 'period':        a period figure; of claims that conflict (same thing, overlapping periods, different
--                          values) only the one reported last (then by more articles) is kept;
--   basis 'running_total': the first report of a series of running totals (one fact table, agency family,
--                          unit or object, category, country and start: "sejak 2018" and "sejak 20 Oktober
--                          2024" count from different days, so they are two series), counted from its
--                          period_start (or unknown) up to the day it was said;
--   basis 'increment':     each later report of that series minus the report before it, counted between the
--                          two days. A running total lower than the one before is flagged (is_decrease) and
--                          its negative increment kept, so that the series still sums to its last report.
-- The day a running total stands at is its as_of_date, or its period end when that is earlier ("sejak 2020
-- hingga 2023", said in September 2023: the day it was said); of a claim repeated by several articles, the
-- earliest.
-- A period figure whose claim states no period but a window counted back from the article's date ("dalam lima
-- tahun terakhir": window_start..window_end) counts over that window (is_window). A period figure keeps its
-- window's length (window_length, "P5Y") even when no article of the claim is dated: the row is then undated, but
-- says what it covers.

-- what the claim says and its provenance, carried unchanged by both kinds of counted figure
{%- set claim_columns = [
    'agency_id', 'family_agency_id', 'unit', 'object_type', 'category', 'country_id',
    'first_reported_date', 'n_articles', 'fact_ids', 'article_ids',
] %}

-- A table, not a view: read by the three period marts and six tests; as a view each read re-ran the claims
-- and the series windows, as a table they run once.
{{ config(materialized='table') }}

with

facts as (

    select * from {{ ref('int_facts__unioned') }}

),

claims as (

    select * from {{ ref('int_claims__grouped') }}

),

claim_members as (

    select
        claims.claim_id,
        claims.fact_table,
        unnest(string_split(claims.fact_ids, ',')) as fact_id

    from claims

),

claim_kinds as (

    select
        claim_members.claim_id,
        bool_or(facts.part_of_fact_id is not null) as is_part,
        case
            when bool_or(facts.figure_kind = 'running_total') then 'running_total'
            when bool_or(facts.figure_kind = 'change') then 'change'
            else 'period'
        end as figure_kind,
        min(least(facts.as_of_date, coalesce(facts.period_end, facts.as_of_date))) as stands_at,
        -- the window of the earliest report that resolves one ("dalam lima tahun terakhir", counted back from
        -- its published date)
        arg_min(
            struct_pack(window_start := facts.window_start, window_end := facts.window_end),
            coalesce(facts.published_date, date '9999-12-31')
        ) filter (where facts.window_start is not null) as claim_window,
        -- the stated length of that window, known even when no report is dated to place it
        arg_min(
            facts.window_length, coalesce(facts.published_date, date '9999-12-31')
        ) filter (where facts.window_length is not null) as window_length

    from claim_members
    inner join facts
        on
            claim_members.fact_table = facts.fact_table
            and claim_members.fact_id = facts.fact_id
    group by claim_members.claim_id

),

top_level as (

    select
        claims.*,
        claim_kinds.figure_kind,
        claim_kinds.stands_at,
        claim_kinds.claim_window.window_start,
        claim_kinds.claim_window.window_end,
        claim_kinds.window_length,
        md5(
            concat_ws(
                '|',
                claims.fact_table,
                coalesce(claims.family_agency_id, '?'),
                coalesce(claims.unit, claims.object_type),
                coalesce(claims.category, '?'),
                coalesce(claims.country_id, '?'),
                coalesce(cast(claims.period_start as varchar), '?')
            )
        ) as series_id

    from claims
    inner join claim_kinds
        on claims.claim_id = claim_kinds.claim_id
    where not claim_kinds.is_part and claim_kinds.figure_kind != 'change'

),

period_figures as (

    select
        *,
        row_number() over (
            partition by coalesce(conflict_group_id, claim_id)
            order by first_reported_date desc nulls last, n_articles desc, claim_id asc
        ) as conflict_rank,
        -- a claim stating no period of its own counts over its window, if it has one
        (period_start is null and period_end is null and window_start is not null) as is_window

    from top_level
    where figure_kind = 'period'

),

running_points as (

    select
        *,
        lag(value) over series as previous_value,
        lag(stands_at) over series as previous_stands_at,
        lag(claim_id) over series as previous_claim_id

    from top_level
    where figure_kind = 'running_total'
    window series as (partition by series_id order by stands_at nulls last, value, claim_id)

),

counted as (

    select
        claim_id,
        fact_table,
        series_id,
        'period' as basis,
        value,
        cast(null as bigint) as running_value,
        cast(null as bigint) as previous_value,
        cast(null as varchar) as previous_claim_id,
        false as is_decrease,
        case when is_window then window_start else period_start end as period_start,
        case when is_window then window_end else period_end end as period_end,
        is_window,
        window_length,
        {{ claim_columns | join(',\n        ') }}

    from period_figures
    where conflict_rank = 1

    union all

    select
        claim_id,
        fact_table,
        series_id,
        case when previous_value is null then 'running_total' else 'increment' end as basis,
        coalesce(value - previous_value, value) as value,
        value as running_value,
        previous_value,
        previous_claim_id,
        coalesce(value < previous_value, false) as is_decrease,
        case
            when previous_stands_at is null then period_start
            else least(cast(previous_stands_at + interval 1 day as date), stands_at)
        end as period_start,
        stands_at as period_end,
        false as is_window,
        cast(null as varchar) as window_length,
        {{ claim_columns | join(',\n        ') }}

    from running_points

),

final as (

    select
        *,
        case when year(period_start) = year(period_end) then year(period_start) end as period_year,
        case
            when date_trunc('month', period_start) = date_trunc('month', period_end)
                then cast(date_trunc('month', period_start) as date)
        end as period_month

    from counted

)

select * from final
