-- One row per claim: a figure reported identically (same value, unit/object_type, category, agency,
-- country and period) by one or more articles. Claims of one agency/category/period with different
-- values share a conflict_group_id (null when the figure is uncontested).

with

claims as (

    select * from {{ ref('int_claims__grouped') }}

),

final as (

    select
        claim_id,
        fact_table,
        value,
        unit,
        object_type,
        category,
        agency_id,
        country_id,
        period_start,
        period_end,
        first_reported_date,
        n_articles,
        fact_ids,
        conflict_group_id,
        n_facts,
        article_ids,
        qualifiers

    from claims

)

select * from final
