-- One row per official visit or mission, sent abroad or hosted.

with

delegations as (

    select * from {{ ref('stg_extracted__delegations') }}

),

final as (

    select
        delegation_id,
        article_id,
        lead_agency_id,
        lead_person_id,
        origin_country_id,
        destination_country_id,
        start_date,
        end_date,
        purpose,
        sentence_text

    from delegations

)

select * from final
