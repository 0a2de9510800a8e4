with

source as (

    select * from {{ source('extracted', 'delegations') }}
    where article_id not in {{ quarantined_articles() }}

),

final as (

    select
        cast(delegation_id as varchar) as delegation_id,
        cast(article_id as varchar) as article_id,
        cast(lead_agency_id as varchar) as lead_agency_id,
        cast(lead_person_id as varchar) as lead_person_id,
        cast(origin_country_id as varchar) as origin_country_id,
        cast(destination_country_id as varchar) as destination_country_id,
        cast(start_date as date) as start_date,
        cast(end_date as date) as end_date,
        cast(purpose as varchar) as purpose,
        cast(sentence_text as varchar) as sentence_text

    from source

)

select * from final
