with

source as (

    select * from {{ ref('agencies') }}

),

final as (

    select
        cast(agency_id as varchar) as agency_id,
        cast(name_id as varchar) as name_id,
        cast(name_en as varchar) as name_en,
        cast(acronym as varchar) as acronym,
        cast(aliases as varchar) as aliases,
        cast(agency_type as varchar) as agency_type,
        cast(country_id as varchar) as country_id,
        cast(parent_agency_id as varchar) as parent_agency_id,
        cast(successor_of as varchar) as successor_of,
        cast(valid_from as date) as valid_from,
        cast(valid_to as date) as valid_to

    from source

)

select * from final
