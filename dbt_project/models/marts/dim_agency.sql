-- One row per agency: every agency of the reference seed, plus every agency_id the extractors emitted
-- that the seed does not know (names null, is_in_reference false), so that facts never point nowhere.

with

reference_agencies as (

    select * from {{ ref('stg_reference__agencies') }}

),

case_counts as (

    select * from {{ ref('stg_extracted__case_counts') }}

),

blocked_content as (

    select * from {{ ref('stg_extracted__blocked_content') }}

),

persons as (

    select * from {{ ref('stg_extracted__persons') }}

),

delegations as (

    select * from {{ ref('stg_extracted__delegations') }}

),

delegation_participants as (

    select * from {{ ref('stg_extracted__delegation_participants') }}

),

entity_mentions as (

    select * from {{ ref('stg_extracted__entity_mentions') }}

),

observed_agency_ids as (

    select agency_id from case_counts
    union
    select agency_id from blocked_content
    union
    select agency_id from persons
    union
    select lead_agency_id as agency_id from delegations
    union
    select agency_id from delegation_participants
    union
    select entity_id as agency_id from entity_mentions
    where entity_type = 'agency'

),

unknown_agencies as (

    select observed_agency_ids.agency_id

    from observed_agency_ids
    anti join reference_agencies
        on observed_agency_ids.agency_id = reference_agencies.agency_id
    where observed_agency_ids.agency_id is not null

),

known_agency_rows as (

    select
        agency_id,
        name_id,
        name_en,
        acronym,
        agency_type,
        country_id,
        parent_agency_id,
        successor_of,
        aliases,
        valid_from,
        valid_to,
        true as is_in_reference

    from reference_agencies

),

unknown_agency_rows as (

    select
        agency_id,
        cast(null as varchar) as name_id,
        cast(null as varchar) as name_en,
        cast(null as varchar) as acronym,
        cast(null as varchar) as agency_type,
        cast(null as varchar) as country_id,
        cast(null as varchar) as parent_agency_id,
        cast(null as varchar) as successor_of,
        cast(null as varchar) as aliases,
        cast(null as date) as valid_from,
        cast(null as date) as valid_to,
        false as is_in_reference

    from unknown_agencies

),

final as (

    select * from known_agency_rows
    union all
    select * from unknown_agency_rows

)

select * from final
