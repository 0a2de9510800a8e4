-- One row per claim: one statement about the world, however many articles (and agencies of one family)
-- state it. Every case-count and blocked-content fact lands in exactly one claim.
--
-- Two facts of different articles can state the same claim when all of these hold:
--   1. same fact table, same value, same unit (case counts) or object_type (blocked content);
--   2. compatible category and country: equal, or one of the two unknown;
--   3. compatible agency: the same family (int_agencies__families: KBRI and KEMLU, KOMINFO and KOMDIGI),
--      or one of the two unknown (a figure quoted without its source);
--   4. compatible period: equal, one unknown, or one contained in the other (an open end counts as open).
-- Facts are ranked by how much they say (known attributes, then the narrower period, then the earlier
-- report, then the fact id). Each fact joins the best-ranked compatible fact that outranks it, and the
-- fact at the top of that chain is the claim's root. So an underspecified figure ("62 WNI", no agency,
-- no date) joins one claim, never bridging two claims that differ in what they do say (62 WNI in
-- Cambodia and 62 WNI in Myanmar stay two claims). The claim's attributes are its root's; where the root
-- says nothing, the best-ranked member that does.
--
-- conflict_group_id: claims about the same thing with different values: same fact table and unit/object,
-- the same category (or both none), agencies of one family (both known), compatible countries, and closed
-- periods (start and end known) that overlap. Open-ended figures ("sejak 2020") are stages of a running
-- total rather than conflicts and are left out. Null when the claim is uncontested.

-- A table, not a view: the claims are read ~10 times per build (fct_claims, int_figures__to_count and the three
-- period marts through it, and their tests); as a view each read re-ran the grouping (~0.5 s each at 2,000
-- articles idle, measured), as a table it runs once.
{{ config(materialized='table') }}

with recursive

facts as (

    select * from {{ ref('int_facts__unioned') }}

),

families as (

    select * from {{ ref('int_agencies__families') }}

),

keyed_facts as (

    select
        facts.*,
        facts.fact_table || ':' || facts.fact_id as fact_key,
        coalesce(facts.unit, facts.object_type) as measure,
        -- an agency outside the reference data is a family of its own
        coalesce(families.family_agency_id, facts.agency_id) as family_agency_id,
        coalesce(facts.period_start, date '0001-01-01') as span_start,
        coalesce(facts.period_end, date '9999-12-31') as span_end

    from facts
    left join families
        on facts.agency_id = families.agency_id

),

ranked_facts as (

    select
        *,
        row_number() over (
            order by
                (category is not null)::int + (country_id is not null)::int + (agency_id is not null)::int
                + (period_start is not null or period_end is not null)::int desc,
                span_end - span_start asc,
                published_date asc nulls last,
                fact_key asc
        ) as fact_rank

    from keyed_facts

),

-- Rules 2 and 3 as join keys, per attribute: both known and equal ('E' || value), first unknown ('A': first side
-- if unknown, second always), second unknown ('B': first always, second if unknown; the wildcard of a known value
-- only where one of its value lacks it). Keys shared <=> compatible; the where clause still checks. On the value
-- alone the join was quadratic (169M pairs at 100,000 articles).
join_columns as (

    select
        fact_key,
        fact_table,
        value,
        measure,
        article_id,
        fact_rank,
        category,
        country_id,
        agency_id,
        family_agency_id,
        span_start,
        span_end,
        bool_or(category is null) over same_value as category_gap,
        bool_or(country_id is null) over same_value as country_gap,
        bool_or(agency_id is null) over same_value as agency_gap

    from ranked_facts
    window same_value as (partition by fact_table, value, measure)

),

{%- for side, wildcard in [('first_side', 'B'), ('second_side', 'A')] %}

    {{ side }} as (

        select *
        from (
            select
                *,
                unnest(
                    case
                        when agency_id is null then ['A', 'B']
                        when agency_gap then ['E' || family_agency_id, '{{ wildcard }}']
                        else ['E' || family_agency_id]
                    end
                ) as agency_key
            from (
                select
                    *,
                    unnest(
                        case
                            when country_id is null then ['A', 'B']
                            when country_gap then ['E' || country_id, '{{ wildcard }}']
                            else ['E' || country_id]
                        end
                    ) as country_key
                from (
                    select
                        *,
                        unnest(
                            case
                                when category is null then ['A', 'B']
                                when category_gap then ['E' || category, '{{ wildcard }}']
                                else ['E' || category]
                            end
                        ) as category_key
                    from join_columns
                ) as by_category
            ) as by_country
        ) as by_agency

    ),
{% endfor %}

