-- One row per participant of a delegation: a person (with their agency) or an agency alone.

with

delegation_participants as (

    select * from {{ ref('stg_extracted__delegation_participants') }}

),

final as (

    select
        delegation_id,
        person_id,
        agency_id,
        role

    from delegation_participants

)

select * from final
