-- One row per claim: one statement about the world (a figure with its unit or object, category, agency
-- family, country and period), however many articles state it. The matching rules are in
-- int_claims__grouped; conflicting figures for the same thing share a conflict_group_id.

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
        family_agency_id,
        country_id,
        period_start,
        period_end,
        first_reported_date,
        n_articles,
        fact_ids,
        conflict_group_id,
        n_group_values,
        conflict_min_value,
        conflict_max_value,
        n_facts,
        n_agencies,
        article_ids,
        agency_ids,
        outlets,
        qualifiers

    from claims

)

select * from final