-- for every fact, the best-ranked compatible fact of another article that outranks it
parents as (

    select
        a.fact_key,
        arg_min(b.fact_key, b.fact_rank) as parent_key

    from first_side as a
    inner join second_side as b
        on
            a.fact_table = b.fact_table
            and a.value = b.value
            and a.measure = b.measure
            and a.category_key = b.category_key
            and a.country_key = b.country_key
            and a.agency_key = b.agency_key
            and a.article_id <> b.article_id
            and a.fact_rank > b.fact_rank
    where
        (a.category = b.category or a.category is null or b.category is null)
        and (a.country_id = b.country_id or a.country_id is null or b.country_id is null)
        and (a.family_agency_id = b.family_agency_id or a.agency_id is null or b.agency_id is null)
        and (
            (a.span_start >= b.span_start and a.span_end <= b.span_end)
            or (b.span_start >= a.span_start and b.span_end <= a.span_end)
        )
    group by a.fact_key

),

-- follow each chain to its root (parents always outrank, so chains end)
chains (fact_key, root_key, depth) as (

    select
        ranked_facts.fact_key,
        coalesce(parents.parent_key, ranked_facts.fact_key) as root_key,
        0 as depth

    from ranked_facts
    left join parents
        on ranked_facts.fact_key = parents.fact_key

    union all

    select
        chains.fact_key,
        parents.parent_key as root_key,
        chains.depth + 1 as depth

    from chains
    inner join parents
        on chains.root_key = parents.fact_key

),

roots as (

    select
        fact_key,
        arg_max(root_key, depth) as component_key

    from chains
    group by fact_key

),

grouped_facts as (

    select
        ranked_facts.*,
        roots.component_key

    from ranked_facts
    inner join roots
        on ranked_facts.fact_key = roots.fact_key

),

components_summary as (

    select
        component_key,
        any_value(fact_table) as fact_table,
        any_value(value) as value,
        any_value(unit) as unit,
        any_value(object_type) as object_type,
        min(published_date) as first_reported_date,
        count(distinct article_id) as n_articles,
        count(*) as n_facts,
        count(distinct agency_id) as n_agencies,
        string_agg(fact_id, ',' order by fact_id) as fact_ids,
        string_agg(distinct article_id, ',' order by article_id) as article_ids,
        string_agg(distinct agency_id, ',' order by agency_id) as agency_ids,
        string_agg(distinct outlet, ',' order by outlet) as outlets,
        string_agg(distinct qualifier, ',' order by qualifier) as qualifiers,
        -- the root is the best-ranked fact of its claim: its attributes first, then the next best member's
        arg_min(category, fact_rank) filter (where category is not null) as category,
        arg_min(agency_id, fact_rank) filter (where agency_id is not null) as agency_id,
        arg_min(country_id, fact_rank) filter (where country_id is not null) as country_id,
        -- the period as one pair, of the best-ranked member that states one: "since 2024" (open end) stays open,
        -- never completed by another member's end (arg_min skips a null end; a pair from two facts could even
        -- end before it starts, measured on the 10,000-article bench corpus)
        arg_min_null(period_start, fact_rank) filter (where period_start is not null or period_end is not null)
            as period_start,
        arg_min_null(period_end, fact_rank) filter (where period_start is not null or period_end is not null)
            as period_end

    from grouped_facts
    group by component_key

),

claims as (

    select
        components_summary.*,
        coalesce(families.family_agency_id, components_summary.agency_id) as family_agency_id,
        -- stable while the claim's root stays: fact ids derive from the article texts
        md5(components_summary.component_key) as claim_id

    from components_summary
    left join families
        on components_summary.agency_id = families.agency_id

),

