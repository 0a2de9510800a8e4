-- Why: a withheld row must not reach its mart, and a withheld article takes everything extracted from it
-- along (expectations/quarantine.py). Rows returned here leaked past the quarantine.

with

withheld as (

    select table_name, row_key, article_id from {{ ref('quarantined_rows') }}

),

withheld_articles as (

    select distinct article_id from withheld where table_name = 'dim_article'

),

published as (

    select 'dim_article' as table_name, article_id as row_key, article_id from {{ ref('dim_article') }}
    union all
    select 'fct_case_counts', fact_id, article_id from {{ ref('fct_case_counts') }}
    union all
    select 'fct_blocked_content', fact_id, article_id from {{ ref('fct_blocked_content') }}
    union all
    select 'fct_money', fact_id, article_id from {{ ref('fct_money') }}
    union all
    select 'fct_entity_mentions', mention_id, article_id from {{ ref('fct_entity_mentions') }}
    union all
    select 'fct_delegations', delegation_id, article_id from {{ ref('fct_delegations') }}

),

final as (

    select published.*

    from published
    where
        exists (
            select 1 from withheld
            where withheld.table_name = published.table_name and withheld.row_key = published.row_key
        )
        or published.article_id in (select article_id from withheld_articles)

)

select * from final
