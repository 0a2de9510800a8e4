with

source as (

    select participants.*
    from {{ source('extracted', 'delegation_participants') }} as participants
    where participants.delegation_id not in (
        select withheld.delegation_id
        from {{ source('extracted', 'delegations') }} as withheld
        where withheld.article_id in {{ quarantined_articles() }} and withheld.delegation_id is not null
    )

),

final as (

    select
        cast(delegation_id as varchar) as delegation_id,
        cast(person_id as varchar) as person_id,
        cast(agency_id as varchar) as agency_id,
        cast(role as varchar) as role

    from source

)

select * from final