-- Conflicts, without listing them: a partition is one fact table, unit/object, category (or none) and agency
-- family (known); a claim of a country can conflict with that country's claims and those of no country, a claim
-- of no country with any. So each (partition, country) is a set of its claims plus the partition's country-less
-- ones, the country-less claims are a set of their own, and every conflict lies inside one set. Listing the pairs
-- of a set is quadratic: 322.9M pairs at 100,000 articles (largest set 31,658 claims), out of memory after 46
-- minutes, measured. Within a set, by sweeping the periods (closed, inclusive) in order instead:
--   1. claims of one value whose periods overlap or touch in a chain form a run (same values never conflict);
--   2. at a start date where two runs or more are active, every claim active there conflicts with one of
--      another value, so all of them are connected;
--   3. two such dates in a row are connected when a claim starting by the first reaches the second;
--   4. a claim joins the component of the first such date inside its period, or none (it conflicts with nobody).
-- Checked against every pair on 20,000 random sets (bench/claims_conflict_design.py); the dbt unit tests hold
-- chains, touching ends, equal values and country-less bridges. A country-less claim in several sets joins their
-- components: the label propagation below over one edge per claim and set.
conflict_candidates as (

    select
        claim_id,
        country_id,
        value,
        period_start,
        period_end,
        fact_table || chr(31) || coalesce(unit, object_type) || chr(31) || coalesce(category, '')
        || chr(31) || family_agency_id as partition_key

    from claims
    where
        family_agency_id is not null
        and coalesce(unit, object_type) is not null
        and period_start is not null
        and period_end is not null

),

partition_countries as (

    select distinct
        partition_key,
        country_id

    from conflict_candidates
    where country_id is not null

),

set_members as (

    -- a country's claims
    select
        claim_id,
        value,
        period_start,
        period_end,
        partition_key || chr(31) || country_id as set_key

    from conflict_candidates
    where country_id is not null

    union all

    -- the country-less claims, in every country's set of their partition
    select
        conflict_candidates.claim_id,
        conflict_candidates.value,
        conflict_candidates.period_start,
        conflict_candidates.period_end,
        partition_countries.partition_key || chr(31) || partition_countries.country_id as set_key

    from conflict_candidates
    inner join partition_countries
        on conflict_candidates.partition_key = partition_countries.partition_key
    where conflict_candidates.country_id is null

    union all

    -- and in a set of their own
    select
        claim_id,
        value,
        period_start,
        period_end,
        partition_key || chr(31) as set_key

    from conflict_candidates
    where country_id is null

),

-- 1. runs: a claim opens a new run of its value when it starts after every earlier one of that value has ended
run_openings as (

    select
        *,
        coalesce(
            period_start > max(period_end) over (
                partition by set_key, value order by period_start, period_end
                rows between unbounded preceding and 1 preceding
            ),
            true
        )::int as opens_run

    from set_members

),

run_numbers as (

    select
        *,
        sum(opens_run) over (
            partition by set_key, value order by period_start, period_end rows unbounded preceding
        ) as run_number

    from run_openings

),

value_runs as (

    select
        set_key,
        min(period_start) as run_start,
        max(period_end) as run_end

    from run_numbers
    group by set_key, value, run_number

),

-- 2. how many runs are active at each start date: +1 where a run starts, -1 the day after it ends
sweep_events as (

    select
        set_key,
        run_start as event_date,
        1 as delta

    from value_runs

    union all

    select
        set_key,
        run_end + 1 as event_date,
        -1 as delta

    from value_runs

    union all

    select distinct
        set_key,
        period_start as event_date,
        0 as delta

    from set_members

),

start_dates as (

    select distinct
        set_key,
        event_date as start_date,
        -- a range frame takes every event of the same date
        sum(delta) over (
            partition by set_key order by event_date range between unbounded preceding and current row
        ) as n_active_runs

    from sweep_events
    qualify delta = 0

),

-- the latest end of a claim starting by each start date
start_reaches as (

    select
        set_key,
        period_start as start_date,
        max(max(period_end)) over (partition by set_key order by period_start rows unbounded preceding) as reach

    from set_members
    group by set_key, period_start

),

-- 3. dates where claims conflict, chained while a claim spans from one to the next
conflict_dates as (

    select
        start_dates.set_key,
        start_dates.start_date,
        coalesce(
            lag(start_reaches.reach) over (partition by start_dates.set_key order by start_dates.start_date)
            < start_dates.start_date,
            true
        )::int as opens_component

    from start_dates
    inner join start_reaches
        on
            start_dates.set_key = start_reaches.set_key
            and start_dates.start_date = start_reaches.start_date
    where start_dates.n_active_runs >= 2

),

