-- Why: fct_claims de-duplicates figures across articles. Every case-count and blocked-content fact must
-- land in exactly one claim, or claim counts (n_articles, conflicts) silently under- or over-report.

with

claims as (

    select * from {{ ref('fct_claims') }}

),

case_counts as (

    select
        'fct_case_counts' as fact_table,
        fact_id

    from {{ ref('fct_case_counts') }}

),

blocked_content as (

    select
        'fct_blocked_content' as fact_table,
        fact_id

    from {{ ref('fct_blocked_content') }}

),

facts as (

    select * from case_counts
    union all
    select * from blocked_content

),

claimed_facts as (

    select
        fact_table,
        unnest(string_split(fact_ids, ',')) as fact_id

    from claims

),

claim_counts as (

    select
        facts.fact_table,
        facts.fact_id,
        count(claimed_facts.fact_id) as n_claims

    from facts
    left join claimed_facts
        on
            facts.fact_table = claimed_facts.fact_table
            and facts.fact_id = claimed_facts.fact_id
    group by facts.fact_table, facts.fact_id

),

final as (

    select * from claim_counts
    where n_claims <> 1

)

select * from final
