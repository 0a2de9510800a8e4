with

source as (

    select * from {{ ref('countries') }}

),

final as (

    select
        cast(country_id as varchar) as country_id,
        cast(iso3 as varchar) as iso3,
        cast(name_en as varchar) as name_en,
        cast(name_id as varchar) as name_id,
        cast(region as varchar) as region,
        cast(aliases as varchar) as aliases

    from source

)

select * from final