conflict_date_components as (

    select
        set_key,
        start_date,
        set_key || chr(31) || sum(opens_component) over (
            partition by set_key order by start_date rows unbounded preceding
        ) as component_key

    from conflict_dates

),

-- 4. the first conflict date at or after each start date
next_conflict_dates as (

    select
        set_key,
        start_date,
        min(start_date) filter (where n_active_runs >= 2) over (
            partition by set_key order by start_date rows between current row and unbounded following
        ) as next_conflict_date

    from start_dates

),

member_components as (

    select
        set_members.claim_id,
        conflict_date_components.component_key

    from set_members
    inner join next_conflict_dates
        on
            set_members.set_key = next_conflict_dates.set_key
            and set_members.period_start = next_conflict_dates.start_date
    inner join conflict_date_components
        on
            next_conflict_dates.set_key = conflict_date_components.set_key
            and next_conflict_dates.next_conflict_date = conflict_date_components.start_date
    where next_conflict_dates.next_conflict_date <= set_members.period_end

),

-- one edge from each member to its component's smallest claim, both ways
member_edges as (

    select
        claim_id,
        min(claim_id) over (partition by component_key) as first_claim_id

    from member_components

),

conflict_matches as (

    select
        claim_id as from_claim_id,
        first_claim_id as to_claim_id

    from member_edges

    union

    select
        first_claim_id as from_claim_id,
        claim_id as to_claim_id

    from member_edges

),

-- claims that conflict directly or through others: conflict_matches is symmetric, so these are the connected
-- components of its graph, each named by its smallest claim_id. Every round, each claim takes the smallest label
-- among itself and its neighbours, until a round changes none (a few rounds: only country-less claims in several
-- sets link components).
conflict_edges as (

    select
        from_claim_id,
        to_claim_id

    from conflict_matches

    union all

    -- each claim keeps its own label too
    select distinct
        from_claim_id,
        from_claim_id as to_claim_id

    from conflict_matches

),

conflict_labels (claim_id, label, round, is_changing) as (

    select distinct
        from_claim_id as claim_id,
        from_claim_id as label,
        0 as round,
        true as is_changing

    from conflict_matches

    union all

    select
        conflict_edges.to_claim_id as claim_id,
        min(conflict_labels.label) as label,
        conflict_labels.round + 1 as round,
        -- whether this round lowered any claim's label: if none, the next round is the last (it adds nothing)
        bool_or(
            min(conflict_labels.label)
            < min(conflict_labels.label) filter (where conflict_edges.from_claim_id = conflict_edges.to_claim_id)
        ) over () as is_changing

    from conflict_labels
    inner join conflict_edges
        on conflict_labels.claim_id = conflict_edges.from_claim_id
    where conflict_labels.is_changing
    group by conflict_edges.to_claim_id, conflict_labels.round

),

conflict_groups as (

    select
        claim_id,
        md5('conflict|' || arg_max(label, round)) as conflict_group_id

    from conflict_labels
    group by claim_id

),

conflict_spreads as (

    select
        conflict_groups.conflict_group_id,
        count(*) as n_group_values,
        min(claims.value) as conflict_min_value,
        max(claims.value) as conflict_max_value

    from conflict_groups
    inner join claims
        on conflict_groups.claim_id = claims.claim_id
    group by conflict_groups.conflict_group_id

),

final as (

    select
        claims.claim_id,
        claims.fact_table,
        claims.value,
        claims.unit,
        claims.object_type,
        claims.category,
        claims.agency_id,
        claims.family_agency_id,
        claims.country_id,
        claims.period_start,
        claims.period_end,
        claims.first_reported_date,
        claims.n_articles,
        claims.n_facts,
        claims.n_agencies,
        claims.fact_ids,
        claims.article_ids,
        claims.agency_ids,
        claims.outlets,
        claims.qualifiers,
        conflict_groups.conflict_group_id,
        coalesce(conflict_spreads.n_group_values, 1) as n_group_values,
        conflict_spreads.conflict_min_value,
        conflict_spreads.conflict_max_value

    from claims
    left join conflict_groups
        on claims.claim_id = conflict_groups.claim_id
    left join conflict_spreads
        on conflict_groups.conflict_group_id = conflict_spreads.conflict_group_id

)

select * from final
