-- Why: a withheld row must not reach its mart, and a withheld article takes everything extracted from it
-- along (expectations/quarantine.py). Rows returned here leaked past the quarantine.

with

withheld as (

    select
        table_name,
        row_key,
        article_id

    from {{ ref('quarantined_rows') }}

),

withheld_articles as (

    select distinct article_id
    from withheld
    where table_name = 'dim_article'

),

published as (

    select
        'dim_article' as table_name,
        article_id as row_key,
        article_id
    from {{ ref('dim_article') }}
    union all
    select
        'fct_case_counts' as table_name,
        fact_id as row_key,
        article_id
    from {{ ref('fct_case_counts') }}
    union all
    select
        'fct_blocked_content' as table_name,
        fact_id as row_key,
        article_id
    from {{ ref('fct_blocked_content') }}
    union all
    select
        'fct_money' as table_name,
        fact_id as row_key,
        article_id
    from {{ ref('fct_money') }}
    union all
    select
        'fct_entity_mentions' as table_name,
        mention_id as row_key,
        article_id
    from {{ ref('fct_entity_mentions') }}
    union all
    select
        'fct_delegations' as table_name,
        delegation_id as row_key,
        article_id
    from {{ ref('fct_delegations') }}

),

final as (

    select published.*

    from published
    left join withheld
        on published.table_name = withheld.table_name and published.row_key = withheld.row_key
    left join withheld_articles
        on published.article_id = withheld_articles.article_id
    where withheld.row_key is not null or withheld_articles.article_id is not null

)

select * from final
