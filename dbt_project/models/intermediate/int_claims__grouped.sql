-- One row per claim: the same figure (fact_table, value, unit/object_type, category, agency, country,
-- period) reported by one or more articles. Nulls group together (an undated figure is one claim).
--
-- conflict_group_id: hash of the claim without its value, i.e. of (fact_table, unit, object_type, category,
-- agency_id, country_id, period_start, period_end). It is set ONLY when that group holds more than one
-- distinct value, and null otherwise, so `where conflict_group_id is not null` lists exactly the
-- conflicting figures. Undated figures of one agency/category group together too, so a "conflict" there
-- may just be two snapshots of a growing total; see mart_agency_timeline.

with

facts as (

    select * from {{ ref('int_facts__unioned') }}

),

claims as (

    select
        fact_table,
        value,
        unit,
        object_type,
        category,
        agency_id,
        country_id,
        period_start,
        period_end,
        min(published_date) as first_reported_date,
        count(distinct article_id) as n_articles,
        count(*) as n_facts,
        string_agg(fact_id, ',' order by fact_id) as fact_ids,
        string_agg(distinct article_id, ',' order by article_id) as article_ids,
        string_agg(distinct qualifier, ',' order by qualifier) as qualifiers

    from facts
    group by
        fact_table,
        value,
        unit,
        object_type,
        category,
        agency_id,
        country_id,
        period_start,
        period_end

),

keyed_claims as (

    select
        {{ pantau_key([
            'fact_table', 'value', 'unit', 'object_type', 'category',
            'agency_id', 'country_id', 'period_start', 'period_end',
        ]) }} as claim_id,
        {{ pantau_key([
            'fact_table', 'unit', 'object_type', 'category',
            'agency_id', 'country_id', 'period_start', 'period_end',
        ]) }} as claim_group_id,
        *

    from claims

),

claim_groups as (

    select
        claim_group_id,
        count(distinct value) as n_group_values

    from keyed_claims
    group by claim_group_id

),

final as (

    select
        keyed_claims.claim_id,
        keyed_claims.fact_table,
        keyed_claims.value,
        keyed_claims.unit,
        keyed_claims.object_type,
        keyed_claims.category,
        keyed_claims.agency_id,
        keyed_claims.country_id,
        keyed_claims.period_start,
        keyed_claims.period_end,
        keyed_claims.first_reported_date,
        keyed_claims.n_articles,
        keyed_claims.n_facts,
        keyed_claims.fact_ids,
        keyed_claims.article_ids,
        keyed_claims.qualifiers,
        case
            when claim_groups.n_group_values > 1 then keyed_claims.claim_group_id
        end as conflict_group_id,
        claim_groups.n_group_values

    from keyed_claims
    inner join claim_groups
        on keyed_claims.claim_group_id = claim_groups.claim_group_id

)

select * from final
