-- Why: every fact must carry its evidence, and the evidence lives in dim_article.body. A fact whose
-- article is missing (an article dropped after extraction, or a stale extracted table from an older run)
-- cannot be checked or shown in context, so it must not reach the marts.

with

articles as (

    select article_id from {{ ref('dim_article') }}

),

case_counts as (

    select
        'fct_case_counts' as fact_table,
        fact_id,
        article_id

    from {{ ref('fct_case_counts') }}

),

blocked_content as (

    select
        'fct_blocked_content' as fact_table,
        fact_id,
        article_id

    from {{ ref('fct_blocked_content') }}

),

money as (

    select
        'fct_money' as fact_table,
        fact_id,
        article_id

    from {{ ref('fct_money') }}

),

entity_mentions as (

    select
        'fct_entity_mentions' as fact_table,
        mention_id as fact_id,
        article_id

    from {{ ref('fct_entity_mentions') }}

),

delegations as (

    select
        'fct_delegations' as fact_table,
        delegation_id as fact_id,
        article_id

    from {{ ref('fct_delegations') }}

),

facts as (

    select * from case_counts
    union all
    select * from blocked_content
    union all
    select * from money
    union all
    select * from entity_mentions
    union all
    select * from delegations

),

final as (

    select facts.*

    from facts
    anti join articles
        on facts.article_id = articles.article_id

)

select * from final
