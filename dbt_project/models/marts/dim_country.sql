-- One row per country of the reference seed, keyed by ISO-3166 alpha-2.

with

countries as (

    select * from {{ ref('stg_reference__countries') }}

),

final as (

    select
        country_id,
        iso3,
        name_en,
        name_id,
        region,
        aliases

    from countries

)

select * from final
